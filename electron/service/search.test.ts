// The search channel on a real workbench: the sample article with Witkoff's quote and claim, hits
// grouped by kind with counts and snippets, filters, a malformed query, and edits followed.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

const WITKOFF = '“There are referendums within these territories that justify these actions.”';

async function withWitkoff() {
  const t = await openTestWorkbench('search');
  const { quote, source } = await t.mark(WITKOFF, {
    newSource: { kind: 'person', name: 'Steve Witkoff' },
  });
  const claim = await t.call('claims.create', { from: { kind: 'quote', quoteId: quote.id } });
  return { ...t, quote, source, claim };
}

describe('search.query', () => {
  it('finds the quote, the claim and the passage, with the hits marked', async () => {
    const { call, quote, claim, doc } = await withWitkoff();
    const answer = await call('search.query', { query: 'Referendums' });
    expect(answer.error).toBeNull();
    const group = (kind: string) => answer.groups.find((g) => g.kind === kind)!;
    expect(group('quote').hits.map((h) => h.recordId)).toEqual([quote.id]);
    expect(group('quote').hits[0]!.speaker).toBe('Steve Witkoff');
    expect(group('claim').hits.map((h) => h.recordId)).toEqual([claim.id]);
    const passage = group('passage').hits[0]!;
    expect(passage.documentId).toBe(doc.id);
    expect(doc.text.slice(passage.range!.start, passage.range!.end)).toBe('referendums');
    expect(passage.snippet.filter((s) => s.hit).map((s) => s.text)).toContain('referendums');
    expect(group('passage').count).toBe(group('passage').hits.length);
  });

  it('narrows by speaker and status, and follows edits', async () => {
    const { call, claim } = await withWitkoff();
    const unverifiedClaims = async () =>
      (await call('search.query', { query: 'speaker:witkoff status:unverified' })).groups
        .filter((g) => g.count > 0)
        .map((g) => [g.kind, g.count]);
    expect(await unverifiedClaims()).toEqual([['claim', 1]]);
    await call('claims.delete', { id: claim.id });
    expect(await unverifiedClaims()).toEqual([]);
    await call('history.undo');
    expect(await unverifiedClaims()).toEqual([['claim', 1]]);
  });

  it('finds the paragraph a speaker is quoted in, as quotes come and go', async () => {
    const { call, quote, doc } = await withWitkoff();
    const passages = async () => {
      const answer = await call('search.query', { query: 'speaker:witkoff referendums' });
      const group = answer.groups.find((g) => g.kind === 'passage');
      return (group?.hits ?? []).map((h) => doc.text.slice(h.range!.start, h.range!.end));
    };
    expect(await passages()).toEqual(['referendums']);
    await call('quotes.delete', { id: quote.id });
    expect(await passages()).toEqual([]);
    await call('history.undo');
    expect(await passages()).toEqual(['referendums']);
  });

  it('answers a malformed query with a message, not an error', async () => {
    const { call } = await withWitkoff();
    const answer = await call('search.query', { query: '"open phrase' });
    expect(answer.error).toMatch(/not closed/);
    expect(answer.groups).toEqual([]);
  });
});
