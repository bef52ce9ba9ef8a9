// Tests context similarity: the bit-parallel distance must equal the textbook dynamic
// programme, and reading must stay pinned to the quote's edge in both directions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import approxSearch from 'approx-string-match';
import { MAX_CONTEXT, compileContext, contextEdges, contextSimilarity } from './context';

/** Fewest edits turning `pattern` into some prefix of `text` (the pinned, free-end distance). */
function naiveDistance(pattern: string, text: string): number {
  let row = Array.from({ length: text.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost));
    }
    row = next;
  }
  return Math.min(...row);
}

describe('contextSimilarity', () => {
  const after = 'Mr. Witkoff told Fox News.';

  it('is 1 for intact context and 0 for nothing to compare with', () => {
    const suffix = compileContext(' Mr. Witkoff', 'suffix')!;
    expect(contextSimilarity(suffix, `said. ${after}`, 5, 1)).toBe(1);
    expect(contextSimilarity(suffix, 'said.', 5, 1)).toBe(0);
  });

  it('charges an insertion beside the quote only its own length', () => {
    const suffix = compileContext(after, 'suffix')!;
    const text = `XYZ${after}`;
    expect(contextSimilarity(suffix, text, 0, 1)).toBeCloseTo(1 - 3 / after.length, 10);
  });

  it('reads the prefix backwards from the quote', () => {
    const prefix = compileContext('Peskov said, ', 'prefix')!;
    const text = 'Dmitri S. Peskov said, “no”';
    expect(contextSimilarity(prefix, text, text.indexOf('“') - 1, -1)).toBe(1);
    expect(contextSimilarity(prefix, text, text.indexOf('“') - 2, -1)).toBeLessThan(1);
  });

  it('uses at most the 32 characters nearest the quote', () => {
    const long = 'x'.repeat(50) + 'abc';
    expect(compileContext(long, 'prefix')!.length).toBe(MAX_CONTEXT);
    expect(compileContext(long, 'prefix')!.chars.startsWith('cba')).toBe(true);
    expect(compileContext('', 'suffix')).toBeNull();
  });

  it('equals the dynamic-programming distance', () => {
    const str = (minLength: number, maxLength: number) =>
      fc
        .array(fc.constantFrom('a', 'b', 'c', ' ', '.'), { minLength, maxLength })
        .map((a) => a.join(''));
    // Full 32-character patterns use every bit of the word, the sign bit included.
    const patterns = fc.oneof(str(0, MAX_CONTEXT), str(MAX_CONTEXT, MAX_CONTEXT));
    fc.assert(
      fc.property(patterns, str(0, 80), (pattern, text) => {
        const compiled = compileContext(pattern, 'suffix');
        if (!compiled) return;
        const window = text.slice(0, 2 * pattern.length);
        const expected = 1 - naiveDistance(pattern, window) / pattern.length;
        expect(contextSimilarity(compiled, text, 0, 1)).toBeCloseTo(expected, 10);
      }),
      { seed: 21, numRuns: 2000 },
    );
  });
});

describe('contextEdges', () => {
  const str = (minLength: number, maxLength: number) =>
    fc
      .array(fc.constantFrom('a', 'b', 'c', ' ', '.'), { minLength, maxLength })
      .map((a) => a.join(''));

  it('finds where a prefix ends and where a suffix starts', () => {
    const text = 'Peskov said, “talks will go on.” Mr. Witkoff told Fox News.';
    const prefix = contextEdges('Peskov said, ', text, 0, text.length, 1, 3);
    expect(prefix).toEqual([{ edge: text.indexOf('“'), errors: 0 }]);
    const suffix = contextEdges(
      ' Mr. Witkoff'.split('').reverse().join(''),
      text,
      0,
      text.length,
      -1,
      3,
    );
    expect(suffix).toEqual([{ edge: text.indexOf(' Mr.'), errors: 0 }]);
    expect(contextEdges('zzzz', text, 0, text.length, 1, 1)).toEqual([]);
  });

  it('agrees with approx-string-match, forwards and backwards', () => {
    fc.assert(
      fc.property(str(1, MAX_CONTEXT), str(0, 60), fc.nat(16), (pattern, text, budget) => {
        const limit = Math.min(budget, pattern.length);
        const expected = approxSearch(text, pattern, limit).map((m) => ({
          edge: m.end,
          errors: m.errors,
        }));
        const unique = [...new Map(expected.map((e) => [e.edge, e])).values()];
        expect(contextEdges(pattern, text, 0, text.length, 1, limit)).toEqual(unique);
        const reverse = (s: string) => s.split('').reverse().join('');
        const backwards = contextEdges(reverse(pattern), text, 0, text.length, -1, limit);
        const mirrored = approxSearch(reverse(text), reverse(pattern), limit).map((m) => ({
          edge: text.length - m.end,
          errors: m.errors,
        }));
        expect(backwards).toEqual([...new Map(mirrored.map((e) => [e.edge, e])).values()]);
      }),
      { seed: 22, numRuns: 1500 },
    );
  });
});
