// Property tests of re-anchoring: unchanged text gives the stored span at score 1, empty input
// gives null, results stay inside the text, and scores fall as quote or context degrade.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Selector } from '../domain/schema';
import { canonicalizeText } from '../text/canonical';
import { normaliseString } from './normalise';
import { anchorAll, anchorSelector } from './reanchor';
import { describeSpan } from './selectors';

const SAMPLE = canonicalizeText(
  readFileSync(
    new URL('../../resources/sample/riyadh-ceasefire-talks.txt', import.meta.url),
    'utf8',
  ),
);

/** Text made of words and the characters the normaliser folds, so edits meet them often. */
const trickyText = fc
  .array(
    fc.constantFrom(
      ...['Kyiv ', 'said ', 'talks ', 'the ', 'truce', 'a', 'e\u0301', ' ', '  ', '\n\n', '\u00A0'],
      ...['-', '—', ' — ', "'", '’', '"', '“', '”', '…', '...', '.', ',', 'ﬁ', '\u200B', '😀'],
    ),
    { minLength: 1, maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** A span [start, end) of a text, as two fractions of its length. */
const spanOf = (text: string, a: number, b: number): [number, number] => {
  const start = Math.floor(a * text.length);
  return [start, Math.min(text.length, start + 1 + Math.floor(b * (text.length - start)))];
};

describe('anchoring properties', () => {
  it('returns the stored span with score 1 on the unchanged sample', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        (a, len) => {
          const start = Math.floor(a * (SAMPLE.length - 1));
          const selector = describeSpan(SAMPLE, start, Math.min(SAMPLE.length, start + len));
          if (!selector) return;
          const { start: s, end: e } = selector.position;
          expect(anchorSelector(SAMPLE, selector)).toEqual({
            start: s,
            end: e,
            method: 'position',
            score: 1,
          });
        },
      ),
      { seed: 41, numRuns: 300 },
    );
  });

  it('returns the stored span with score 1 on any unchanged text, whatever its characters', () => {
    fc.assert(
      fc.property(
        trickyText,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (text, a, b) => {
          const [start, end] = spanOf(text, a, b);
          const selector = describeSpan(text, start, end);
          if (!selector) return;
          expect(anchorSelector(text, selector)).toEqual({
            start,
            end,
            method: 'position',
            score: 1,
          });
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });

  it('gives null for empty inputs', () => {
    const selector = describeSpan(SAMPLE, 10, 40)!;
    expect(anchorSelector('', selector)).toBeNull();
    expect(anchorAll('', [selector, selector])).toEqual([null, null]);
    expect(anchorAll(SAMPLE, [])).toEqual([]);
    const blank = (exact: string): Selector => ({
      ...selector,
      quote: { ...selector.quote, exact },
    });
    expect(anchorSelector(SAMPLE, blank(''))).toBeNull();
    expect(anchorSelector(SAMPLE, blank(' \n\u00A0'))).toBeNull();
    expect(anchorSelector(SAMPLE, blank('\u200B'))).toBeNull();
  });

  it('returns spans inside the new text, holding the quote when found exactly', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      cut: fc.nat(6),
      insert: trickyText,
    });
    fc.assert(
      fc.property(
        trickyText,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(edit, { maxLength: 4 }),
        (before, a, b, edits) => {
          const [start, end] = spanOf(before, a, b);
          const selector = describeSpan(before, start, end);
          if (!selector) return;
          let after = before;
          for (const { at, cut, insert } of edits) {
            const i = Math.floor(at * after.length);
            after = after.slice(0, i) + insert + after.slice(i + cut);
          }
          const result = anchorSelector(after, selector, { minScore: 0 });
          if (!result) return;
          expect(0 <= result.start && result.start < result.end && result.end <= after.length).toBe(
            true,
          );
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          if (result.method !== 'fuzzy') {
            const found = normaliseString(after.slice(result.start, result.end));
            expect(found).toBe(normaliseString(selector.quote.exact));
          }
        },
      ),
      { seed: 43, numRuns: 1000 },
    );
  });
});

/** Deterministic pseudo-random numbers: the same spans and edits on every run. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 4294967296;
  };
}

/** `count` cumulative substitutions at distinct places: degrade(s, k) has k of them. */
function degrader(text: string, count: number, rand: () => number): (k: number) => string {
  const places: number[] = [];
  while (places.length < Math.min(count, text.length)) {
    const p = Math.floor(rand() * text.length);
    if (!places.includes(p)) places.push(p);
  }
  return (k) => {
    const chars = text.split('');
    for (const p of places.slice(0, k)) chars[p] = chars[p] === 'q' ? 'z' : 'q';
    return chars.join('');
  };
}

describe('scores fall as the selector degrades', () => {
  const STEPS = 6;
  const rand = rng(7);
  const selectors: Selector[] = [];
  while (selectors.length < 40) {
    const start = 40 + Math.floor(rand() * (SAMPLE.length - 200));
    const s = describeSpan(SAMPLE, start, start + 20 + Math.floor(rand() * 60));
    if (s && s.quote.prefix.length === 32 && s.quote.suffix.length === 32) selectors.push(s);
  }

  it.each(['exact', 'prefix', 'suffix'] as const)('as the stored %s degrades', (part) => {
    const scores = selectors.map((selector) => {
      const degrade = degrader(selector.quote[part], STEPS, rand);
      return Array.from({ length: STEPS + 1 }, (_v, k) => {
        const quote = { ...selector.quote, [part]: degrade(k) };
        return anchorSelector(SAMPLE, { ...selector, quote })?.score ?? 0;
      });
    });
    for (const series of scores) {
      expect(series[0]).toBe(1);
      // Per step: never higher, give or take a rounding-sized tolerance (a substitution can
      // by chance make the stored text fit a little better elsewhere).
      for (let k = 1; k <= STEPS; k++)
        expect(series[k]!).toBeLessThanOrEqual(series[k - 1]! + 0.01);
    }
    // On average: strictly lower at every step.
    const mean = (k: number) => scores.reduce((sum, s) => sum + s[k]!, 0) / scores.length;
    for (let k = 1; k <= STEPS; k++) expect(mean(k)).toBeLessThan(mean(k - 1));
  });
});
