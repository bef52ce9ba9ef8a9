// Property test: on random workspaces after random edits, undos and redos (each a durable commit
// of the real store), the index answers every query exactly as a brute-force scan of the data.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { emptyWorkspace } from '../../shared/domain/workspace';
import { parseQuery } from '../../shared/search/query';
import { RESULT_KINDS } from '../../shared/search/query';
import { scanSearch } from '../../shared/search/scan';
import { History } from '../service/history';
import { openStore } from '../store/store';
import type { DurableWorkspaceStore } from '../store/store';
import { T0, fixedNow, makeSource, removeTempDirs, tempDir } from '../store/test-support';
import { runQuery } from './run-query';
import { SearchIndex } from './search-index';
import { warmUpSteps } from './warm-up';
import { change, quoted } from './test-arbitraries';

afterEach(removeTempDirs);

const QUERY_PIECES = [
  'witkoff',
  'witk',
  'referendums',
  'referendm',
  'kremlin',
  'kyiv',
  'peace',
  'talks',
  'zelensky',
  'ceasefire',
  'sea',
  'ri',
  '"peace talks"',
  '"it\'s"',
  '-kyiv',
  '-"peace talks"',
  'speaker:wit',
  'speaker:witkoff',
  '-speaker:zel',
  'kind:passage',
  'speaker:e',
  'source:kremlin',
  '-source:peace',
  'source:e',
  'status:disputed',
  '-status:false',
  'kind:quote',
  'kind:note',
  'kind:direct',
  '-kind:passage',
  'outlet:reuters',
  'article:b',
  'before:2025-03-20',
  'after:2025',
  'grade:B',
  '-grade:A',
  'tag:peace',
];

const step = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(change, { minLength: 1, maxLength: 3 })
      .map((changes) => ({ t: 'edit' as const, changes })),
  },
  { weight: 2, arbitrary: fc.constant({ t: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'redo' as const }) },
  { weight: 2, arbitrary: fc.constant({ t: 'query' as const }) },
);
const queries = fc.array(
  fc
    .array(fc.constantFrom(...QUERY_PIECES), { minLength: 1, maxLength: 3 })
    .map((p) => p.join(' ')),
  { minLength: 4, maxLength: 8 },
);

function expectSameAnswers(index: SearchIndex, data: WorkspaceData, list: string[]) {
  for (const text of list) {
    const parsed = parseQuery(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const got = runQuery(index, data, parsed.query);
    const want = scanSearch(data, parsed.query);
    // With a limit: the same exact counts, and the hits are the first of the full ranking.
    const top = runQuery(index, data, parsed.query, 2);
    for (const kind of RESULT_KINDS) {
      expect([...got[kind].hits.map((m) => m.key)].sort(), `${text} (${kind})`).toEqual(
        [...want[kind]].sort(),
      );
      expect(got[kind].count).toBe(want[kind].length);
      expect(top[kind].count).toBe(want[kind].length);
      expect(top[kind].hits.map((m) => m.key)).toEqual(
        got[kind].hits.slice(0, 2).map((m) => m.key),
      );
    }
  }
}

describe('SearchIndex', () => {
  it('answers as a brute-force scan after random edits, undos and redos', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant([]), quoted),
        fc.array(change, { maxLength: 8 }),
        fc.array(step, { minLength: 1, maxLength: 12 }),
        queries,
        fc.boolean(),
        async (base, more, steps, list, background) => {
          const seedChanges = [...base, ...more];
          const dataDir = await tempDir();
          const { store } = await openStore({
            dataDir,
            now: fixedNow,
            seed: () => {
              const data = emptyWorkspace(T0);
              for (const c of seedChanges) {
                const records = data[c.collection] as Record<string, unknown>;
                if (c.op === 'put') records[c.value.id] = c.value;
                else delete records[c.id];
              }
              return data;
            },
          });
          let n = 0;
          const history = new History({
            store,
            now: fixedNow,
            newId: () => `log${++n}`,
            actor: 'test',
          });
          const index = new SearchIndex(store);
          // Either built in the background while the edits go on (with the service's warm-up
          // queries after it), or built on the first query.
          const warmUp = warmUpSteps(
            index,
            () => store.data,
            (q) => {
              const parsed = parseQuery(q);
              if (parsed.ok) runQuery(index, store.data, parsed.query, 20);
            },
          );
          if (background) index.start(5, warmUp);
          try {
            for (const s of steps) {
              if (s.t === 'edit') await history.record('edit', s.changes).catch(() => undefined);
              else if (s.t === 'undo') await history.undo().catch(() => undefined);
              else if (s.t === 'redo') await history.redo().catch(() => undefined);
              else expectSameAnswers(index, store.data, list.slice(0, 2));
            }
            expectSameAnswers(index, store.data, list);
          } finally {
            index.stop();
            await (store as DurableWorkspaceStore).close();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('finds a word again after the store forgot what changed (a full rebuild)', async () => {
    const dataDir = await tempDir();
    const { store } = await openStore({ dataDir, now: fixedNow, seed: () => emptyWorkspace(T0) });
    const index = new SearchIndex(store);
    index.current();
    // More commits than the store remembers touched ids for.
    for (let i = 0; i < 520; i++) {
      await store.commit([
        { op: 'put', collection: 'sources', value: makeSource(`s${i}`, `Name${i} Witkoff`) },
      ]);
    }
    const parsed = parseQuery('witkoff "name519"');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(runQuery(index, store.data, parsed.query).source.hits.map((m) => m.recordId)).toEqual([
      's519',
    ]);
    expect(index.stats.rebuilds).toBe(1);
    await store.close();
  }, 60_000);
});
