// The codebook through the real service: counts, rename, move, shortcuts, merge and delete,
// each updating everything tagged and each undone exactly; and memos on every kind of item.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

async function tagged() {
  const t = await openTestWorkbench('codebook');
  const { call, doc, span } = t;
  const highlight = await call('annotations.create', {
    documentId: doc.id,
    position: span('Riyadh'),
    tags: ['territorial', 'annexation'],
  });
  const claim = await call('claims.create', {
    from: { kind: 'selection', documentId: doc.id, position: span('There are referendums') },
    tags: ['annexation', 'Kremlin talking point'],
  });
  const ids = Object.fromEntries((await call('tags.list')).map((tag) => [tag.name, tag.id]));
  const state = async () => ({
    tags: (await call('tags.list')).map((tag) => [tag.name, tag.parentId, tag.usage]),
    highlight: (await call('annotations.list'))[0]?.tagIds,
    claim: (await call('claims.list'))[0]?.tagIds,
    memos: (await call('memos.list')).map((m) => [m.subject, m.subjectId, m.body]),
  });
  return { ...t, highlight, claim, ids: ids as Record<string, string>, state };
}

describe('codebook', () => {
  it('counts what carries each tag', async () => {
    const { call } = await tagged();
    const usage = Object.fromEntries((await call('tags.list')).map((t) => [t.name, t.usage]));
    expect(usage).toEqual({
      annexation: { annotations: 1, claims: 1 },
      'Kremlin talking point': { annotations: 0, claims: 1 },
      territorial: { annotations: 1, claims: 0 },
    });
  });

  it('renames a tag for everything tagged with it, and refuses a name already taken', async () => {
    const { call, refuse, ids } = await tagged();
    await call('tags.update', { id: ids['territorial']!, name: '  Territorial   claims ' });
    const [annotation] = await call('annotations.list');
    const names = (await call('tags.list')).map((t) => t.name);
    expect(names).toContain('Territorial claims');
    expect(annotation?.tagIds).toContain(ids['territorial']);
    const clash = await refuse('tags.update', {
      id: ids['annexation']!,
      name: 'territorial CLAIMS',
    });
    expect(clash).toMatchObject({ code: 'conflict' });
    expect(clash.message).toMatch(/Merge/);
    expect((await call('history.state')).undo?.label).toBe(
      'Rename tag “territorial” to “Territorial claims”',
    );
  });

  it('moves tags in the hierarchy but never under themselves', async () => {
    const { call, refuse, ids } = await tagged();
    const parent = await call('tags.create', { name: 'Russia', description: 'Russian framing' });
    await call('tags.update', { id: ids['annexation']!, parentId: parent.id });
    await call('tags.update', { id: ids['Kremlin talking point']!, parentId: ids['annexation']! });
    expect(
      await refuse('tags.update', { id: parent.id, parentId: ids['Kremlin talking point']! }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(await refuse('tags.update', { id: parent.id, parentId: parent.id })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await refuse('tags.update', { id: parent.id, parentId: 'ghost' })).toMatchObject({
      code: 'not_found',
    });
  });

  it('takes one-key shortcuts the app does not use, once each', async () => {
    const { call, refuse, ids } = await tagged();
    await call('tags.update', { id: ids['territorial']!, shortcut: '1' });
    expect(await refuse('tags.update', { id: ids['annexation']!, shortcut: '1' })).toMatchObject({
      code: 'conflict',
    });
    for (const key of ['q', 'Q', 'h', 'c', '?', ' ']) {
      expect(await refuse('tags.update', { id: ids['annexation']!, shortcut: key })).toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(await refuse('tags.create', { name: 'two', shortcut: '12' })).toMatchObject({
      code: 'invalid_input',
    });
    await call('tags.update', { id: ids['territorial']!, shortcut: null });
    await call('tags.update', { id: ids['annexation']!, shortcut: '1' });
  });

  it('merges a tag into another everywhere, with its children and memos, and undoes exactly', async () => {
    const { call, ids, state } = await tagged();
    const child = await call('tags.create', { name: 'Crimea', parentId: ids['annexation']! });
    await call('memos.create', {
      subject: 'tags',
      subjectId: ids['annexation']!,
      body: 'Scope note',
    });
    const before = await state();
    const merged = await call('tags.merge', {
      sourceId: ids['annexation']!,
      targetId: ids['territorial']!,
    });
    expect(merged.moved).toEqual({ annotations: 1, claims: 1 });
    const after = await state();
    // The highlight carried both tags: it keeps one, not two copies.
    expect(after.highlight).toEqual([ids['territorial']]);
    expect(after.claim).toEqual([ids['territorial'], ids['Kremlin talking point']]);
    expect(after.tags).toContainEqual([
      'Crimea',
      ids['territorial'],
      { annotations: 0, claims: 0 },
    ]);
    expect(after.tags.map((t) => t[0])).not.toContain('annexation');
    expect(after.memos).toEqual([['tags', ids['territorial'], 'Scope note']]);
    expect(child.parentId).toBe(ids['annexation']);
    await call('history.undo');
    expect(await state()).toEqual(before);
  });

  it('deletes a tag from everything it was on, and undoes exactly', async () => {
    const { call, ids, state } = await tagged();
    await call('tags.create', { name: 'Crimea', parentId: ids['annexation']! });
    const before = await state();
    const { removed } = await call('tags.delete', { id: ids['annexation']! });
    expect(removed).toEqual({ annotations: 1, claims: 1 });
    const after = await state();
    expect(after.highlight).toEqual([ids['territorial']]);
    expect(after.claim).toEqual([ids['Kremlin talking point']]);
    expect(after.tags).toContainEqual(['Crimea', null, { annotations: 0, claims: 0 }]);
    await call('history.undo');
    expect(await state()).toEqual(before);
  });
});

describe('memos', () => {
  it('hang off articles, sources, claims and tags, and follow a source merge', async () => {
    const { call, refuse, doc, person, claim, ids } = await tagged();
    const a = await person('Steve Witkoff');
    const b = await person('Mr. Witkoff');
    await call('memos.create', { subject: 'documents', subjectId: doc.id, body: 'Check dateline' });
    await call('memos.create', {
      subject: 'sources',
      subjectId: b.id,
      title: 'Bio',
      body: 'Envoy',
    });
    await call('memos.create', { subject: 'claims', subjectId: claim.id, body: 'Ask UN desk' });
    await call('memos.create', { subject: 'tags', subjectId: ids['territorial']!, body: 'Scope' });
    expect(
      await refuse('memos.create', { subject: 'sources', subjectId: 'ghost', body: 'x' }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await refuse('memos.create', { subject: 'sources', subjectId: a.id, body: '  ' }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(
      await refuse('memos.create', { subject: 'quotes', subjectId: a.id, body: 'x' }),
    ).toMatchObject({ code: 'invalid_input' });
    await call('sources.merge', { keepId: a.id, mergeId: b.id });
    const [bio] = await call('memos.list', { subject: 'sources', subjectId: a.id });
    expect(bio).toMatchObject({ title: 'Bio', body: 'Envoy' });
    const edited = await call('memos.update', { id: bio!.id, body: 'Special envoy' });
    expect(edited.body).toBe('Special envoy');
    await call('memos.delete', { id: bio!.id });
    expect(await call('memos.list', { subject: 'sources', subjectId: a.id })).toEqual([]);
    expect(await call('memos.list')).toHaveLength(3);
  });
});
