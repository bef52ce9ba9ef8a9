// @vitest-environment jsdom
// useWorkspace's start against a TestService whose answers can be held back: the first paint
// shows the first article with its own quotes and its speakers' grades before the whole quote
// list, and edits made while the start-up lists are held (a quote marked, a grade added, a quote
// deleted) show at once and stay, in any order in which the held answers land.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { TestService, wholeQuoteList } from './test-service';
import { useWorkspace } from './useWorkspace';
import { startOpening, takeOpening } from './workspace-loads';

afterEach(() => {
  cleanup();
  delete window.workbench;
});

/** Mounts the hook on a TestService, holding the calls `holdIf` picks. */
function onService(holdIf: TestService['holdIf'] = () => false) {
  const service = new TestService();
  service.holdIf = holdIf;
  window.workbench = {
    invoke: service.invoke,
    onCommand: () => () => {},
  } as unknown as typeof window.workbench;
  const hook = renderHook(() => useWorkspace());
  /** What the window shows of the service: quote ids, grades by source, the undo label. */
  const shown = () => ({
    quotes: hook.result.current.state.quotes.map((q) => q.id),
    attributions: hook.result.current.state.attributions.map((a) => a.id),
    grades: [...hook.result.current.state.grades].filter(([, g]) => g !== null),
    undo: hook.result.current.state.history.undo,
  });
  const truth = () => {
    const list = service.list();
    return {
      quotes: list.quotes.map((q) => q.id),
      attributions: list.attributions.map((a) => a.id),
      grades: [...service.sources.keys()]
        .filter((id) => service.grades.has(id))
        .map((id) => [id, service.grades.get(id)]),
      undo: service.undo,
    };
  };
  /** Lets every answer already released land and the hook make its next calls. */
  const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
  /**
   * An edit as the window makes it: the service saves it, then the window refreshes. Returns
   * that refresh, which may wait for held answers.
   */
  const startEdit = (change: () => void): Promise<void> => {
    change();
    let done = Promise.resolve();
    act(() => {
      done = hook.result.current.refresh();
    });
    return done;
  };
  /** An edit whose refresh is let finish. */
  const edit = (change: () => void) => act(() => startEdit(change));
  return { service, hook, shown, truth, settle, edit, startEdit };
}

describe('useWorkspace start', () => {
  it('shows the first article with its quotes and grades before the whole quote list', async () => {
    // The whole quote list and the whole sources table are held back.
    const { service, hook, shown, settle } = onService(
      (channel, input) =>
        wholeQuoteList(channel, input) || (channel === 'sources.table' && !input?.documentId),
    );
    service.grade('s1', 'B');
    await waitFor(() => expect(hook.result.current.state.openDocument?.id).toBe('a'));
    // One paint: the article, its own quote with its speaker and the speaker's grade.
    expect(shown().quotes).toEqual(['qa1']);
    expect(shown().grades).toEqual([['s1', 'B']]);
    // Its speakers only, with their grades.
    expect(hook.result.current.state.sources.map((s) => s.id)).toEqual(['s1']);
    await waitFor(() => expect(service.held).toHaveLength(2));

    service.release();
    service.release();
    await settle();
    expect(shown().quotes).toEqual(['qa1', 'qb1']);
    // Nothing fetched twice: one article list, one article, the own quotes and then all, its
    // speakers' rows and then the whole table (which gives the source list too).
    const count = (channel: string) => service.calls.filter((c) => c === channel).length;
    expect(count('documents.list')).toBe(1);
    expect(count('sources.list')).toBe(0);
    expect(count('sources.table')).toBe(2);
    expect(hook.result.current.state.sources.map((s) => s.id)).toEqual([...service.sources.keys()]);
    expect(count('documents.get')).toBe(1);
    expect(count('quotes.list')).toBe(2);
    expect(hook.result.current.errors).toEqual([]);
  });

  it('shows a quote marked before the whole list lands at once, and keeps it after', async () => {
    const { service, hook, shown, truth, settle, edit } = onService(wholeQuoteList);
    await waitFor(() => expect(service.held).toHaveLength(1));
    let id = '';
    await edit(() => (id = service.markQuote('a', 'Steve Witkoff')));
    // The delta came in on top of the stand-in, without waiting for the whole list.
    expect(shown().quotes).toEqual(['qa1', id]);
    await edit(() => service.grade(`s-${id}`, 'D'));
    await edit(() => service.deleteQuote('qb1'));
    expect(shown().grades).toEqual([[`s-${id}`, 'D']]);

    // The whole list, read before all three edits, lands last.
    service.release();
    await settle();
    expect(shown()).toEqual(truth());
    expect(shown().quotes).toEqual(['qa1', id]);
    expect(hook.result.current.errors).toEqual([]);
  });

  it('refreshes after an edit without asking again for lists already on their way', async () => {
    const { service, hook, shown, settle, startEdit } = onService((_c, _i, count) => count > 7);
    await waitFor(() => expect(hook.result.current.state.openDocument?.id).toBe('a'));
    await waitFor(() =>
      expect(service.held.map((c) => c.channel)).toEqual(['workspace.revisions']),
    );
    service.release();
    await settle();
    const startUp = service.held.map((c) => c.channel).sort();
    expect(startUp).toEqual([
      'annotations.list',
      'claims.list',
      'history.state',
      'quotes.list',
      'sources.table',
      'tags.list',
    ]);

    // A quote marked now: its refresh asks only for what the edit moved (and the undo state).
    service.holdIf = () => false;
    const before = service.calls.length;
    let id = '';
    await act(() => startEdit(() => (id = service.markQuote('a', 'Steve Witkoff'))));
    expect(service.calls.slice(before).sort()).toEqual([
      'documents.list',
      'history.state',
      'quotes.changes',
      'sources.table',
      'workspace.revisions',
    ]);
    expect(shown().quotes).toEqual(['qa1', id]);
    while (service.held.length > 0) service.release();
    await settle();
    expect(shown().quotes).toEqual(['qa1', id, 'qb1']);
    expect(shown().undo).toBe('Mark quote');
    expect(hook.result.current.errors).toEqual([]);
  });

  it('shows a notice that only the load behind the first paint could give', async () => {
    const late = { level: 'warning' as const, code: 'data_file_corrupt', message: 'Recovered.' };
    // The first answer (held, so this test acts in between) has no notice; the workspace's own
    // reading then ends with one.
    let infos = 0;
    const { service, hook, settle } = onService(
      (channel) => channel === 'workspace.info' && ++infos === 1,
    );
    await settle();
    service.notices = [late];
    await act(async () => {
      service.release();
    });
    await waitFor(() => expect(hook.result.current.state.loading).toBe(false));
    await waitFor(() => expect(hook.result.current.state.notices).toEqual([late]));
    expect(service.calls.filter((c) => c === 'workspace.info')).toHaveLength(2);
  });

  it('reloads what the service moved while the start-up refresh travelled', async () => {
    // As a quick-open head the loaded workspace contradicts: the service moves every revision,
    // and no edit's refresh follows.
    const { service, hook, shown, settle } = onService(wholeQuoteList);
    await waitFor(() => expect(service.held).toHaveLength(1));
    service.renameAll('Rustem Umerov (renamed)');
    service.release();
    await settle();
    await waitFor(() =>
      expect(hook.result.current.state.sources.map((s) => s.name)).toEqual([
        'Rustem Umerov (renamed)',
        'Rustem Umerov (renamed)',
      ]),
    );
    expect(shown().quotes).toEqual(['qa1', 'qb1']);
  });

  it('keeps every edit made while the start-up lists are held, in any order of answers', async () => {
    // After the first paint's calls every call is held, the start-up refresh's too; the choices
    // say which held answer lands next
    // and when an edit (a quote marked, a grade, a quote deleted) is made, each followed by its
    // refresh as in the window. Once all have landed the window shows what the service holds,
    // and one more refresh changes nothing.
    const step = fc.oneof(
      fc.record({ land: fc.nat(20) }),
      fc.record({ edit: fc.constantFrom('mark', 'grade', 'delete'), inA: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        const holding = { on: true };
        try {
          // The first paint makes 7 calls: the revisions, the info, the article list, the undo
          // state, the first article, its quotes and their speakers with their grades.
          const { service, hook, shown, truth, settle, startEdit } = onService(
            (_channel, _input, count) => holding.on && count > 7,
          );
          await waitFor(() => expect(hook.result.current.state.openDocument?.id).toBe('a'));
          expect(service.calls).toHaveLength(8);
          expect(shown().quotes).toEqual(['qa1']);
          const refreshes: Promise<void>[] = [];
          for (const s of steps) {
            if ('land' in s) {
              if (service.held.length > 0) service.release(s.land % service.held.length);
              await settle();
              continue;
            }
            const change = {
              mark: () => service.markQuote(s.inA ? 'a' : 'b', 'Speaker'),
              grade: () => service.grade([...service.sources.keys()].at(-1)!, 'C'),
              delete: () => {
                const last = [...service.quotes.keys()].at(-1);
                if (last) service.deleteQuote(last);
              },
            }[s.edit];
            refreshes.push(startEdit(change));
            await settle();
          }
          // Every held answer lands (and whatever the hook asks for after them), then no more
          // are held.
          while (service.held.length > 0) {
            service.release(service.held.length - 1);
            await settle();
          }
          holding.on = false;
          await act(() => Promise.all(refreshes));
          expect(shown()).toEqual(truth());
          expect(hook.result.current.errors).toEqual([]);
          await act(() => hook.result.current.refresh());
          expect(shown()).toEqual(truth());
        } finally {
          cleanup();
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('the opening calls sent before the window renders', () => {
  it('are sent by startOpening and taken by the first mount, not sent twice', async () => {
    const service = new TestService();
    window.workbench = {
      invoke: service.invoke,
      onCommand: () => () => {},
    } as unknown as typeof window.workbench;
    // What renderer/src/boot.ts does when the window's script starts.
    startOpening();
    // The revisions first, the lists beside them, and the notices.
    const sent = ['workspace.revisions', 'history.state', 'documents.list', 'workspace.info'];
    expect(service.calls).toEqual(sent);
    const hook = renderHook(() => useWorkspace());
    await waitFor(() => expect(hook.result.current.state.openDocument?.id).toBe('a'));
    await waitFor(() => expect(hook.result.current.state.quotes.length).toBeGreaterThan(1));
    const opening = service.calls.slice(0, service.calls.indexOf('documents.get') + 1);
    expect(opening.filter((c) => c === 'workspace.revisions')).toHaveLength(1);
    expect(opening.filter((c) => c === 'workspace.info')).toHaveLength(1);
    // Taken once: a later mount sends its own.
    const before = service.calls.length;
    const again = takeOpening();
    expect(service.calls.slice(before)).toEqual(sent);
    await again.firstPaint;
  });
});
