// The refresh plan: which lists an edit to each collection makes the renderer reload, and that
// an older refresh never replaces what a newer one loaded.
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../../shared/domain/workspace';
import { COLLECTIONS } from '../../../shared/domain/workspace';
import type { LoadedLists, Revisions } from './refresh-plan';
import { WORKSPACE_LISTS, listsToReload, newestOf, recordLoaded } from './refresh-plan';

const ZERO = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Revisions;

/** Every list loaded by refresh 1 at `at`. */
const allLoadedAt = (at: Revisions | null): LoadedLists =>
  recordLoaded({}, WORKSPACE_LISTS, 1, at).loaded;

const bump = (...collections: CollectionName[]): Revisions => {
  const next = { ...ZERO };
  for (const c of collections) next[c] += 1;
  return next;
};

describe('listsToReload', () => {
  it('loads every list the first time, and when the revisions are unknown', () => {
    expect(listsToReload(ZERO, {})).toEqual(WORKSPACE_LISTS);
    expect(listsToReload(null, allLoadedAt(ZERO))).toEqual(WORKSPACE_LISTS);
    expect(listsToReload(ZERO, allLoadedAt(null))).toEqual(WORKSPACE_LISTS);
  });

  it('reloads nothing when nothing changed', () => {
    expect(listsToReload(ZERO, allLoadedAt(ZERO))).toEqual([]);
  });

  it.each<[CollectionName, string[]]>([
    ['documents', ['documents.list']],
    ['sources', ['sources.list', 'sources.table']],
    ['quotes', ['documents.list', 'quotes.list', 'sources.table']],
    ['attributions', ['quotes.list', 'sources.table']],
    ['annotations', ['documents.list', 'annotations.list', 'tags.list']],
    ['claims', ['tags.list', 'sources.table', 'claims.list']],
    ['tags', ['tags.list']],
    ['assessments', ['sources.table']],
    // Memos and the change log are loaded by the views that show them (history.state is
    // reloaded on every refresh anyway).
    ['memos', []],
    ['changes', []],
  ])('an edit to %s reloads %j', (collection, lists) => {
    expect([...listsToReload(bump(collection), allLoadedAt(ZERO))].sort()).toEqual(
      [...lists].sort(),
    );
  });

  it('reloads a list after any difference, a lower counter included', () => {
    expect(listsToReload(ZERO, allLoadedAt(bump('tags')))).toEqual(['tags.list']);
  });

  it('reloads only the lists that were not loaded yet', () => {
    const loaded = recordLoaded({}, ['sources.list', 'claims.list'], 1, ZERO).loaded;
    expect(listsToReload(ZERO, loaded)).toEqual(
      WORKSPACE_LISTS.filter((l) => l !== 'sources.list' && l !== 'claims.list'),
    );
  });
});

describe('recordLoaded', () => {
  it('accepts what a refresh loaded and remembers its revisions', () => {
    const at = bump('quotes');
    const { loaded, accepted } = recordLoaded({}, ['quotes.list'], 3, at);
    expect([...accepted]).toEqual(['quotes.list']);
    expect(loaded['quotes.list']).toEqual({ ticket: 3, revisions: at });
  });

  it('keeps what a later refresh loaded when an earlier one answers last', () => {
    const newer = recordLoaded({}, ['quotes.list'], 5, bump('quotes', 'quotes')).loaded;
    const { loaded, accepted } = recordLoaded(newer, ['quotes.list', 'tags.list'], 4, bump());
    expect([...accepted]).toEqual(['tags.list']);
    expect(loaded['quotes.list']).toEqual(newer['quotes.list']);
  });

  it('does not change the table it was given', () => {
    const before = allLoadedAt(ZERO);
    const copy = structuredClone(before);
    recordLoaded(before, WORKSPACE_LISTS, 2, bump('tags'));
    expect(before).toEqual(copy);
  });
});

describe('newestOf', () => {
  it('takes, per list, the record of the later refresh', () => {
    const landed: LoadedLists = { 'tags.list': { ticket: 3, revisions: ZERO } };
    const onItsWay: LoadedLists = {
      'tags.list': { ticket: 2, revisions: null },
      'claims.list': { ticket: 4, revisions: ZERO },
    };
    expect(newestOf(landed, onItsWay)).toEqual({
      'tags.list': { ticket: 3, revisions: ZERO },
      'claims.list': { ticket: 4, revisions: ZERO },
    });
    // A list on its way at the current revisions is not asked for again.
    expect(listsToReload(ZERO, newestOf(landed, onItsWay))).not.toContain('claims.list');
  });
});
