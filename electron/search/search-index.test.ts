// Property test: on random workspaces after random edits, undos and redos (each a durable commit
// of the real store), the index answers every query exactly as a brute-force scan of the data.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { emptyWorkspace } from '../../shared/domain/workspace';
import { parseQuery } from '../../shared/search/query';
import { RESULT_KINDS } from '../../shared/search/query';
import { scanSearch } from '../../shared/search/scan';
import { History } from '../service/history';
import { openStore } from '../store/store';
import type { DurableWorkspaceStore } from '../store/store';
import {
  T0,
  fixedNow,
  makeAttribution,
  makeDocument,
  makeQuote,
  makeSource,
  removeTempDirs,
  tempDir,
} from '../store/test-support';
import { runQuery } from './run-query';
import { SearchIndex } from './search-index';
import { warmUpSteps } from './warm-up';

afterEach(removeTempDirs);

const VOCAB = [
  'Witkoff',
  'witkof',
  'Référendums',
  'referendum',
  'Kremlin',
  'kremlins',
  'Kyiv',
  '“peace”',
  'peace—talks',
  'talk',
  'Zelenskyy',
  'zelensky',
  'ceasefire',
  'it’s',
  'Riyadh',
  'sea',
];
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
  '-speaker:zel',
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

const ids = fc.constantFrom('a', 'b', 'c');
const words = fc
  .array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 6 })
  .map((w) => w.join(' '));
const paragraphs = fc.array(words, { minLength: 1, maxLength: 3 });

function doc(id: string, paras: string[], date: string) {
  const text = paras.join('\n\n');
  const d = makeDocument(id, text);
  let at = 0;
  d.blocks = paras.map((p) => {
    const block = { kind: 'paragraph' as const, start: at, end: at + p.length };
    at += p.length + 2;
    return block;
  });
  return { ...d, publishedAt: date };
}

const change: fc.Arbitrary<Change> = fc.oneof(
  fc
    .record({ id: ids, paras: paragraphs, date: fc.constantFrom('', '2025-03-18', '2024-12-01') })
    .map(({ id, paras, date }): Change => ({
      op: 'put',
      collection: 'documents',
      value: doc(`d${id}`, paras, date),
    })),
  fc
    .record({
      id: ids,
      doc: ids,
      exact: words,
      note: words,
      kind: fc.constantFrom('direct' as const, 'indirect' as const),
    })
    .map(({ id, doc: d, exact, note, kind }): Change => {
      const q = makeQuote(`q${id}`, `d${d}`, note);
      return {
        op: 'put',
        collection: 'quotes',
        value: { ...q, kind, selector: { ...q.selector, quote: { ...q.selector.quote, exact } } },
      };
    }),
  fc.record({ id: ids, name: words }).map(({ id, name }): Change => ({
    op: 'put',
    collection: 'sources',
    value: makeSource(`s${id}`, name),
  })),
  fc
    .record({
      id: ids,
      q: ids,
      s: ids,
      role: fc.constantFrom('speaker' as const, 'conduit' as const),
    })
    .map(({ id, q, s, role }): Change => ({
      op: 'put',
      collection: 'attributions',
      value: { ...makeAttribution(`a${id}`, `q${q}`, `s${s}`), role },
    })),
  fc
    .record({
      id: ids,
      statement: words,
      note: words,
      s: ids,
      t: ids,
      doc: ids,
      status: fc.constantFrom('disputed' as const, 'false' as const, 'unverified' as const),
    })
    .map(({ id, statement, note, s, t, doc: d, status }): Change => ({
      op: 'put',
      collection: 'claims',
      value: {
        id: `c${id}`,
        statement,
        documentId: `d${d}`,
        selector: {
          position: { start: 0, end: 3 },
          quote: { exact: 'abc', prefix: '', suffix: '' },
        },
        anchor: null,
        quoteId: null,
        claimantIds: [`s${s}`],
        tagIds: [`t${t}`],
        status,
        credibility: null,
        evidence: [
          {
            id: 'e1',
            stance: 'refutes',
            note,
            target: { kind: 'reference', title: 'report', url: '' },
            createdAt: T0,
          },
        ],
        statusChangedAt: null,
        createdAt: T0,
        updatedAt: T0,
      },
    })),
  fc
    .record({ id: ids, name: fc.constantFrom('peace', 'Ceasefire', 'sea') })
    .map(({ id, name }): Change => ({
      op: 'put',
      collection: 'tags',
      value: {
        id: `t${id}`,
        name,
        description: '',
        color: '#aabbcc',
        parentId: null,
        shortcut: null,
        createdAt: T0,
        updatedAt: T0,
      },
    })),
  fc.record({ id: ids, body: words, about: ids }).map(({ id, body, about }): Change => ({
    op: 'put',
    collection: 'memos',
    value: {
      id: `m${id}`,
      subject: 'documents',
      subjectId: `d${about}`,
      title: 'memo',
      body,
      createdAt: T0,
      updatedAt: T0,
    },
  })),
  fc
    .record({ id: ids, note: fc.oneof(words, fc.constant('')), doc: ids, t: ids })
    .map(({ id, note, doc: d, t }): Change => ({
      op: 'put',
      collection: 'annotations',
      value: {
        id: `h${id}`,
        documentId: `d${d}`,
        selector: {
          position: { start: 0, end: 3 },
          quote: { exact: 'abc', prefix: '', suffix: '' },
        },
        color: 'yellow',
        note,
        tagIds: [`t${t}`],
        anchor: null,
        createdAt: T0,
        updatedAt: T0,
      },
    })),
  fc
    .record({ id: ids, s: ids, grade: fc.constantFrom('A' as const, 'B' as const) })
    .map(({ id, s, grade }): Change => ({
      op: 'put',
      collection: 'assessments',
      value: {
        id: `g${id}`,
        sourceId: `s${s}`,
        grade,
        rationale: '',
        assessedOn: '2025-01-01',
        createdAt: T0,
      },
    })),
  fc
    .record({
      id: ids,
      collection: fc.constantFrom(
        'documents' as const,
        'quotes' as const,
        'sources' as const,
        'claims' as const,
        'tags' as const,
        'memos' as const,
        'annotations' as const,
        'attributions' as const,
      ),
    })
    .map(({ id, collection }): Change => ({
      op: 'delete',
      collection,
      id: `${collection === 'annotations' ? 'h' : collection[0]}${id}`,
    })),
);

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
        fc.array(change, { maxLength: 8 }),
        fc.array(step, { minLength: 1, maxLength: 12 }),
        queries,
        fc.boolean(),
        async (seedChanges, steps, list, background) => {
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
