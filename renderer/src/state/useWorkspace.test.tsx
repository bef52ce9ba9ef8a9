// @vitest-environment jsdom
// useWorkspace's refresh against a fake bridge that counts calls: the first refresh loads every
// list, later ones only the lists whose collections' revisions moved, and without revisions it
// falls back to loading everything. The open article is fetched again only when the documents
// moved, and a late answer never replaces another article opened meanwhile. (The start, and
// edits made while its lists are held back: useWorkspace.start.test.tsx.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { Attribution, Quote, WorkbenchDocument } from '../../../shared/domain/schema';
import type { CollectionName } from '../../../shared/domain/workspace';
import { COLLECTIONS } from '../../../shared/domain/workspace';
import { WORKSPACE_LISTS } from './refresh-plan';
import { useWorkspace } from './useWorkspace';
import type { QuoteListDelta } from '../../../shared/domain/quote-list';

afterEach(() => {
  cleanup();
  delete window.workbench;
});

const EMPTY: Record<string, unknown> = {
  'workspace.info': { notices: [] },
  'history.state': { undo: null, redo: null },
  'quotes.list': { quotes: [], attributions: [] },
};

/** The channels that load every list: the source list comes from the sources table's rows. */
const EVERY_LIST = WORKSPACE_LISTS.filter((list) => list !== 'sources.list');

/** An article with just what the hook reads. */
function article(id: string, text: string): WorkbenchDocument {
  return { id, title: id, text, blocks: [] } as unknown as WorkbenchDocument;
}

/**
 * A bridge answering every list empty but the articles the test adds, with revisions the test
 * moves; failing channels err, and documents.get of a held article waits for its release.
 */
function fakeBridge() {
  const revisions = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<
    CollectionName,
    number
  >;
  const failing = new Set<string>();
  const articles = new Map<string, WorkbenchDocument>();
  const held = new Map<string, Promise<void>>();
  // What quotes.changes answers: nothing changed, unless a test says otherwise (null: too old).
  const quoteChanges: { delta: QuoteListDelta | null } = {
    delta: { quotes: [], removedQuotes: [], attributions: [], removedAttributions: [] },
  };
  const invoke = vi.fn(async (channel: string, input?: { id: string }) => {
    if (channel === 'documents.get') await held.get(input?.id ?? '');
    if (failing.has(channel)) return { ok: false, error: { code: 'internal', message: channel } };
    if (channel === 'workspace.revisions') return { ok: true, value: { ...revisions } };
    if (channel === 'documents.list') return { ok: true, value: [...articles.values()] };
    if (channel === 'quotes.changes') return { ok: true, value: { delta: quoteChanges.delta } };
    if (channel === 'documents.get') {
      const found = articles.get(input?.id ?? '');
      return found
        ? { ok: true, value: found }
        : { ok: false, error: { code: 'not_found', message: 'gone' } };
    }
    return { ok: true, value: EMPTY[channel] ?? [] };
  });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  /** The channels called since the last call of calls(), sorted. */
  const peek = () => invoke.mock.calls.map(([channel]) => channel).sort();
  const calls = () => {
    const names = peek();
    invoke.mockClear();
    return names;
  };
  /** Holds documents.get of one article until the returned function is called. */
  const hold = (id: string) => {
    let release = () => {};
    held.set(id, new Promise<void>((resolve) => (release = resolve)));
    return release;
  };
  /** The ids documents.get was asked for since the last call of calls(), sorted. */
  const fetched = () =>
    invoke.mock.calls
      .filter(([channel]) => channel === 'documents.get')
      .map(([, input]) => input?.id)
      .sort();
  return { revisions, failing, articles, quoteChanges, peek, calls, hold, fetched };
}

async function mounted() {
  const bridge = fakeBridge();
  const hook = renderHook(() => useWorkspace());
  await waitFor(() => expect(hook.result.current.state.loading).toBe(false));
  // The mount reads the info, then the articles and undo state (with their revisions) for the
  // first paint (no article here, so no quotes or speakers of one), then refreshes every other list, then checks once more what
  // moved meanwhile (the revisions and the undo state), then reads the info again for notices
  // that only the load behind a quick-open head could give: each list once.
  await waitFor(() =>
    expect(bridge.peek()).toEqual(
      [
        'workspace.info',
        'workspace.info',
        ...Array<string>(3).fill('workspace.revisions'),
        ...Array<string>(3).fill('history.state'),
        ...EVERY_LIST,
      ].sort(),
    ),
  );
  bridge.calls();
  return { ...bridge, hook };
}

describe('useWorkspace refresh', () => {
  it('reloads only the lists whose collections changed, and history every time', async () => {
    const { revisions, calls, hook } = await mounted();
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(['history.state', 'workspace.revisions']);

    revisions.tags += 1;
    revisions.changes += 1;
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(['history.state', 'tags.list', 'workspace.revisions']);

    revisions.quotes += 1;
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(
      [
        'documents.list',
        'history.state',
        // Only what changed since the list was read, not the list.
        'quotes.changes',
        'sources.table',
        'workspace.revisions',
      ].sort(),
    );
    expect(hook.result.current.errors).toEqual([]);
  });

  it('brings the quote list up to date with what changed, or reloads it when that is unknown', async () => {
    const { revisions, quoteChanges, calls, hook } = await mounted();
    const quote = { id: 'q1', documentId: 'd1', selector: { position: { start: 4, end: 9 } } };
    const attribution = { id: 'a1', quoteId: 'q1', createdAt: '2026-01-01T00:00:00.000Z' };
    quoteChanges.delta = {
      quotes: [quote as unknown as Quote],
      removedQuotes: [],
      attributions: [attribution as unknown as Attribution],
      removedAttributions: [],
    };
    revisions.quotes += 1;
    revisions.attributions += 1;
    await act(() => hook.result.current.refresh());
    expect(calls()).toContain('quotes.changes');
    expect(hook.result.current.state.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(hook.result.current.state.attributions.map((a) => a.id)).toEqual(['a1']);

    quoteChanges.delta = {
      quotes: [],
      removedQuotes: ['q1'],
      attributions: [],
      removedAttributions: [],
    };
    revisions.quotes += 1;
    await act(() => hook.result.current.refresh());
    expect(hook.result.current.state.quotes).toEqual([]);
    // The attribution of a quote that is gone goes with it, as the full list leaves it out.
    expect(hook.result.current.state.attributions).toEqual([]);

    // Too far back for the store: the whole list.
    quoteChanges.delta = null;
    revisions.quotes += 1;
    await act(() => hook.result.current.refresh());
    const called = calls();
    expect(called).toContain('quotes.changes');
    expect(called).toContain('quotes.list');
    expect(hook.result.current.errors).toEqual([]);
  });

  it('reloads everything and reports the error when the revisions cannot be read', async () => {
    const { failing, calls, hook } = await mounted();
    failing.add('workspace.revisions');
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(['history.state', 'workspace.revisions', ...EVERY_LIST].sort());
    expect(hook.result.current.errors).toEqual(['workspace.revisions']);
    // Loaded at unknown revisions: the next refresh reloads everything again.
    failing.clear();
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(['history.state', 'workspace.revisions', ...EVERY_LIST].sort());
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(['history.state', 'workspace.revisions']);
  });

  it('tries a list that failed to load again on the next refresh', async () => {
    const { revisions, failing, calls, hook } = await mounted();
    revisions.claims += 1;
    failing.add('claims.list');
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(
      ['claims.list', 'history.state', 'sources.table', 'tags.list', 'workspace.revisions'].sort(),
    );
    expect(hook.result.current.errors).toEqual(['claims.list']);
    failing.clear();
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(['claims.list', 'history.state', 'workspace.revisions']);
  });

  it('fetches the open article again only when the documents changed', async () => {
    const { revisions, articles, calls, fetched, hook } = await mounted();
    articles.set('a', article('a', 'First version.'));
    await act(() => hook.result.current.openDocumentById('a'));
    expect(calls()).toEqual(['documents.get']);

    // A quote changes the article's summary, not its text: no need to ship the text again.
    revisions.quotes += 1;
    await act(() => hook.result.current.refresh());
    expect(fetched()).toEqual([]);
    calls();

    // Undoing or redoing a new version changes the text under the open article.
    articles.set('a', article('a', 'Second version.'));
    revisions.documents += 1;
    await act(() => hook.result.current.refresh());
    expect(fetched()).toEqual(['a']);
    expect(hook.result.current.state.openDocument?.text).toBe('Second version.');
    calls();

    await act(() => hook.result.current.refresh());
    expect(fetched()).toEqual([]);
    expect(hook.result.current.errors).toEqual([]);
  });

  it('does not let a late answer replace an article opened meanwhile', async () => {
    const { revisions, articles, calls, fetched, hold, hook } = await mounted();
    articles.set('a', article('a', 'Article A.'));
    articles.set('b', article('b', 'Article B.'));
    await act(() => hook.result.current.openDocumentById('a'));
    calls();

    revisions.documents += 1;
    const release = hold('a');
    let pending = Promise.resolve();
    act(() => {
      pending = hook.result.current.refresh();
    });
    await act(() => hook.result.current.openDocumentById('b'));
    expect(fetched()).toEqual(['a', 'b']);
    expect(hook.result.current.state.openDocument?.id).toBe('b');

    release();
    await act(() => pending);
    expect(hook.result.current.state.openDocument?.text).toBe('Article B.');
    expect(hook.result.current.errors).toEqual([]);
  });

  it('reports a failed fetch of the open article, keeps it, and tries again next time', async () => {
    const { revisions, failing, articles, calls, fetched, hook } = await mounted();
    articles.set('a', article('a', 'First version.'));
    await act(() => hook.result.current.openDocumentById('a'));
    calls();

    articles.set('a', article('a', 'Second version.'));
    revisions.documents += 1;
    failing.add('documents.get');
    await act(() => hook.result.current.refresh());
    expect(hook.result.current.errors).toEqual(['documents.get']);
    expect(hook.result.current.state.openDocument?.text).toBe('First version.');
    calls();

    failing.clear();
    await act(() => hook.result.current.refresh());
    expect(fetched()).toEqual(['a']);
    expect(hook.result.current.state.openDocument?.text).toBe('Second version.');
  });

  it('closes the open article when it is no longer in the workspace', async () => {
    const { revisions, articles, hook } = await mounted();
    articles.set('a', article('a', 'Imported, then undone.'));
    await act(() => hook.result.current.openDocumentById('a'));

    articles.delete('a');
    revisions.documents += 1;
    await act(() => hook.result.current.refresh());
    expect(hook.result.current.state.openDocument).toBeNull();
    expect(hook.result.current.errors).toEqual([]);
  });
});
