// Tests of compaction: folding the journal into the snapshot keeps every change, shrinks the
// journal, runs after the triggering commit has resolved, and survives failures at each step.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreOptions } from './store';
import { openStore } from './store';
import {
  deferred,
  faultyFs,
  fixedNow,
  journalLines,
  newFaults,
  quoteChanges,
  removeTempDirs,
  seedWorkspace,
  simulateCrash,
  snapshotOnDisk,
  snapshotSeq,
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

async function reloaded(dir: string, store: object) {
  await simulateCrash(store);
  const again = await open(dir);
  const data = structuredClone(again.data);
  await again.close();
  return data;
}

/** Journal bytes past the snapshot: lines it already holds are kept only for the generation before. */
const journalSize = async (dir: string) => {
  const folded = await snapshotSeq(dir);
  const lines = (await readFile(path.join(dir, 'workspace.journal'), 'utf8')).split('\n');
  return lines
    .filter((l) => l.length > 0 && (JSON.parse(l) as { seq: number }).seq > folded)
    .reduce((sum, l) => sum + Buffer.byteLength(l) + 1, 0);
};

describe('compaction', () => {
  it('folds the journal into the snapshot, keeping puts and deletes', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    for (let i = 0; i < 20; i += 1) await store.commit(quoteChanges(i));
    await store.commit([{ op: 'delete', collection: 'quotes', id: 'q3' }]);
    const memory = structuredClone(store.data);
    expect(await journalSize(dir)).toBeGreaterThan(5000);
    await store.compact();
    expect(await journalSize(dir)).toBe(0);
    expect(await snapshotOnDisk(dir)).toEqual(memory);
    const snapshotText = await readFile(path.join(dir, 'workspace.json'), 'utf8');
    expect(snapshotText).not.toContain('\n'); // no indentation
    expect(store.stats).toMatchObject({ compactions: 1, journalBytes: 0 });
    await store.commit(quoteChanges(99));
    const after = structuredClone(store.data);
    expect(await reloaded(dir, store)).toEqual(after);
  });

  it('starts by itself past the threshold, only after the triggering commit resolved', async () => {
    const dir = await tempDir();
    const store = await open(dir, { compaction: { minBytes: 3000, snapshotRatio: 0 } });
    let i = 0;
    while (store.stats.journalBytes < 3000) {
      await store.commit(quoteChanges(i));
      i += 1;
      // The caller runs before the compaction: nothing has been folded yet.
      expect(store.stats.compactions).toBe(0);
    }
    await store.settled();
    expect(store.stats.compactions).toBe(1);
    expect(await journalSize(dir)).toBe(0);
    expect(Object.keys((await snapshotOnDisk(dir)).quotes)).toHaveLength(i);
    await store.close();
  });

  it('lets commits go on while the snapshot is written; they stay in the new journal', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const store = await open(dir, { fs: faultyFs(faults) });
    for (let i = 0; i < 5; i += 1) await store.commit(quoteChanges(i));
    const gate = deferred();
    faults.fileGate = gate.promise;
    const fileWritesBefore = faults.fileWrites;
    const compacting = store.compact();
    await until(() => faults.fileWrites > fileWritesBefore); // snapshot write in progress
    await store.commit(quoteChanges(10));
    await store.commit([{ op: 'delete', collection: 'quotes', id: 'q0' }]);
    faults.fileGate = undefined;
    gate.open();
    await compacting;
    const folded = await snapshotSeq(dir);
    const lines = (await journalLines(dir)).filter((l) => l.seq > folded);
    expect(lines.map((l) => l.changes.length)).toEqual([2, 1]);
    expect((await snapshotOnDisk(dir)).quotes.q10).toBeUndefined();
    const memory = structuredClone(store.data);
    expect(await stateOnDisk(dir)).toEqual(memory);
    expect(await reloaded(dir, store)).toEqual(memory);
  });

  it('keeps the journal when the snapshot cannot be written, and commits go on', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const logged: string[] = [];
    const store = await open(dir, { fs: faultyFs(faults), log: (m) => logged.push(m) });
    await store.commit(quoteChanges(1));
    faults.failRename = (from) => from.includes('workspace.json.');
    await expect(store.compact()).rejects.toThrow(/Could not save: disk full/);
    expect(logged.join()).toMatch(/Compaction failed/);
    faults.failRename = undefined;
    await store.commit(quoteChanges(2));
    expect((await journalLines(dir)).length).toBe(2);
    const memory = structuredClone(store.data);
    expect(await reloaded(dir, store)).toEqual(memory);
  });

  it('is safe to crash after the snapshot and before the journal is replaced', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const store = await open(dir, { fs: faultyFs(faults) });
    await store.commit(quoteChanges(1));
    await store.commit([{ op: 'delete', collection: 'quotes', id: 'q1' }]);
    await store.commit(quoteChanges(2));
    faults.failRename = (from) => from.endsWith('workspace.journal.tmp');
    await expect(store.compact()).rejects.toThrow();
    // The snapshot already holds every change and the journal still holds them too.
    expect(Object.keys((await snapshotOnDisk(dir)).quotes)).toEqual(['q2']);
    expect((await journalLines(dir)).length).toBe(3);
    const memory = structuredClone(store.data);
    expect(await reloaded(dir, store)).toEqual(memory);
  });

  it('compacts on close when the journal holds changes', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.commit(quoteChanges(1));
    const memory = structuredClone(store.data);
    await store.close();
    expect(await journalSize(dir)).toBe(0);
    expect(await snapshotOnDisk(dir)).toEqual(memory);
    await expect(store.compact()).rejects.toThrow(/closed/);
    await store.close(); // idempotent
  });
});
