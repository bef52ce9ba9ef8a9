// Annotations in from other tools: our own Web Annotation export round-trips into a fresh
// workspace (same spans, notes, tags, quote kinds, speakers, claim statuses); a Hypothesis export
// anchors by its selectors, keeps authors, sends what it cannot place to review; odd files fail
// with a message and change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, memoryShell, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function annotatedWorkspace() {
  const shell = memoryShell();
  const t = await openTestWorkbench('anno-out', shell);
  const { call, doc, span } = t;
  await call('annotations.create', {
    documentId: doc.id,
    position: span('referendums within these territories'),
    color: 'green',
    note: 'Check against the 2022 votes.',
    tags: ['Referendums', 'Follow up'],
  });
  const witkoff = await t.person('Steve Witkoff', ['Mr. Witkoff']);
  const quote = await call('quotes.create', {
    documentId: doc.id,
    position: span('has done a lot of evil'),
    kind: 'partial',
    cue: 'told Fox News',
    speaker: { sourceId: witkoff.id },
  });
  const claim = await call('claims.create', {
    from: { kind: 'quote', quoteId: quote.quote.id },
    tags: ['Referendums'],
  });
  await call('claims.addEvidence', {
    claimId: claim.id,
    stance: 'refutes',
    note: 'The votes were not recognised.',
    target: { kind: 'reference', title: 'UN General Assembly resolution ES-11/4', url: '' },
  });
  await call('claims.update', { id: claim.id, status: 'disputed' });
  const result = await call('exports.save', { jobId: 'wa', format: 'web-annotation', options: {} });
  const name = result.path!.split('/').pop()!;
  return { ...t, bytes: shell.saved.get(name)! };
}

describe('annotations.import', () => {
  it('round-trips our Web Annotation export into a fresh workspace holding the article', async () => {
    const from = await annotatedWorkspace();
    const shell = memoryShell();
    const to = await openTestWorkbench('anno-in', shell);
    shell.nextOpen = from.bytes;
    const report = await to.call('annotations.import', { documentId: null });
    expect(report).toMatchObject({
      format: 'web-annotation',
      highlights: 1,
      quotes: 1,
      claims: 1,
      evidence: 1,
      needsReview: 0,
      newSources: 1,
      skipped: [],
    });

    const [highlightsBefore, highlightsAfter] = await Promise.all([
      from.call('annotations.list'),
      to.call('annotations.list'),
    ]);
    const strip = (a: { selector: unknown; note: string; color: string }) => ({
      selector: a.selector,
      note: a.note,
      color: a.color,
    });
    expect(highlightsAfter.map(strip)).toEqual(highlightsBefore.map(strip));
    const tagNames = async (t: typeof to, ids: string[]) => {
      const tags = await t.call('tags.list');
      return ids.map((id) => tags.find((tag) => tag.id === id)?.name).sort();
    };
    expect(await tagNames(to, highlightsAfter[0]!.tagIds)).toEqual(['Follow up', 'Referendums']);

    const before = await from.call('quotes.list');
    const after = await to.call('quotes.list');
    const quoteView = (list: typeof before, sources: { id: string; name: string }[]) =>
      list.quotes.map((q) => ({
        selector: q.selector,
        kind: q.kind,
        cue: q.cue,
        speakers: list.attributions
          .filter((a) => a.quoteId === q.id)
          .map((a) => [sources.find((s) => s.id === a.sourceId)?.name, a.role, a.confidence]),
      }));
    expect(quoteView(after, await to.call('sources.list'))).toEqual(
      quoteView(before, await from.call('sources.list')),
    );

    const [claimBefore] = await from.call('claims.list');
    const [claimAfter] = await to.call('claims.list');
    expect(claimAfter).toMatchObject({
      statement: claimBefore!.statement,
      selector: claimBefore!.selector,
      status: 'disputed',
      quoteId: after.quotes[0]!.id,
      evidence: [{ stance: 'refutes', note: 'The votes were not recognised.' }],
    });
    expect(await tagNames(to, claimAfter!.tagIds)).toEqual(['Referendums']);

    // One undo step takes the whole import back.
    await to.call('history.undo');
    expect((await to.call('quotes.list')).quotes).toEqual([]);
    expect(await to.call('annotations.list')).toEqual([]);
    expect(await to.call('claims.list')).toEqual([]);
  });

  it('anchors a Hypothesis export by its selectors, keeps its authors and tags, reviews what moved', async () => {
    const shell = memoryShell();
    const t = await openTestWorkbench('anno-hyp', shell);
    const exact = 'referendums within these territories';
    const start = t.doc.text.indexOf(exact);
    const row = (id: string, selector: unknown[], extra: object = {}) => ({
      id,
      uri: 'https://example.org/riyadh',
      user: 'acct:jane@hypothes.is',
      created: '2025-03-24T10:00:00.000000+00:00',
      updated: '2025-03-24T10:05:00.000000+00:00',
      text: `Note ${id}`,
      tags: ['hypothesis'],
      target: [{ source: 'https://example.org/riyadh', selector }],
      ...extra,
    });
    shell.nextOpen = encode({
      export_date: '2025-03-25T00:00:00Z',
      annotations: [
        row('exact', [
          { type: 'TextPositionSelector', start, end: start + exact.length },
          { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        ]),
        // Offsets from another copy of the page: found by its words, flagged for review
        // only if the words themselves differ.
        row('moved', [
          { type: 'TextPositionSelector', start: 3, end: 3 + exact.length },
          {
            type: 'TextQuoteSelector',
            exact: 'referendums within these territory',
            prefix: '',
            suffix: '',
          },
        ]),
        row('lost', [
          { type: 'TextQuoteSelector', exact: 'words that appear nowhere in this article at all' },
        ]),
        row('page-note', []),
        row('reply', [], { references: ['exact'] }),
      ],
    });
    const report = await t.call('annotations.import', { documentId: t.doc.id });
    expect(report).toMatchObject({
      format: 'hypothesis',
      highlights: 3,
      needsReview: 2,
      newTags: 1,
    });
    expect(report!.skipped.map((s) => s.ref)).toEqual(['page-note', 'reply']);
    const annotations = await t.call('annotations.list');
    const byNote = new Map(annotations.map((a) => [a.note, a]));
    expect(byNote.get('Note exact')).toMatchObject({
      author: 'jane@hypothes.is',
      anchor: null,
      selector: { position: { start, end: start + exact.length } },
      createdAt: '2025-03-24T10:00:00.000Z',
    });
    expect(byNote.get('Note moved')?.anchor).toMatchObject({ method: 'fuzzy', needsReview: true });
    expect(byNote.get('Note moved')?.selector.position.start).toBe(start);
    expect(byNote.get('Note lost')?.anchor).toMatchObject({
      method: 'orphaned',
      needsReview: true,
    });
  });

  it('matches articles by web address when none is chosen, and skips what it cannot place', async () => {
    const shell = memoryShell();
    const t = await openTestWorkbench('anno-match', shell);
    shell.nextOpen = encode([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://annotations.example/1',
        type: 'Annotation',
        motivation: 'commenting',
        body: { type: 'TextualBody', value: 'An outside comment' },
        target: {
          source: 'https://elsewhere.example/article',
          selector: { type: 'TextQuoteSelector', exact: 'referendums' },
        },
      },
    ]);
    const report = await t.call('annotations.import', { documentId: null });
    expect(report).toMatchObject({
      highlights: 0,
      skipped: [{ reason: 'its article is not in the workspace' }],
    });
    expect((await t.call('history.state')).undo).toBeNull();
  });

  it('refuses files that are not annotations, with the reason, and changes nothing', async () => {
    const shell = memoryShell();
    const t = await openTestWorkbench('anno-bad', shell);
    shell.nextOpen = new TextEncoder().encode('{"hello": "world"}');
    expect((await t.refuse('annotations.import', { documentId: null })).message).toMatch(
      /neither a Hypothesis export nor W3C Web Annotations/,
    );
    shell.nextOpen = new Uint8Array([0xff, 0xfe, 0x00]);
    expect((await t.refuse('annotations.import', { documentId: null })).message).toMatch(
      /not a JSON file/,
    );
    expect((await t.refuse('annotations.import', { documentId: 'no-such-article' })).code).toBe(
      'not_found',
    );
    expect(await t.call('annotations.list')).toEqual([]);
  });
});
