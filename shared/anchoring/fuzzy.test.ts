// Tests approximate search: the banded distance against the textbook one, and that the
// piecewise search for long quotes finds what one whole-text search would.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import approxSearch from 'approx-string-match';
import { LONG_QUOTE, approxMatches, boundedDistance, errorBudget } from './fuzzy';

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost));
    }
    row = next;
  }
  return row[b.length]!;
}

const words = (maxLength: number) =>
  fc
    .array(fc.constantFrom('the ', 'talks ', 'Kyiv ', 'said ', 'a', 'b', '.', ' '), { maxLength })
    .map((a) => a.join(''));

describe('boundedDistance', () => {
  it('equals Levenshtein distance up to the limit', () => {
    fc.assert(
      fc.property(words(20), words(20), fc.integer({ min: 0, max: 30 }), (a, b, limit) => {
        const d = levenshtein(a, b);
        expect(boundedDistance(a, b, limit)).toBe(d <= limit ? d : limit + 1);
      }),
      { seed: 31, numRuns: 1500 },
    );
  });
});

describe('errorBudget', () => {
  it('allows half the pattern, capped at 256', () => {
    expect(errorBudget(9)).toBe(4);
    expect(errorBudget(100)).toBe(50);
    expect(errorBudget(5000)).toBe(256);
  });
});

describe('approxMatches', () => {
  const filler = 'Officials met in Riyadh on Sunday and Monday to discuss shipping. ';
  const quote =
    'Both sides still believe that they can continue the war regardless of the American position';

  it('is empty for an empty pattern or range', () => {
    expect(approxMatches('abc', '', 0, 3)).toEqual([]);
    expect(approxMatches('abc', 'b', 2, 2)).toEqual([]);
  });

  it('searches only the given range, in whole-text offsets', () => {
    const text = 'said talks. said talks.';
    expect(approxMatches(text, 'said talk', 10, text.length)).toEqual([
      { start: 12, end: 21, errors: 0 },
    ]);
  });

  it('finds a long quote edited at either end as well as a whole search would', () => {
    expect(quote.length).toBeGreaterThan(LONG_QUOTE);
    for (const edited of [
      `Both camps still think${quote.slice('Both sides still believe'.length)}`,
      `${quote.slice(0, -'American position'.length)}US stance`,
      quote.replace('continue', 'carry on'),
    ]) {
      const text = filler.repeat(20) + edited + filler.repeat(20);
      const whole = approxSearch(text, quote, errorBudget(quote.length));
      const minErrors = Math.min(...whole.map((m) => m.errors));
      const found = approxMatches(text, quote, 0, text.length);
      expect(Math.min(...found.map((m) => m.errors))).toBe(minErrors);
      const at = text.indexOf(edited);
      expect(found.some((m) => Math.abs(m.start - at) <= 3)).toBe(true);
    }
  });

  it('finds nothing for a long quote with no trace in the text', () => {
    const text = filler.repeat(30);
    expect(approxMatches(text, quote, 0, text.length)).toEqual([]);
  });
});
