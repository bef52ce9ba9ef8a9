// Property test: any sequence of put/delete commits (single or concurrent, some failing with a
// full disk), compactions and crashes keeps memory equal to a model of the acknowledged
// commits, and reopening always yields that same state.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/workspace';
import { applyChanges } from '../../shared/domain/workspace';
import type { DurableWorkspaceStore } from './store';
import { openStore } from './store';
import {
  faultyFs,
  fixedNow,
  makeQuote,
  newFaults,
  makeSource,
  removeTempDirs,
  seedWorkspace,
  simulateCrash,
  tempDir,
} from './test-support';

afterEach(removeTempDirs);

const id = fc.constantFrom('a', 'b', 'c', 'd');
const text = fc.string({ unit: 'binary', maxLength: 40 });
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ id, note: text }).map(({ id: q, note }): Change => ({
    op: 'put',
    collection: 'quotes',
    value: makeQuote(q, 'd1', note),
  })),
  fc
    .record({ id, name: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) })
    .map(({ id: s, name }): Change => ({
      op: 'put',
      collection: 'sources',
      value: makeSource(s, name),
    })),
  fc
    .record({ id, collection: fc.constantFrom('quotes' as const, 'sources' as const) })
    .map(({ id: x, collection }): Change => ({ op: 'delete', collection, id: x })),
);
const commitChanges = fc.array(change, { minLength: 1, maxLength: 3 });
const step = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({ changes: commitChanges, fail: fc.boolean() })
      .map(({ changes, fail }) => ({ t: 'commit' as const, changes, fail })),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(commitChanges, { minLength: 2, maxLength: 6 })
      .map((commits) => ({ t: 'burst' as const, commits })),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'compact' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'crash' as const }) },
);

describe('store property', () => {
  it('reopening always yields the in-memory state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        const dir = await tempDir();
        const faults = newFaults();
        const model = seedWorkspace();
        const open = async () =>
          (
            await openStore({
              dataDir: dir,
              seed: seedWorkspace,
              now: fixedNow,
              log: () => undefined,
              fs: faultyFs(faults),
              // Tiny threshold, so automatic compactions interleave with the commits.
              compaction: { minBytes: 1500, snapshotRatio: 0 },
            })
          ).store;
        let store: DurableWorkspaceStore = await open();
        for (const s of steps) {
          if (s.t === 'commit' && s.fail) {
            faults.failNext = 1;
            await expect(store.commit(s.changes)).rejects.toThrow(/disk full/);
          } else if (s.t === 'commit') {
            await store.commit(s.changes);
            applyChanges(model, s.changes);
          } else if (s.t === 'burst') {
            await Promise.all(s.commits.map((c) => store.commit(c)));
            for (const c of s.commits) applyChanges(model, c);
          } else if (s.t === 'compact') await store.compact();
          else {
            await store.settled();
            const before = structuredClone(store.data);
            await simulateCrash(store);
            store = await open();
            expect(store.data).toEqual(before);
          }
        }
        expect(store.data).toEqual(model);
        const memory = structuredClone(store.data);
        await store.close();
        const again = await open();
        expect(again.data).toEqual(memory);
        await again.close();
      }),
      { numRuns: 40 },
    );
  });
});
