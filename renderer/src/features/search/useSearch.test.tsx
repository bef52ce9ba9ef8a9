// @vitest-environment jsdom
// The Search view's asking: a keystroke asks at once (no debounce wait), one question is in flight
// at a time and only the newest text is asked next, an answer for a text no longer in the box is
// never shown, and a failed search is reported. The service's answers are held and released by
// the test, as a slow machine delivers them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useSearch } from './useSearch';
import type { SearchAnswer } from './useSearch';

interface Held {
  query: string;
  release(ok?: boolean): Promise<void>;
}

/** A window.workbench whose search.query calls wait until the test releases them. */
function heldService(): Held[] {
  const held: Held[] = [];
  const invoke = (channel: string, input: { query: string }) =>
    new Promise((resolve) => {
      expect(channel).toBe('search.query');
      const answer: SearchAnswer = { error: null, groups: [], tookMs: input.query.length };
      held.push({
        query: input.query,
        release: async (ok = true) => {
          await act(async () => {
            resolve(
              ok
                ? { ok: true, value: answer }
                : { ok: false, error: { code: 'internal', message: `no ${input.query}` } },
            );
            await Promise.resolve();
          });
        },
      });
    });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return held;
}

afterEach(() => {
  cleanup();
  delete window.workbench;
});

describe('useSearch', () => {
  it('asks at once, keeps one question in flight, asks only the newest text next', async () => {
    const held = heldService();
    const reportError = vi.fn();
    const hook = renderHook(() => useSearch(0, reportError));
    act(() => hook.result.current.setQuery('r'));
    // No timer to wait out: the question is on its way as the key lands.
    expect(held.map((h) => h.query)).toEqual(['r']);
    expect(hook.result.current.busy).toBe(true);
    act(() => hook.result.current.setQuery('re'));
    act(() => hook.result.current.setQuery('ref'));
    expect(held.map((h) => h.query)).toEqual(['r']);

    // The answer for "r" is stale ("ref" is in the box): not shown; "ref" is asked, "re" never.
    await held[0]!.release();
    expect(hook.result.current.answer).toBeNull();
    expect(hook.result.current.busy).toBe(true);
    expect(held.map((h) => h.query)).toEqual(['r', 'ref']);

    await held[1]!.release();
    expect(hook.result.current.answer?.tookMs).toBe(3);
    expect(hook.result.current.busy).toBe(false);
    expect(held).toHaveLength(2);
    expect(reportError).not.toHaveBeenCalled();
    // The query outlives the view until cleared: clear it for the next test.
    act(() => hook.result.current.setQuery(''));
  });

  it('keeps the last answer on screen while the next is asked, and reports a failure', async () => {
    const held = heldService();
    const reportError = vi.fn();
    const hook = renderHook(() => useSearch(0, reportError));
    act(() => hook.result.current.setQuery('kremlin'));
    await held[0]!.release();
    act(() => hook.result.current.setQuery('kremlin x'));
    expect(hook.result.current.answer?.tookMs).toBe(7);
    expect(hook.result.current.busy).toBe(true);
    await held[1]!.release(false);
    expect(reportError).toHaveBeenCalledWith('no kremlin x');
    // Clearing the box asks nothing and shows nothing.
    act(() => hook.result.current.setQuery(''));
    expect(hook.result.current.answer).toBeNull();
    expect(hook.result.current.busy).toBe(false);
    expect(held).toHaveLength(2);
  });
});
