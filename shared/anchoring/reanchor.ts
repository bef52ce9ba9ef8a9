// Re-anchors stored selectors on a new version of an article: the stored position if the
// quote is still there, else the best exact occurrence, else the best approximate match.
import type { Selector } from '../domain/schema';
import { approximate } from './approximate';
import { errorBudget } from './fuzzy';
import { MAX_CONTEXT } from './context';
import { normaliseString, toNormalised } from './normalise';
import { REVIEW_THRESHOLD, better, candidate, compileQuery } from './score';
import type { AnchorResult, Query } from './score';
import { PreparedText } from './text-index';

export type { AnchorMethod, AnchorResult } from './score';
export { REVIEW_THRESHOLD } from './score';

export interface AnchorOptions {
  /** Results scoring below this are reported as not found (null). */
  minScore?: number;
}

/**
 * Below this nothing plausible was found: the best the search could offer is a half-matching
 * quote in unrelated surroundings (scores near 0.45), so null is the honest answer.
 */
export const DEFAULT_MIN_SCORE = 0.5;

/** From this many selectors on, the text is indexed for exact and whole-text look-ups. */
const INDEX_FROM = 16;
/** Exact occurrences scored in full; the rest are ranked by a cheaper measure first. */
const SCORED_OCCURRENCES = 6;
/** Settled spans either side whose shift tells where to look for an edited quote. */
const NEIGHBOURS = 2;

/** Finds where one selector sits in `text`. Null when nothing plausible is found. */
export function anchorSelector(
  text: string,
  selector: Selector,
  options: AnchorOptions = {},
): AnchorResult | null {
  return anchorAll(text, [selector], options)[0] ?? null;
}

/**
 * Re-anchors many selectors on one text, sharing its normalisation and index. An edited quote
 * is looked for first where its neighbours (by old offset) say it should be, so a revision
 * costs a small window search per edited quote, and a whole-text search only for quotes that
 * are not there (moved, or deleted).
 */
export function anchorAll(
  text: string,
  selectors: readonly Selector[],
  options: AnchorOptions = {},
): (AnchorResult | null)[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (text === '') return selectors.map(() => null);
  const prep = new PreparedText(text, selectors.length >= INDEX_FROM);
  const literal = selectors.map((s) => unchanged(text, s));
  const queries = selectors.map((s, i) => (literal[i] ? null : compileQuery(s)));
  const first = queries.map((q, i) => literal[i] ?? (q ? atPositionOrExact(prep, q) : null));
  const shifts = settledShifts(queries, first);
  return queries.map((q, i) => {
    if (!q) return literal[i] ?? null;
    const best = searched(prep, q, first[i] ?? null, shifts);
    return best && best.score >= minScore ? best : null;
  });
}

function settles(result: AnchorResult | null): boolean {
  return result !== null && result.score >= REVIEW_THRESHOLD;
}

/** Step 3 for a quote not settled by steps 1 and 2: near its neighbours, then everywhere. */
function searched(
  prep: PreparedText,
  q: Query,
  first: AnchorResult | null,
  shifts: Shift[],
): AnchorResult | null {
  if (settles(first)) return first;
  const n = prep.norm.text.length;
  let best = first;
  let searchedAll = false;
  for (const [lo, hi] of searchWindows(prep, q, shifts)) {
    best = better(best, approximate(prep, q, lo, hi));
    searchedAll ||= lo === 0 && hi === n;
    if (settles(best)) return best;
  }
  return searchedAll ? best : better(best, approximate(prep, q, 0, n));
}

/**
 * The common case and the fast path: quote and context unchanged, character for character, at
 * the stored offsets. Needs no normalisation, so it holds even for offsets inside a cluster.
 */
function unchanged(text: string, selector: Selector): AnchorResult | null {
  const { start, end } = selector.position;
  const { exact, prefix, suffix } = selector.quote;
  if (exact === '' || !Number.isInteger(start) || start < 0) return null;
  if (text.slice(start, end) !== exact) return null;
  if (text.slice(Math.max(0, start - prefix.length), start) !== prefix) return null;
  if (text.slice(end, end + suffix.length) !== suffix) return null;
  return { start, end, method: 'position', score: 1 };
}

/**
 * Steps 1 and 2. The stored offsets win when they still hold the quote and nothing fits
 * better: an intact context there settles it at once; otherwise the stored offsets compete with
 * every exact occurrence, since an edit may have slid another copy of the same words under
 * them.
 */
function atPositionOrExact(prep: PreparedText, q: Query): AnchorResult | null {
  const stored = atPosition(prep, q);
  if (stored && stored.score === 1) return stored;
  const exact = atExact(prep, q);
  if (stored && exact && exact.start === stored.start && exact.end === stored.end) return stored;
  return better(stored, exact);
}

/**
 * The stored offsets, if they still hold the quote (after normalisation), scored in place: the
 * normalised text there starts with the quote and maps back to exactly these offsets.
 */
function atPosition(prep: PreparedText, q: Query): AnchorResult | null {
  const { start, end } = q.selector.position;
  const text = prep.original;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    return null;
  }
  if (end <= start) return null;
  const from = toNormalised(prep.norm, start);
  if (!prep.norm.text.startsWith(q.quote, from)) return null;
  const found = candidate(prep, q, from, from + q.quote.length, 0, 'position');
  return found && found.start === start && found.end === end ? found : null;
}

/**
 * Step 2: the exact occurrences, ranked by context agreement, then nearness. A common phrase
 * can occur dozens of times; only the likeliest few are scored in full: those with the most
 * characters of context agreeing right beside them, and those nearest the old offset.
 */
function atExact(prep: PreparedText, q: Query): AnchorResult | null {
  let places = prep.occurrences(q.quote);
  if (places.length > SCORED_OCCURRENCES) {
    const text = prep.norm.text;
    const len = q.quote.length;
    const keyed = places.map((at) => ({
      at,
      agree:
        agreeing(text, at - 1, -1, q.prefix?.chars ?? '') +
        agreeing(text, at + len, 1, q.suffix?.chars ?? ''),
      distance: Math.abs(prep.norm.starts[at]! - q.oldStart),
    }));
    const half = SCORED_OCCURRENCES / 2;
    const byNearness = keyed.sort((a, b) => a.distance - b.distance).slice(0, half);
    const byContext = keyed.sort((a, b) => b.agree - a.agree || a.distance - b.distance);
    places = [...new Set([...byContext.slice(0, half), ...byNearness].map((k) => k.at))];
  }
  // The best-scoring place that holds the quote; on a tie, the first.
  let best: AnchorResult | null = null;
  for (const at of places) {
    const c = candidate(prep, q, at, at + q.quote.length, 0, 'exact');
    if (c && (!best || c.score > best.score) && holdsQuote(prep, q, c)) best = c;
  }
  return best;
}

/** The normalised match maps back to whole characters, so this holds; checked, not assumed. */
function holdsQuote(prep: PreparedText, q: Query, c: AnchorResult): boolean {
  const slice = prep.original.slice(c.start, c.end);
  return slice === q.selector.quote.exact || normaliseString(slice) === q.quote;
}

/** How many characters of `chars` (context read outward) agree with the text from `from`. */
function agreeing(text: string, from: number, step: 1 | -1, chars: string): number {
  let k = 0;
  for (let pos = from; k < chars.length && pos >= 0 && pos < text.length; pos += step, k++) {
    if (text.charCodeAt(pos) !== chars.charCodeAt(k)) break;
  }
  return k;
}

interface Shift {
  oldStart: number;
  delta: number;
}

/** How far confidently anchored spans moved, by old offset: where to look for the rest. */
function settledShifts(queries: (Query | null)[], first: (AnchorResult | null)[]): Shift[] {
  const shifts: Shift[] = [];
  queries.forEach((q, i) => {
    const r = first[i];
    if (q && r && r.score >= REVIEW_THRESHOLD) {
      shifts.push({ oldStart: q.oldStart, delta: r.start - q.oldStart });
    }
  });
  return shifts.sort((a, b) => a.oldStart - b.oldStart);
}

/**
 * The normalised ranges to search first: the old span moved as each of the nearest settled
 * neighbours moved, widened by the old distance to that neighbour (what edits between them may
 * have shifted), the error budget (an edited quote's own length changes) and one context's
 * length. Separate windows, not one spanning them, so that a neighbour settled on a copy far
 * away does not turn the window into the whole text. With no neighbour: the old offsets.
 */
function searchWindows(prep: PreparedText, q: Query, shifts: Shift[]): [number, number][] {
  let lo = 0;
  let hi = shifts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid]!.oldStart < q.oldStart) lo = mid + 1;
    else hi = mid;
  }
  const near = shifts.slice(Math.max(0, lo - NEIGHBOURS), lo + NEIGHBOURS);
  const hints = near.length > 0 ? near : [{ oldStart: q.oldStart, delta: 0 }];
  const slack = errorBudget(q.quote.length) + MAX_CONTEXT;
  const windows: [number, number][] = [];
  // Nearest neighbour first: its shift is the likeliest to hold here too.
  hints.sort((a, b) => Math.abs(q.oldStart - a.oldStart) - Math.abs(q.oldStart - b.oldStart));
  for (const { oldStart, delta } of hints) {
    const reach = Math.abs(q.oldStart - oldStart) + slack;
    const from = q.oldStart + delta - reach;
    const to = q.oldEnd + delta + reach;
    const same = windows.find((w) => from <= w[1] && to >= w[0]);
    if (same) [same[0], same[1]] = [Math.min(same[0], from), Math.max(same[1], to)];
    else windows.push([from, to]);
  }
  const n = prep.norm.text.length;
  return windows.map(([from, to]) => [
    Math.max(0, Math.min(n, toNormalised(prep.norm, from))),
    Math.max(0, Math.min(n, toNormalised(prep.norm, to))),
  ]);
}
