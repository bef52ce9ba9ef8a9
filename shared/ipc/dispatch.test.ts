// The dispatcher and the bridge, with a recording handler table: the contract is the thing
// under test here (input validation, typed errors, unknown channels), not the service.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from './contract';
import type { HandlerTable } from './dispatch';
import { createDispatch } from './dispatch';
import { createBridge } from './bridge';
import { WorkbenchError } from './result';

function recordingTable(calls: unknown[][]): HandlerTable {
  const table = {} as Record<string, (input: unknown) => Promise<unknown>>;
  for (const channel of CHANNELS) {
    table[channel] = async (input) => {
      calls.push([channel, input]);
      if (channel === 'documents.get') throw new WorkbenchError('not_found', 'gone');
      if (channel === 'quotes.delete') throw new Error('disk on fire');
      return channel === 'sources.create' ? input : null;
    };
  }
  return table as unknown as HandlerTable;
}

describe('createDispatch', () => {
  it('never calls a handler with input the contract rejects', async () => {
    const calls: unknown[][] = [];
    const dispatch = createDispatch(recordingTable(calls));
    const results = await Promise.all([
      dispatch('sources.create', { kind: 'person' }),
      dispatch('sources.create', { kind: 'person', name: 'A', isAdmin: true }),
      dispatch('sources.create', 'Steve Witkoff'),
      dispatch('documents.get', { id: 7 }),
      dispatch('quotes.list', { documentId: '' }),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(
      Array(5).fill('invalid_input'),
    );
    expect(calls).toEqual([]);
  });

  it('passes parsed input with defaults and wraps the value', async () => {
    const calls: unknown[][] = [];
    const dispatch = createDispatch(recordingTable(calls));
    const result = await dispatch('sources.create', { kind: 'outlet', name: '  Fox News ' });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'outlet', name: 'Fox News', role: '', affiliation: '', aliases: [] },
    });
  });

  it('turns expected and unexpected failures into typed errors, logging only the unexpected', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(recordingTable([]), { log });
    expect(await dispatch('documents.get', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'gone' },
    });
    const crash = await dispatch('quotes.delete', { id: 'x' });
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('with checkOutputs, an answer outside the output schema is an internal error naming it', async () => {
    // sources.create echoes its input here, which is not a stored source (no id, no dates).
    const input = { kind: 'person', name: 'A' };
    expect(await createDispatch(recordingTable([]))('sources.create', input)).toMatchObject({
      ok: true,
    });
    const log = vi.fn();
    const checked = createDispatch(recordingTable([]), { log, checkOutputs: true });
    const result = await checked('sources.create', input);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(
          /^sources\.create answered outside its contract: id: /,
        ) as string,
      },
    });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it.each(['nope', '__proto__', 'toString', 'hasOwnProperty', '', null, 3, { a: 1 }])(
    'refuses channel %s',
    async (channel) => {
      const dispatch = createDispatch(recordingTable([]));
      expect(await dispatch(channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    },
  );
});

describe('createBridge', () => {
  it('is frozen, forwards channels and refuses malformed names before the transport', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const bridge = createBridge({ invoke, onCommand: () => () => {}, pathForFile: () => '' });
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onCommand', 'pathForFile']);
    expect(await bridge.invoke('sources.list')).toEqual({ ok: true, value: 1 });
    for (const bad of ['evil', '__proto__', 'a.b.c', 'sources.list\n', 42, null]) {
      expect(await bridge.invoke(bad as never)).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('delivers only string command ids to listeners', () => {
    let deliver: (id: string) => void = () => {};
    const bridge = createBridge({
      invoke: async () => null,
      onCommand: (listener) => {
        deliver = listener;
        return () => {};
      },
      pathForFile: () => '',
    });
    const seen: string[] = [];
    bridge.onCommand((id) => seen.push(id));
    deliver('quote.mark');
    deliver(42 as unknown as string);
    expect(seen).toEqual(['quote.mark']);
  });

  it('gives a dropped file’s path, and an empty one when the transport has none or throws', () => {
    const paths = new Map<unknown, string>([['a', '/home/analyst/a.pdf']]);
    const bridge = createBridge({
      invoke: async () => null,
      onCommand: () => () => {},
      pathForFile: (file) => {
        if (file === 'boom') throw new TypeError('not a File');
        return paths.get(file) as string;
      },
    });
    expect(bridge.pathForFile('a')).toBe('/home/analyst/a.pdf');
    expect(bridge.pathForFile('b')).toBe('');
    expect(bridge.pathForFile('boom')).toBe('');
  });
});
