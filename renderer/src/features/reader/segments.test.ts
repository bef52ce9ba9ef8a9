import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentBlock } from './segments';

describe('segmentBlock', () => {
  it('returns one plain run without spans', () => {
    expect(segmentBlock(10, 20, [])).toEqual([{ start: 10, end: 20, spanIds: [] }]);
  });

  it('splits nested and overlapping spans, innermost first', () => {
    const spans = [
      { id: 'outer', start: 0, end: 10 },
      { id: 'inner', start: 2, end: 4 },
      { id: 'cross', start: 8, end: 14 },
    ];
    expect(segmentBlock(0, 12, spans)).toEqual([
      { start: 0, end: 2, spanIds: ['outer'] },
      { start: 2, end: 4, spanIds: ['inner', 'outer'] },
      { start: 4, end: 8, spanIds: ['outer'] },
      { start: 8, end: 10, spanIds: ['cross', 'outer'] },
      { start: 10, end: 12, spanIds: ['cross'] },
    ]);
  });

  it('clips spans that reach outside the block and ignores spans elsewhere', () => {
    expect(
      segmentBlock(5, 9, [
        { id: 'a', start: 0, end: 7 },
        { id: 'b', start: 20, end: 30 },
      ]),
    ).toEqual([
      { start: 5, end: 7, spanIds: ['a'] },
      { start: 7, end: 9, spanIds: [] },
    ]);
  });

  it('covers the block exactly, and each run is covered by exactly the spans containing it', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 }))
      .map(([start, len]) => ({ start, end: start + len }));
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (raw, from) => {
          const spans = raw.map((s, i) => ({ id: `s${i}`, ...s }));
          const to = from + 25;
          const segments = segmentBlock(from, to, spans);
          expect(segments[0]?.start).toBe(from);
          expect(segments.at(-1)?.end).toBe(to);
          segments.forEach((seg, i) => {
            if (i > 0) expect(seg.start).toBe(segments[i - 1]!.end);
            const expected = spans
              .filter((s) => s.start <= seg.start && s.end >= seg.end)
              .map((s) => s.id);
            expect([...seg.spanIds].sort()).toEqual(expected.sort());
          });
        },
      ),
    );
  });
});
