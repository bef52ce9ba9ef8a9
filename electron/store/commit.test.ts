// Tests of the open store: acknowledged edits are on disk, concurrent commits share one fsync,
// a failed write rolls memory back to what disk holds, and compaction loses nothing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/workspace';
import type { StoreOptions } from './store';
import { openStore } from './store';
import {
  deferred,
  faultyFs,
  fixedNow,
  journalLines,
  makeQuote,
  makeSource,
  newFaults,
  quoteChanges,
  removeTempDirs,
  seedWorkspace,
  simulateCrash,
  snapshotOnDisk,
  stateOnDisk,
  tempDir,
  until,
} from './test-support';

afterEach(removeTempDirs);

async function open(dir: string, extra: Partial<StoreOptions> = {}) {
  const opened = await openStore({
    dataDir: dir,
    seed: seedWorkspace,
    now: fixedNow,
    log: () => undefined,
    ...extra,
  });
  return opened.store;
}

/** Crash, reopen, and return what the store loads (then close it). */
async function reloaded(dir: string, store: object) {
  await simulateCrash(store);
  const again = await open(dir);
  const data = structuredClone(again.data);
  await again.close();
  return data;
}

describe('commit', () => {
  it('applies in memory at once and resolves only once the journal line is on disk', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const saving = store.commit(quoteChanges(1));
    expect(store.data.quotes.q1).toEqual(makeQuote('q1', 'd1'));
    await saving;
    const lines = await journalLines(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.changes).toEqual(quoteChanges(1));
    expect(await stateOnDisk(dir)).toEqual(store.data);
    // The per-edit write touches the journal only, not the snapshot.
    expect((await snapshotOnDisk(dir)).quotes).toEqual({});
    const memory = structuredClone(store.data);
    expect(await reloaded(dir, store)).toEqual(memory);
  });

  it('keeps its own copy, so a caller mutating its object later changes nothing', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const quote = makeQuote('q1', 'd1');
    await store.commit([{ op: 'put', collection: 'quotes', value: quote }]);
    quote.note = 'changed behind the store';
    expect(store.data.quotes.q1?.note).toBe('');
    await store.close();
  });

  it('rejects an invalid change without touching memory or disk', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const before = structuredClone(store.data);
    const bad = { ...makeQuote('q1', 'd1'), kind: 'shouted' } as unknown;
    await expect(
      store.commit([...quoteChanges(2), { op: 'put', collection: 'quotes', value: bad } as Change]),
    ).rejects.toThrow(/not valid \(kind/);
    await expect(
      store.commit([{ op: 'delete', collection: 'quotes', id: '__proto__' }]),
    ).rejects.toThrow(/not valid/);
    expect(store.data).toEqual(before);
    expect(await journalLines(dir)).toEqual([]);
    await store.close();
  });

  it('group-commits: concurrent commits share appends and fsyncs, and all are durable', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const store = await open(dir, { fs: faultyFs(faults) });
    const syncsBefore = faults.datasyncs;
    const first = store.commit(quoteChanges(0));
    await Promise.resolve(); // the first append is now in flight
    const rest = Array.from({ length: 49 }, (_, i) => store.commit(quoteChanges(i + 1)));
    await Promise.all([first, ...rest]);
    const lines = await journalLines(dir);
    expect(lines.map((l) => l.changes.length)).toEqual([2, 98]);
    expect(faults.datasyncs - syncsBefore).toBe(2);
    expect(store.stats).toMatchObject({ commits: 50, appends: 2 });
    expect(Object.keys((await stateOnDisk(dir)).quotes)).toHaveLength(50);
    const memory = structuredClone(store.data);
    expect(await reloaded(dir, store)).toEqual(memory);
  });

  it('a commit with no changes waits for earlier ones and writes nothing', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const saving = store.commit(quoteChanges(1));
    await store.commit([]);
    expect(await journalLines(dir)).toHaveLength(1);
    await saving;
    await store.close();
  });
});

describe('commit: failed writes', () => {
  it('rejects with a clear message and rolls memory back when the disk is full', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const store = await open(dir, { fs: faultyFs(faults) });
    await store.commit(quoteChanges(1));
    const before = structuredClone(store.data);
    faults.failNext = 1;
    const edit: Change[] = [
      { op: 'put', collection: 'quotes', value: makeQuote('q1', 'd1', 'edited') },
      ...quoteChanges(2),
      { op: 'delete', collection: 'sources', id: 's1' },
    ];
    const error = await store.commit(edit).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Could not save: disk full/);
    expect((error as Error).cause).toMatchObject({ code: 'ENOSPC' });
    expect(store.data).toEqual(before);
    expect(await stateOnDisk(dir)).toEqual(before);
    await store.commit(quoteChanges(3)); // the disk has room again
    const memory = structuredClone(store.data);
    expect(await reloaded(dir, store)).toEqual(memory);
  });

  it('cuts a torn append and rolls back, so a restart shows no trace of it', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const store = await open(dir, { fs: faultyFs(faults) });
    await store.commit(quoteChanges(1));
    const journalBefore = await readFile(path.join(dir, 'workspace.journal'));
    faults.tornBytes = 25;
    await expect(store.commit(quoteChanges(2))).rejects.toThrow(/disk full/);
    faults.tornBytes = undefined;
    expect(await readFile(path.join(dir, 'workspace.journal'))).toEqual(journalBefore);
    const memory = structuredClone(store.data);
    expect(memory.quotes.q2).toBeUndefined();
    expect(await reloaded(dir, store)).toEqual(memory);
  });

  it('rolls back when fsync fails', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const store = await open(dir, { fs: faultyFs(faults) });
    faults.failSyncs = true;
    await expect(store.commit(quoteChanges(1))).rejects.toThrow(/Could not save: disk full/);
    faults.failSyncs = false;
    expect(store.data.quotes).toEqual({});
    await store.commit(quoteChanges(2));
    expect(Object.keys(store.data.quotes)).toEqual(['q2']);
    await store.close();
  });

  it('keeps commits queued behind a failed batch, re-applied on the restored state', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const store = await open(dir, { fs: faultyFs(faults) });
    await store.commit(quoteChanges(1));
    const gate = deferred();
    faults.gate = gate.promise;
    faults.failNext = 1;
    const writesBefore = faults.writes;
    const failing = store.commit([
      { op: 'put', collection: 'quotes', value: makeQuote('q1', 'd1', 'A') },
      { op: 'put', collection: 'sources', value: makeSource('s2') },
    ]);
    await until(() => faults.writes > writesBefore); // A's append is in flight
    const later = store.commit([
      { op: 'put', collection: 'quotes', value: makeQuote('q1', 'd1', 'B') },
      { op: 'delete', collection: 'sources', id: 's1' },
    ]);
    expect(store.data.quotes.q1?.note).toBe('B');
    faults.gate = undefined;
    gate.open();
    await expect(failing).rejects.toThrow(/disk full/);
    await later;
    expect(store.data.quotes.q1?.note).toBe('B');
    expect(store.data.sources.s2).toBeUndefined();
    expect(store.data.sources.s1).toBeUndefined();
    const memory = structuredClone(store.data);
    expect(await stateOnDisk(dir)).toEqual(memory);
    expect(await reloaded(dir, store)).toEqual(memory);
  });

  it('rejects commits after close, and close waits for commits in flight', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const saving = store.commit(quoteChanges(1));
    const closing = store.close();
    await expect(store.commit(quoteChanges(2))).rejects.toThrow(/closed/);
    await saving;
    await closing;
    expect(Object.keys((await stateOnDisk(dir)).quotes)).toEqual(['q1']);
  });
});
