// Claims through the real service: from a selection or a quote, the verdict rules, evidence in
// any article or outside it, cascades from quotes, re-anchoring on a new version, and undo.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

const WITKOFF = 'There are referendums within these territories that justify these actions.';
const REFUTES =
  'Those referendums were widely denounced as fraudulent and illegal by the international community.';

describe('claims', () => {
  it('tags Witkoff’s remark from his quote, with claimant, tags, evidence and a verdict', async () => {
    const { call, refuse, doc, span, mark, person } = await openTestWorkbench('claims');
    const witkoff = await person('Steve Witkoff');
    const { quote } = await mark(WITKOFF, { sourceId: witkoff.id });
    const claim = await call('claims.create', {
      from: { kind: 'quote', quoteId: quote.id },
      tags: ['territorial', 'Kremlin talking point', 'Territorial'],
    });
    expect(claim).toMatchObject({
      statement: WITKOFF,
      documentId: doc.id,
      quoteId: quote.id,
      claimantIds: [witkoff.id],
      status: 'unverified',
      credibility: null,
      evidence: [],
      statusChangedAt: null,
    });
    expect(claim.selector).toEqual(quote.selector);
    const tags = await call('tags.list');
    expect(tags.map((t) => [t.name, t.usage.claims])).toEqual([
      ['Kremlin talking point', 1],
      ['territorial', 1],
    ]);

    // A verdict names its evidence: disputed needs something refuting it.
    const refused = await refuse('claims.update', { id: claim.id, status: 'disputed' });
    expect(refused.message).toMatch(/refuting evidence/);

    const withEvidence = await call('claims.addEvidence', {
      claimId: claim.id,
      stance: 'refutes',
      note: 'International reaction to the staged votes',
      target: { kind: 'span', documentId: doc.id, position: span(REFUTES) },
    });
    expect(withEvidence.evidence).toHaveLength(1);
    expect(withEvidence.evidence[0]?.target).toMatchObject({
      kind: 'span',
      selector: { quote: { exact: REFUTES } },
    });
    const disputed = await call('claims.update', {
      id: claim.id,
      status: 'disputed',
      credibility: 5,
    });
    expect(disputed).toMatchObject({ status: 'disputed', credibility: 5 });
    expect(disputed.statusChangedAt).not.toBeNull();

    // The refuting span cannot go while the verdict rests on it.
    const evidenceId = disputed.evidence[0]!.id;
    expect(
      (await refuse('claims.removeEvidence', { claimId: claim.id, evidenceId })).message,
    ).toMatch(/refuting/);
    expect(
      (await refuse('claims.updateEvidence', { claimId: claim.id, evidenceId, stance: 'supports' }))
        .message,
    ).toMatch(/refuting/);

    // The source's track record counts the claim under its status.
    const row = (await call('sources.table')).find((r) => r.source.id === witkoff.id);
    expect(row?.claimCount).toBe(1);

    const state = await call('history.state');
    expect(state.undo?.label).toBe('Set claim status: Disputed');
  });

  it('makes a claim from a plain selection, with an external reference as evidence', async () => {
    const { call, refuse, doc, span, person } = await openTestWorkbench('claims-selection');
    const peskov = await person('Dmitri S. Peskov');
    const claim = await call('claims.create', {
      from: { kind: 'selection', documentId: doc.id, position: span(WITKOFF) },
      statement: 'Referendums justify the annexation',
      claimantIds: [peskov.id],
      credibility: 4,
    });
    expect(claim).toMatchObject({ quoteId: null, claimantIds: [peskov.id], credibility: 4 });
    const verified = await refuse('claims.update', { id: claim.id, status: 'verified' });
    expect(verified.message).toMatch(/supporting evidence/);
    const withRef = await call('claims.addEvidence', {
      claimId: claim.id,
      stance: 'refutes',
      target: { kind: 'reference', title: 'UN General Assembly resolution ES-11/4', url: '' },
    });
    expect(withRef.evidence[0]).toMatchObject({
      stance: 'refutes',
      note: '',
      target: { kind: 'reference', title: 'UN General Assembly resolution ES-11/4' },
    });
    expect(
      await refuse('claims.create', { from: { kind: 'quote', quoteId: 'nope' } }),
    ).toMatchObject({
      code: 'not_found',
    });
    expect(
      await refuse('claims.create', {
        from: { kind: 'selection', documentId: doc.id, position: { start: 5, end: 5 } },
      }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(
      await refuse('claims.create', {
        from: { kind: 'selection', documentId: doc.id, position: span(WITKOFF) },
        claimantIds: ['ghost'],
      }),
    ).toMatchObject({ code: 'not_found' });
    expect(await refuse('claims.update', { id: claim.id, status: 'wrong' })).toMatchObject({
      code: 'invalid_input',
    });
  });

  it('keeps a claim when its quote is deleted, and undo restores the link', async () => {
    const { call, mark, person } = await openTestWorkbench('claims-cascade');
    const witkoff = await person('Steve Witkoff');
    const { quote } = await mark(WITKOFF, { sourceId: witkoff.id });
    const claim = await call('claims.create', { from: { kind: 'quote', quoteId: quote.id } });
    await call('quotes.delete', { id: quote.id });
    const [kept] = await call('claims.list');
    expect(kept).toMatchObject({ id: claim.id, quoteId: null, statement: WITKOFF });
    await call('history.undo');
    const [restored] = await call('claims.list');
    expect(restored?.quoteId).toBe(quote.id);
  });

  it('re-anchors a claim and its evidence when the article changes, and reviews them', async () => {
    const { call, doc, span } = await openTestWorkbench('claims-version');
    const claim = await call('claims.create', {
      from: { kind: 'selection', documentId: doc.id, position: span(WITKOFF) },
    });
    await call('claims.addEvidence', {
      claimId: claim.id,
      stance: 'refutes',
      target: { kind: 'span', documentId: doc.id, position: span(REFUTES) },
    });
    const edited = `A new first paragraph.\n\n${doc.text}`
      .replace(REFUTES, 'Those votes were widely denounced as fraudulent and illegal by the world.')
      .replace(WITKOFF, '');
    const result = await call('documents.importVersion', { documentId: doc.id, text: edited });
    expect(result.orphaned + result.uncertain).toBeGreaterThanOrEqual(2);
    const [moved] = await call('claims.list');
    expect(moved?.anchor).toMatchObject({ method: 'orphaned', needsReview: true });
    const evidence = moved!.evidence[0]!;
    expect(evidence.target.kind === 'span' && evidence.target.anchor).toMatchObject({
      method: 'fuzzy',
      needsReview: true,
    });
    await call('anchors.review', {
      action: 'accept',
      collection: 'claims',
      id: claim.id,
      evidenceId: evidence.id,
    });
    const target = 'the world';
    const start = edited.indexOf('There is a view');
    await call('anchors.review', {
      action: 'reattach',
      collection: 'claims',
      id: claim.id,
      position: { start, end: start + 20 },
    });
    const [reviewed] = await call('claims.list');
    expect(reviewed?.anchor).toMatchObject({ method: 'manual', needsReview: false });
    const reviewedEvidence = reviewed!.evidence[0]!.target;
    expect(reviewedEvidence.kind === 'span' && reviewedEvidence.anchor?.needsReview).toBe(false);
    expect(reviewedEvidence.kind === 'span' && reviewedEvidence.selector.quote.exact).toContain(
      target,
    );
  });

  it('deletes a claim with its memos in one undoable edit', async () => {
    const { call, doc, span } = await openTestWorkbench('claims-delete');
    const claim = await call('claims.create', {
      from: { kind: 'selection', documentId: doc.id, position: span(WITKOFF) },
    });
    await call('memos.create', { subject: 'claims', subjectId: claim.id, body: 'Ask the UN desk' });
    await call('claims.delete', { id: claim.id });
    expect(await call('claims.list')).toEqual([]);
    expect(await call('memos.list')).toEqual([]);
    await call('history.undo');
    expect(await call('claims.list')).toHaveLength(1);
    expect((await call('memos.list'))[0]?.body).toBe('Ask the UN desk');
  });
});
