// workspace.revisions through the real service: every saved edit, undo and redo bumps the
// collections it touched (and the change log), and a refused edit bumps nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { CollectionName } from '../../shared/domain/workspace';
import { COLLECTIONS } from '../../shared/domain/workspace';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);
const setup = () => openTestWorkbench('revisions');

type Revisions = ChannelOutput<'workspace.revisions'>;

/** The collections whose counters moved, with by how much. */
function moved(before: Revisions, after: Revisions): Partial<Record<CollectionName, number>> {
  return Object.fromEntries(
    COLLECTIONS.filter((c) => after[c] !== before[c]).map((c) => [c, after[c] - before[c]]),
  );
}

describe('workspace.revisions', () => {
  it('starts at 0 for every collection, the seeded sample included', async () => {
    const { call } = await setup();
    const revisions = await call('workspace.revisions');
    expect(Object.keys(revisions).sort()).toEqual([...COLLECTIONS].sort());
    expect(Object.values(revisions).every((n) => n === 0)).toBe(true);
  });

  it('bumps exactly what an edit touched, and again on undo and redo', async () => {
    const { call, mark } = await setup();
    const start = await call('workspace.revisions');
    // A quote with a new speaker: the quote, its attribution and the source.
    await mark('the key condition for preventing an escalation', {
      newSource: { kind: 'person', name: 'Vladimir V. Putin' },
    });
    const afterMark = await call('workspace.revisions');
    const touched = { quotes: 1, attributions: 1, sources: 1, changes: 1 };
    expect(moved(start, afterMark)).toEqual(touched);

    await call('history.undo');
    const afterUndo = await call('workspace.revisions');
    expect(moved(afterMark, afterUndo)).toEqual(touched);

    await call('history.redo');
    expect(moved(afterUndo, await call('workspace.revisions'))).toEqual(touched);
  });

  it('bumps only the codebook for a new tag', async () => {
    const { call } = await setup();
    const start = await call('workspace.revisions');
    await call('tags.create', { name: 'Ceasefire' });
    expect(moved(start, await call('workspace.revisions'))).toEqual({ tags: 1, changes: 1 });
  });

  it('bumps nothing for refused edits and for saving an unchanged form', async () => {
    const { call, refuse, doc, person } = await setup();
    const source = await person('Steve Witkoff');
    const start = await call('workspace.revisions');
    expect((await refuse('quotes.create', { documentId: doc.id })).code).toBe('invalid_input');
    expect((await refuse('quotes.delete', { id: 'gone' })).code).toBe('not_found');
    expect((await refuse('documents.importText', { text: doc.text })).code).toBe('conflict');
    expect((await refuse('sources.create', { kind: 'person', name: 'Steve Witkoff' })).code).toBe(
      'conflict',
    );
    expect((await refuse('history.redo', undefined)).code).toBe('not_found');
    // Not an edit: no log entry, nothing saved.
    await call('sources.update', { id: source.id, name: 'Steve Witkoff' });
    expect(await call('workspace.revisions')).toEqual(start);
  });
});
