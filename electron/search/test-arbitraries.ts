// Random workspaces and edits for the index's property test (search-index.test.ts):
// articles of a few paragraphs, quotes placed anywhere in them (some orphaned), sources,
// attributions, claims, tags, memos, highlights and grades, all over three ids each, so edits
// keep meeting the same records.
import fc from 'fast-check';
import type { Change } from '../../shared/domain/workspace';
import { T0, makeAttribution, makeDocument, makeQuote, makeSource } from '../store/test-support';

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

const ids = fc.constantFrom('a', 'b', 'c');
const ORPHANED = {
  method: 'orphaned' as const,
  score: 0,
  needsReview: true,
  previousExact: 'earlier',
  versionHash: 'v1',
};
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

/** An article's put, with one to three paragraphs. */
const documentPut = (id: fc.Arbitrary<string>) =>
  fc
    .record({ id, paras: paragraphs, date: fc.constantFrom('', '2025-03-18', '2024-12-01') })
    .map(({ id, paras, date }): Change => ({
      op: 'put',
      collection: 'documents',
      value: doc(`d${id}`, paras, date),
    }));

/**
 * A quote's put, anywhere in its article's paragraphs: inside one, across two or three, touching
 * an edge, past the end; one in five orphaned (offsets of an earlier text, in no paragraph).
 */
const quotePut = (id: fc.Arbitrary<string>) =>
  fc
    .record({
      id,
      doc: ids,
      exact: words,
      note: words,
      kind: fc.constantFrom('direct' as const, 'indirect' as const),
      start: fc.nat({ max: 50 }),
      length: fc.integer({ min: 1, max: 40 }),
      orphaned: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    })
    .map(({ id, doc: d, exact, note, kind, start, length, orphaned }): Change => {
      const q = makeQuote(`q${id}`, `d${d}`, note);
      const anchor = orphaned ? ORPHANED : null;
      const position = { start, end: start + length };
      const quote = { ...q.selector.quote, exact };
      return {
        op: 'put',
        collection: 'quotes',
        value: { ...q, kind, anchor, selector: { position, quote } },
      };
    });

const sourcePut = (id: fc.Arbitrary<string>) =>
  fc.record({ id, name: words }).map(({ id, name }): Change => ({
    op: 'put',
    collection: 'sources',
    value: makeSource(`s${id}`, name),
  }));

const attributionPut = (id: fc.Arbitrary<string>, quote: fc.Arbitrary<string>) =>
  fc
    .record({ id, q: quote, s: ids, role: fc.constantFrom('speaker' as const, 'conduit' as const) })
    .map(({ id, q, s, role }): Change => ({
      op: 'put',
      collection: 'attributions',
      value: { ...makeAttribution(`a${id}`, `q${q}`, `s${s}`), role },
    }));

/**
 * A workspace to start from where people filters find passages: per id, an article, a source, a
 * quote (in one of the articles) and its attribution. Random changes alone rarely make all four
 * meet, so an edit of an article seldom came after its passages were marked.
 */
export const quoted = fc.tuple(
  ...['a', 'b', 'c'].flatMap((id) => {
    const k = fc.constant(id);
    return [documentPut(k), sourcePut(k), quotePut(k), attributionPut(k, k)];
  }),
);

// Articles, quotes, sources and attributions come up three times as often as the rest.
export const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 3, arbitrary: documentPut(ids) },
  { weight: 3, arbitrary: quotePut(ids) },
  { weight: 3, arbitrary: sourcePut(ids) },
  { weight: 3, arbitrary: attributionPut(ids, ids) },
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
