// Tests the in-place Myers search against approx-string-match, whose answers it must give: the
// same matches, starts and errors, for short and multi-block patterns, on any stretch.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import approxSearch from 'approx-string-match';
import { search } from './myers';

/** Words and letters that make near-misses likely, and characters beyond ASCII. */
const pieces = (maxLength: number) =>
  fc
    .array(fc.constantFrom('the ', 'talks ', 'Kyiv ', 'a', 'b', 'é', '’', ' ', '.'), { maxLength })
    .map((a) => a.join(''));

function expected(text: string, pattern: string, lo: number, hi: number, maxErrors: number) {
  return approxSearch(text.slice(lo, hi), pattern, maxErrors).map((m) => ({
    start: m.start + lo,
    end: m.end + lo,
    errors: m.errors,
  }));
}

describe('search', () => {
  it('is empty for an empty pattern or stretch', () => {
    expect(search('abc', '', 0, 3, 1)).toEqual([]);
    expect(search('abc', 'b', 2, 2, 1)).toEqual([]);
  });

  it('reports only the fewest-error matches, in the whole text’s offsets', () => {
    const text = 'said talks. said talka.';
    expect(search(text, 'said talks', 5, text.length, 3)).toEqual([
      { start: 12, end: 21, errors: 1 },
      { start: 12, end: 22, errors: 1 },
    ]);
    expect(search(text, 'said talks', 5, text.length, 3)).toEqual(
      expected(text, 'said talks', 5, text.length, 3),
    );
  });

  it('agrees with approx-string-match on short patterns', () => {
    fc.assert(
      fc.property(pieces(12), pieces(60), fc.nat(20), fc.nat(20), fc.nat(20), (p, t, k, a, b) => {
        const pattern = p.slice(0, 32) || 'a';
        const lo = Math.min(a, t.length);
        const hi = Math.max(lo, t.length - b);
        expect(search(t, pattern, lo, hi, k)).toEqual(expected(t, pattern, lo, hi, k));
      }),
      { seed: 41, numRuns: 2000 },
    );
  });

  it('agrees with approx-string-match on patterns of several blocks', () => {
    fc.assert(
      fc.property(pieces(40), pieces(80), fc.nat(120), fc.boolean(), (p, filler, k, plant) => {
        const pattern = p || 'talks';
        // Plant an edited copy, so that low-error matches spanning blocks occur.
        const copy = plant ? pattern.replace(/a/g, 'b').replace('the', 'th') : '';
        const text = filler + copy + filler;
        expect(search(text, pattern, 0, text.length, k)).toEqual(
          expected(text, pattern, 0, text.length, k),
        );
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});
