// Re-anchors stored selectors on a new version of an article: the stored position if the
// quote is still there, else the best exact occurrence, else the best approximate match.
import type { Selector } from '../domain/schema';
import { MAX_CONTEXT, compileContext, contextSimilarity } from './context';
import type { ContextPattern } from './context';
import { approxMatches, boundedDistance, errorBudget, matchesAround } from './fuzzy';
import type { RawMatch } from './fuzzy';
import { normaliseString, onBoundaries, toNormalised, toOriginal } from './normalise';
import { PreparedText } from './text-index';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface AnchorResult {
  /** Offsets in the new text as given (not its normalised form). */
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: 1 is the quote intact with its context intact at the same place. */
  score: number;
}

export interface AnchorOptions {
  /** Results scoring below this are reported as not found (null). */
  minScore?: number;
}

/**
 * Below this, a result goes to the analyst's "needs review" queue. Unrelated context agrees
 * about 0.25 by our measure, so an intact quote that lost its context on one side (a
 * neighbouring paragraph was cut) scores about 0.84 and passes, as does a quote with a typo or
 * two and its context intact (above 0.9). Review gets a quote whose context changed on both
 * sides (about 0.67: it may now be attributed to someone else), one left at the very end of
 * the text with a suffix stored (0.78), and one with over a third of its characters changed.
 */
export const REVIEW_THRESHOLD = 0.8;

/**
 * Below this nothing plausible was found: the best the search could offer is a half-matching
 * quote in unrelated surroundings (scores near 0.45), so null is the honest answer.
 */
export const DEFAULT_MIN_SCORE = 0.5;

// Weights of the score, as in Hypothesis's match-quote.ts. The quote's own similarity dominates;
// each side of context can move a score by a fifth, which is what decides between two copies of
// the same words; proximity to the old offset is only a tie-breaker between otherwise equal
// candidates, so a paragraph that moved far keeps a score near 1.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Approximate search looks at least this far (characters) around where the quote should be. */
const WINDOW_SLACK = 256;
/** Settled spans either side whose shift tells where to look. */
const NEIGHBOURS = 2;
/** From this many selectors on, the text is indexed for exact look-ups. */
const INDEX_FROM = 16;
/** Places verified when the whole text is searched through the index. */
const SEEDED_PLACES = 8;
/** Approximate matches whose edges are refined. */
const REFINED = 3;

/** A selector compiled against the normalisation: what is searched for. */
interface Query {
  readonly quote: string;
  readonly prefixText: string;
  readonly suffixText: string;
  readonly prefix: ContextPattern | null;
  readonly suffix: ContextPattern | null;
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly selector: Selector;
}

/** Finds where one selector sits in `text`. Null when nothing plausible is found. */
export function anchorSelector(
  text: string,
  selector: Selector,
  options: AnchorOptions = {},
): AnchorResult | null {
  return anchorAll(text, [selector], options)[0] ?? null;
}

/**
 * Re-anchors many selectors on one text, sharing its normalisation and index. Approximate
 * searches look first near where the neighbouring spans (by old position) landed, so a document
 * shifted by an insertion costs a window search per edited quote, not a whole-text search.
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
  const queries = selectors.map((s, i) => (literal[i] ? null : compile(s)));
  const first = queries.map((q, i) => literal[i] ?? (q ? atPositionOrExact(prep, q) : null));
  const hints = settledShifts(queries, first);
  return queries.map((q, i) => {
    if (!q) return literal[i] ?? null;
    let best = first[i] ?? null;
    const n = prep.norm.text.length;
    let searchedAll = false;
    for (const [lo, hi] of best && best.score >= REVIEW_THRESHOLD
      ? []
      : searchWindows(prep, q, hints)) {
      best = better(best, approximate(prep, q, lo, hi));
      searchedAll ||= lo === 0 && hi === n;
    }
    if ((!best || best.score < REVIEW_THRESHOLD) && !searchedAll) {
      best = better(best, approximate(prep, q, 0, n));
    }
    return best && best.score >= minScore ? best : null;
  });
}

function compile(selector: Selector): Query | null {
  const quote = normaliseString(selector.quote.exact);
  if (quote.trim() === '') return null;
  const prefixText = normaliseString(selector.quote.prefix).slice(-MAX_CONTEXT);
  const suffixText = normaliseString(selector.quote.suffix).slice(0, MAX_CONTEXT);
  const { start, end } = selector.position;
  const oldStart = Number.isFinite(start) ? Math.max(0, start) : 0;
  return {
    quote,
    prefixText,
    suffixText,
    prefix: compileContext(prefixText, 'prefix'),
    suffix: compileContext(suffixText, 'suffix'),
    oldStart,
    oldEnd: Number.isFinite(end) ? Math.max(oldStart, end) : oldStart,
    selector,
  };
}

function combine(quote: number, prefix: number, suffix: number, position: number): number {
  const raw =
    QUOTE_WEIGHT * quote +
    PREFIX_WEIGHT * prefix +
    SUFFIX_WEIGHT * suffix +
    POSITION_WEIGHT * position;
  return Math.min(1, Math.max(0, raw / TOTAL_WEIGHT));
}

/** Scores the normalised range [from, to) as a candidate with `errors` edits to the quote. */
function candidate(
  prep: PreparedText,
  q: Query,
  from: number,
  to: number,
  errors: number,
  method: AnchorMethod,
): AnchorResult | null {
  const { norm } = prep;
  if (method === 'fuzzy') {
    // An approximate match may begin inside an expansion ("…" is three dots): widen it, each
    // character added counting as one more error.
    const width = to - from;
    while (from > 0 && norm.starts[from] === norm.starts[from - 1]) from--;
    while (to < norm.starts.length && norm.starts[to] === norm.starts[to - 1]) to++;
    errors += to - from - width;
  }
  if (to <= from || !onBoundaries(norm, from, to)) return null;
  const { start, end } = toOriginal(norm, from, to);
  const { prefix, suffix } = contextAt(prep, q, from, to);
  const distance = Math.abs(start - q.oldStart) / Math.max(1, prep.original.length);
  const score = combine(1 - errors / q.quote.length, prefix, suffix, 1 - Math.min(1, distance));
  return { start, end, method, score };
}

/** Agreement of the stored prefix and suffix with the text around normalised [from, to). */
function contextAt(prep: PreparedText, q: Query, from: number, to: number) {
  const text = prep.norm.text;
  return {
    prefix: q.prefix ? contextSimilarity(q.prefix, text, from - 1, -1) : 1,
    suffix: q.suffix ? contextSimilarity(q.suffix, text, to, 1) : 1,
  };
}

function better(a: AnchorResult | null, b: AnchorResult | null): AnchorResult | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
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
 * The common case and the fast path: quote and context unchanged, character for character, at
 * the stored offsets. Needs no normalisation, so it holds even for offsets inside a cluster.
 */
function unchanged(text: string, selector: Selector): AnchorResult | null {
  const { start, end } = selector.position;
  const { exact, prefix, suffix } = selector.quote;
  if (exact === '' || start < 0 || text.slice(start, end) !== exact) return null;
  if (text.slice(Math.max(0, start - prefix.length), start) !== prefix) return null;
  if (text.slice(end, end + suffix.length) !== suffix) return null;
  return { start, end, method: 'position', score: 1 };
}

/** The stored offsets, if they still hold the quote (after normalisation), scored in place. */
function atPosition(prep: PreparedText, q: Query): AnchorResult | null {
  const { start, end } = q.selector.position;
  const { exact } = q.selector.quote;
  const text = prep.original;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    return null;
  }
  if (end <= start) return null;
  const slice = text.slice(start, end);
  if (slice !== exact && normaliseString(slice) !== q.quote) return null;
  const from = toNormalised(prep.norm, start);
  if (!prep.norm.text.startsWith(q.quote, from)) return null;
  const found = candidate(prep, q, from, from + q.quote.length, 0, 'position');
  return found && found.start === start && found.end === end ? found : null;
}

/** Step 2: every exact occurrence, ranked by context agreement, then nearness. */
function atExact(prep: PreparedText, q: Query): AnchorResult | null {
  const ranked = prep
    .occurrences(q.quote)
    .map((at) => candidate(prep, q, at, at + q.quote.length, 0, 'exact'))
    .filter((c): c is AnchorResult => c !== null)
    .sort((a, b) => b.score - a.score);
  // The normalised match maps back to whole characters, so this holds; checked, not assumed.
  return (
    ranked.find((c) => normaliseString(prep.original.slice(c.start, c.end)) === q.quote) ?? null
  );
}

/**
 * Step 3, within normalised [lo, hi): the quote's lowest-error matches, as Hypothesis does.
 * Across the whole text, when there is an index, the places its pieces point to are verified
 * instead of scanning everything: a quote too edited to keep any 8 characters in place is only
 * found near where it should be, by the full scan of a window.
 *
 * When those matches score poorly, the quote is also looked for where its stored prefix ends
 * and its suffix begins. That finds a quote edited in place while a less edited copy of similar
 * words stands elsewhere: approximate search returns only the fewest-error matches, so the
 * copy would hide it.
 */
function approximate(prep: PreparedText, q: Query, lo: number, hi: number): AnchorResult | null {
  const text = prep.norm.text;
  const whole = lo === 0 && hi === text.length;
  const find = (pattern: string): RawMatch[] => {
    const seeds = whole ? prep.likelyStarts(pattern, SEEDED_PLACES) : null;
    if (!seeds) return approxMatches(text, pattern, lo, hi);
    return matchesAround(text, pattern, seeds, lo, hi);
  };
  let best = bestRefined(prep, q, find(q.quote));
  if ((best && best.score >= REVIEW_THRESHOLD) || (!q.prefix && !q.suffix)) return best;
  const places = [
    ...(q.prefixText ? find(q.prefixText).map((m) => m.end) : []),
    ...(q.suffixText ? find(q.suffixText).map((m) => m.start - q.quote.length) : []),
  ];
  best = better(best, bestRefined(prep, q, matchesAround(text, q.quote, places, lo, hi)));
  return best;
}

/** Scores every match, then refines the edges of the few best, since refining costs more. */
function bestRefined(prep: PreparedText, q: Query, matches: RawMatch[]): AnchorResult | null {
  const ranked = matches
    .map((m) => ({ m, c: candidate(prep, q, m.start, m.end, m.errors, 'fuzzy') }))
    .filter((x) => x.c !== null)
    .sort((a, b) => b.c!.score - a.c!.score);
  let best: AnchorResult | null = null;
  for (const { m } of ranked.slice(0, REFINED)) best = better(best, refined(prep, q, m));
  return best;
}

/** Edges further than this from where the alignment put them are not looked for. */
const EDGE_SLACK = 64;

/**
 * An approximate match's edges are where the cheapest alignment put them, which can swallow
 * neighbouring characters when the quote's own edge was rewritten ("Many Ukrainian officials
 * and analysts" cut to "Many analysts" aligns better with the end of the previous paragraph
 * than with nothing). So also try the edges where the stored prefix and suffix fit best, and
 * keep the span that scores highest.
 */
function refined(prep: PreparedText, q: Query, m: RawMatch): AnchorResult | null {
  let best = candidate(prep, q, m.start, m.end, m.errors, 'fuzzy');
  const budget = errorBudget(q.quote.length);
  const starts = new Set([m.start, bestEdge(prep, q.prefix, m.start, budget, -1)]);
  const ends = new Set([m.end, bestEdge(prep, q.suffix, m.end, budget, 1)]);
  for (const s of starts) {
    for (const e of ends) {
      if (e <= s || (s === m.start && e === m.end)) continue;
      // Moving an edge by one character changes the distance by at most one.
      const limit = Math.min(budget, m.errors + Math.abs(s - m.start) + Math.abs(e - m.end));
      const errors = boundedDistance(q.quote, prep.norm.text.slice(s, e), limit);
      if (errors <= limit) best = better(best, candidate(prep, q, s, e, errors, 'fuzzy'));
    }
  }
  return best;
}

/** The offset near `at` where the context, read away from the quote, agrees best. */
function bestEdge(
  prep: PreparedText,
  pattern: ContextPattern | null,
  at: number,
  budget: number,
  step: 1 | -1,
): number {
  if (!pattern) return at;
  const text = prep.norm.text;
  const similarity = (edge: number) =>
    contextSimilarity(pattern, text, step === -1 ? edge - 1 : edge, step);
  let best = at;
  let bestScore = similarity(at);
  const reach = Math.min(budget, EDGE_SLACK);
  for (let d = 1; d <= reach && bestScore < 1; d++) {
    for (const edge of [at - d, at + d]) {
      if (edge < 0 || edge > text.length) continue;
      const score = similarity(edge);
      if (score > bestScore) [best, bestScore] = [edge, score];
    }
  }
  return best;
}

interface Shift {
  oldStart: number;
  delta: number;
}

/** How far confidently anchored spans moved, by old position: hints for the rest. */
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
 * The normalised ranges to search first: around the old offset, moved as the nearest settled
 * neighbours (two either side, by old offset) moved, give or take the old distance to that
 * neighbour (the most text an edit between them could have cut) plus some slack for text
 * added. Separate windows, not one spanning them: a neighbour settled on a copy far away must
 * not turn the window into the whole text. With no neighbour, the old offset itself.
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
  const windows: [number, number][] = [];
  const hints = near.length > 0 ? near : [{ oldStart: q.oldStart, delta: 0 }];
  for (const { oldStart, delta } of hints.sort((a, b) => a.delta - b.delta)) {
    const reach = Math.abs(q.oldStart - oldStart) + Math.max(WINDOW_SLACK, q.quote.length);
    const from = q.oldStart + delta - reach;
    const to = q.oldEnd + delta + reach;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const n = prep.norm.text.length;
  const clamp = (offset: number) => Math.max(0, Math.min(n, toNormalised(prep.norm, offset)));
  return windows.map(([from, to]) => [clamp(from), clamp(to)]);
}
