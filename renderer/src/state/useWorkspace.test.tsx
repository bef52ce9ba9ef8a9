// @vitest-environment jsdom
// useWorkspace's refresh against a fake bridge that counts calls: the first refresh loads every
// list, later ones only the lists whose collections' revisions moved, and without revisions it
// falls back to loading everything.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { CollectionName } from '../../../shared/domain/workspace';
import { COLLECTIONS } from '../../../shared/domain/workspace';
import { WORKSPACE_LISTS } from './refresh-plan';
import { useWorkspace } from './useWorkspace';

afterEach(() => {
  cleanup();
  delete window.workbench;
});

const EMPTY: Record<string, unknown> = {
  'workspace.info': { notices: [] },
  'history.state': { undo: null, redo: null },
  'quotes.list': { quotes: [], attributions: [] },
};

/** A bridge answering every list empty, with revisions the test moves; failing channels err. */
function fakeBridge() {
  const revisions = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<
    CollectionName,
    number
  >;
  const failing = new Set<string>();
  const invoke = vi.fn(async (channel: string) => {
    if (failing.has(channel)) return { ok: false, error: { code: 'internal', message: channel } };
    if (channel === 'workspace.revisions') return { ok: true, value: { ...revisions } };
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
  return { revisions, failing, peek, calls };
}

async function mounted() {
  const bridge = fakeBridge();
  const hook = renderHook(() => useWorkspace());
  await waitFor(() => expect(hook.result.current.state.loading).toBe(false));
  // The first refresh loads every list; the mount also reads the info and the documents again.
  await waitFor(() =>
    expect(bridge.peek()).toEqual(
      [
        'workspace.info',
        'workspace.revisions',
        'history.state',
        'documents.list',
        ...WORKSPACE_LISTS,
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
        'quotes.list',
        'sources.table',
        'workspace.revisions',
      ].sort(),
    );
    expect(hook.result.current.errors).toEqual([]);
  });

  it('reloads everything and reports the error when the revisions cannot be read', async () => {
    const { failing, calls, hook } = await mounted();
    failing.add('workspace.revisions');
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(['history.state', 'workspace.revisions', ...WORKSPACE_LISTS].sort());
    expect(hook.result.current.errors).toEqual(['workspace.revisions']);
    // Loaded at unknown revisions: the next refresh reloads everything again.
    failing.clear();
    await act(() => hook.result.current.refresh());
    expect(calls()).toEqual(['history.state', 'workspace.revisions', ...WORKSPACE_LISTS].sort());
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
});
