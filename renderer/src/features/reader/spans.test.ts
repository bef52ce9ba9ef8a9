import { describe, expect, it } from 'vitest';
import type { ReaderSpan } from './spans';
import { buildReaderSpans, stepSpan } from './spans';
import { spansPerBlock } from './ArticleReader';

const span = (id: string, start: number): ReaderSpan => ({
  id,
  kind: 'highlight',
  start,
  end: start + 5,
  exact: 'x',
  color: 'yellow',
  needsReview: false,
  orphaned: false,
  anchor: null,
  claimId: null,
  status: null,
  stance: null,
});

describe('stepSpan', () => {
  const spans = [span('a', 0), span('b', 10), span('c', 20)];
  it.each([
    [null, 1, 'a'],
    [null, -1, 'c'],
    ['a', 1, 'b'],
    ['c', 1, 'a'],
    ['a', -1, 'c'],
    ['gone', 1, 'a'],
  ] as const)('from %s by %i is %s', (from, direction, expected) => {
    expect(stepSpan(spans, from, direction)?.id).toBe(expected);
  });
  it('is null without spans', () => {
    expect(stepSpan([], 'a', 1)).toBeNull();
  });
});

describe('spansPerBlock', () => {
  it('puts each span in every block it overlaps, and none in the gaps', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
    ];
    const spans = [span('a', 2), span('b', 8), span('c', 23)];
    spans[1]!.end = 25; // crosses into the third block
    expect(spansPerBlock(blocks, spans).map((list) => list.map((s) => s.id))).toEqual([
      ['a', 'b'],
      ['b'],
      ['b', 'c'],
    ]);
  });
});

describe('buildReaderSpans', () => {
  it('places a claim on its article and evidence on the article it quotes', () => {
    const selector = (start: number) => ({
      position: { start, end: start + 4 },
      quote: { exact: 'text', prefix: '', suffix: '' },
    });
    const claim = {
      id: 'c1',
      statement: 's',
      documentId: 'd1',
      selector: selector(10),
      anchor: null,
      quoteId: null,
      claimantIds: [],
      tagIds: [],
      status: 'disputed' as const,
      credibility: 5 as const,
      evidence: [
        {
          id: 'e1',
          stance: 'refutes' as const,
          note: '',
          createdAt: '',
          target: { kind: 'span' as const, documentId: 'd1', selector: selector(2), anchor: null },
        },
        {
          id: 'e2',
          stance: 'supports' as const,
          note: '',
          createdAt: '',
          target: { kind: 'span' as const, documentId: 'd2', selector: selector(0), anchor: null },
        },
      ],
      statusChangedAt: null,
      createdAt: '',
      updatedAt: '',
    };
    const onD1 = buildReaderSpans([], [], [claim], 'd1');
    expect(onD1.map((s) => [s.id, s.kind, s.claimId, s.status, s.stance])).toEqual([
      ['e1', 'evidence', 'c1', null, 'refutes'],
      ['c1', 'claim', 'c1', 'disputed', null],
    ]);
    const onD2 = buildReaderSpans([], [], [claim], 'd2');
    expect(onD2.map((s) => [s.id, s.kind, s.stance])).toEqual([['e2', 'evidence', 'supports']]);
  });
});

describe('buildReaderSpans, quotes and highlights', () => {
  it('gives each its kind, colour, place and review state, in text order', () => {
    const selector = (start: number, end: number) => ({
      position: { start, end },
      quote: { exact: 'e', prefix: '', suffix: '' },
    });
    const anchor = { method: 'fuzzy', score: 0.8, previousExact: 'p', needsReview: true };
    const built = buildReaderSpans(
      [{ id: 'q1', selector: selector(5, 9), anchor } as never],
      [{ id: 'a1', selector: selector(1, 20), anchor: null, color: 'pink' } as never],
    );
    expect(built).toEqual([
      {
        id: 'a1',
        kind: 'highlight',
        claimId: null,
        status: null,
        stance: null,
        start: 1,
        end: 20,
        exact: 'e',
        color: 'pink',
        needsReview: false,
        orphaned: false,
        anchor: null,
      },
      {
        id: 'q1',
        kind: 'quote',
        claimId: null,
        status: null,
        stance: null,
        start: 5,
        end: 9,
        exact: 'e',
        color: null,
        needsReview: true,
        orphaned: false,
        anchor,
      },
    ]);
  });
});
