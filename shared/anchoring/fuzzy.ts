// Approximate search for a quote in a stretch of normalised text, with the error budget of
// Hypothesis's match-quote.ts and a piecewise search that keeps long quotes fast.
import { search as myersSearch } from './myers';

/** A candidate in normalised offsets, with its edit distance to the searched pattern. */
export interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Errors allowed when searching for a pattern. As in Hypothesis this trades recall (finding a
 * quote that was edited a lot) against precision (a quote half rewritten is arguably not the
 * same quote any more) and cost: Myers' algorithm takes O(maxErrors / 32 * text length), so
 * the budget is half the pattern, capped at 256.
 */
export function errorBudget(length: number): number {
  return Math.min(256, Math.floor(length / 2));
}

/** Longer patterns are searched piecewise: a single search would run length / 32 bit-vectors. */
export const LONG_QUOTE = 64;
const PIECE = 32;
/** Stretches shorter than this are searched whole, whatever the pattern's length. */
const PIECEWISE_FROM = 2048;
/** Enough to verify every plausible place, few enough that a common phrase stays cheap. */
const MAX_VERIFIED = 8;

/**
 * The lowest-error matches of `pattern` in text[from, to): the search, like approx-string-match,
 * returns only the matches with the fewest errors; context and position then choose among them. A long
 * pattern is found piecewise, and then the best match of each place its pieces found is kept.
 */
export function approxMatches(text: string, pattern: string, from: number, to: number): RawMatch[] {
  if (pattern === '' || to <= from) return [];
  // Piecewise only pays off over a stretch much longer than the pattern.
  const small = to - from <= Math.max(PIECEWISE_FROM, 8 * pattern.length);
  if (pattern.length <= LONG_QUOTE || small) {
    return search(text, pattern, from, to, errorBudget(pattern.length));
  }
  return searchLong(text, pattern, from, to);
}

function search(
  text: string,
  pattern: string,
  from: number,
  to: number,
  budget: number,
): RawMatch[] {
  return myersSearch(text, pattern, from, to, budget).filter((m) => m.end > m.start);
}

/**
 * Finds a long quote by its head, middle and tail (32 characters each, with their own budget
 * of 16 errors), then verifies the whole quote only around the places those pieces imply. A
 * quote edited at one end is still found by the other pieces; one edited in all three pieces
 * at once is past recognising anyway.
 */
function searchLong(text: string, pattern: string, from: number, to: number): RawMatch[] {
  const middle = Math.floor((pattern.length - PIECE) / 2);
  const pieces: [string, (m: RawMatch) => number][] = [
    [pattern.slice(0, PIECE), (m) => m.start],
    [pattern.slice(middle, middle + PIECE), (m) => m.start - middle],
    [pattern.slice(-PIECE), (m) => m.end - pattern.length],
  ];
  const implied: { start: number; errors: number }[] = [];
  for (const [piece, startOf] of pieces) {
    for (const m of search(text, piece, from, to, errorBudget(PIECE))) {
      implied.push({ start: startOf(m), errors: m.errors });
    }
  }
  implied.sort((a, b) => a.errors - b.errors || a.start - b.start);
  return matchesAround(
    text,
    pattern,
    implied.map((i) => i.start),
    from,
    to,
  );
}

/**
 * Verifies `pattern` around each place it may start (best-supported first), within
 * text[from, to). Places closer than the error budget are one place. Returns the best matches
 * of every place verified, not only the fewest-error ones: these few are worth scoring with
 * their context.
 */
export function matchesAround(
  text: string,
  pattern: string,
  places: readonly number[],
  from: number,
  to: number,
): RawMatch[] {
  const budget = errorBudget(pattern.length);
  const distinct: number[] = [];
  for (const place of places) {
    if (distinct.length >= MAX_VERIFIED) break;
    if (distinct.every((p) => Math.abs(p - place) > budget)) distinct.push(place);
  }
  const results: RawMatch[] = [];
  for (const place of distinct) {
    const lo = Math.max(from, place - budget);
    const hi = Math.min(to, place + pattern.length + budget);
    for (const m of search(text, pattern, lo, hi, budget)) {
      if (!results.some((r) => r.start === m.start && r.end === m.end)) results.push(m);
    }
  }
  return results;
}

/** Rows of the banded distance, reused: refining an edge computes thousands of distances. */
let previousRow = new Int32Array(256);
let currentRow = new Int32Array(256);

/**
 * Levenshtein distance between `a` and `b`, or `limit + 1` once it exceeds `limit`. Only the
 * diagonal band of width 2 * limit + 1 is computed, so scoring a candidate span costs
 * O(length * limit), not O(length^2). Characters the two share at either end are skipped
 * first, which changes no distance: a quote and its match usually differ in a few places.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  let head = 0;
  const shorter = Math.min(a.length, b.length);
  while (head < shorter && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)
  ) {
    tail++;
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 || m === 0) return Math.min(n + m, over);
  if (previousRow.length <= m) {
    previousRow = new Int32Array(2 * m + 2);
    currentRow = new Int32Array(2 * m + 2);
  }
  let prev = previousRow;
  let cur = currentRow;
  prev.fill(over, 0, m + 1);
  cur.fill(over, 0, m + 1);
  for (let j = 0; j <= Math.min(m, limit); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(m, i + limit);
    cur[lo - 1] = lo === 1 && i <= limit ? i : over;
    let rowMin = cur[lo - 1]!;
    const code = a.charCodeAt(head + i - 1);
    for (let j = lo; j <= hi; j++) {
      const diagonal = prev[j - 1]! + (code === b.charCodeAt(head + j - 1) ? 0 : 1);
      const value = Math.min(diagonal, prev[j]! + 1, cur[j - 1]! + 1, over);
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > limit) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m]!, over);
}
