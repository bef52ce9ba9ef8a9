import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

describe('documents.update', () => {
  it('edits metadata, renames, and takes it back with one undo', async () => {
    const t = await openTestWorkbench('doc-update');
    const id = t.doc.id;
    const updated = await t.call('documents.update', {
      id,
      patch: {
        title: '  Talks in Riyadh ',
        outlet: 'The New York Times',
        authors: ['Constant Méheut', ' Constant  Méheut', 'Jane Doe'],
        publishedAt: '2025-03-23',
        url: 'https://www.nytimes.com/2025/03/23/world/europe/talks.html',
        language: 'en',
        description: 'Talks on a limited cease-fire.',
      },
    });
    expect(updated).toMatchObject({
      title: 'Talks in Riyadh',
      outlet: 'The New York Times',
      authors: ['Constant Méheut', 'Jane Doe'],
      publishedAt: '2025-03-23',
      language: 'en',
    });
    const history = await t.call('history.state');
    expect(history.undo?.label).toBe('Rename article');
    await t.call('history.undo');
    const back = await t.call('documents.get', { id });
    expect(back.title).toBe(t.doc.title);
    expect(back.authors).toEqual([]);
  });

  it('refuses a bad date, a bad language tag and an empty title with the reason', async () => {
    const t = await openTestWorkbench('doc-update-bad');
    const id = t.doc.id;
    expect(
      await t.refuse('documents.update', { id, patch: { publishedAt: '23/03/2025' } }),
    ).toMatchObject({
      code: 'invalid_input',
    });
    expect(
      (await t.refuse('documents.update', { id, patch: { language: 'english!' } })).message,
    ).toMatch(/language tag/);
    expect((await t.refuse('documents.update', { id, patch: { title: '   ' } })).message).toMatch(
      /title/,
    );
    expect(
      await t.refuse('documents.update', { id: 'no-such-article', patch: { title: 'x' } }),
    ).toMatchObject({ code: 'not_found' });
    // A prototype name is not an id at all (see prototype-ids.test.ts).
    expect(
      await t.refuse('documents.update', { id: 'constructor', patch: { title: 'x' } }),
    ).toMatchObject({ code: 'invalid_input' });
  });

  it('writes nothing when nothing changed', async () => {
    const t = await openTestWorkbench('doc-update-same');
    const before = await t.call('history.state');
    await t.call('documents.update', { id: t.doc.id, patch: { title: t.doc.title } });
    expect(await t.call('history.state')).toEqual(before);
  });
});

describe('documents.delete', () => {
  it('takes quotes, highlights, claims and memos with it, keeps cited evidence, and undoes as one', async () => {
    const t = await openTestWorkbench('doc-delete');
    const other = await t.call('documents.importText', {
      text: 'Analysts doubted the referendums were free.\n\nThey said so on Monday.',
      title: 'Other article',
    });
    const quote = await t.mark('The discussion was productive and focused', {
      newSource: { kind: 'person', name: 'Rustem Umerov' },
    });
    await t.call('annotations.create', { documentId: t.doc.id, position: t.span('Riyadh') });
    const claim = await t.call('claims.create', {
      from: { kind: 'quote', quoteId: quote.quote.id },
    });
    await t.call('memos.create', {
      subject: 'documents',
      subjectId: t.doc.id,
      body: 'Check dates.',
    });
    // A claim in the other article cites a span of this one.
    const otherClaim = await t.call('claims.create', {
      from: { kind: 'selection', documentId: other.id, position: { start: 0, end: 8 } },
    });
    await t.call('claims.addEvidence', {
      claimId: otherClaim.id,
      stance: 'refutes',
      note: 'Contradicts it.',
      target: { kind: 'span', documentId: t.doc.id, position: t.span('Riyadh') },
    });

    expect(await t.call('documents.deletePlan', { id: t.doc.id })).toEqual({
      quotes: 1,
      annotations: 1,
      claims: 1,
      memos: 1,
      evidenceKept: 1,
    });
    await t.call('documents.delete', { id: t.doc.id });
    expect((await t.call('documents.list')).map((d) => d.id)).toEqual([other.id]);
    expect((await t.call('quotes.list')).quotes).toEqual([]);
    const claims = await t.call('claims.list');
    expect(claims.map((c) => c.id)).toEqual([otherClaim.id]);
    expect(claims[0]!.evidence[0]).toMatchObject({
      stance: 'refutes',
      target: { kind: 'reference', title: `${t.doc.title} (deleted article)` },
    });
    expect(claims[0]!.evidence[0]!.note).toMatch(
      /Contradicts it\.\n\nQuoted from the deleted article: “Riyadh”/,
    );
    // The source stays: it may speak in other articles.
    expect((await t.call('sources.list')).map((s) => s.name)).toEqual(['Rustem Umerov']);

    await t.call('history.undo');
    expect((await t.call('documents.list')).length).toBe(2);
    expect((await t.call('quotes.list')).quotes.map((q) => q.id)).toEqual([quote.quote.id]);
    const restored = await t.call('claims.list');
    expect(restored.map((c) => c.id).sort()).toEqual([claim.id, otherClaim.id].sort());
    expect(restored.find((c) => c.id === otherClaim.id)!.evidence[0]!.target.kind).toBe('span');
  });

  it('refuses an unknown article', async () => {
    const t = await openTestWorkbench('doc-delete-unknown');
    expect(await t.refuse('documents.delete', { id: 'no-such-article' })).toMatchObject({
      code: 'not_found',
    });
    expect(await t.refuse('documents.delete', { id: 'toString' })).toMatchObject({
      code: 'invalid_input',
    });
  });
});
