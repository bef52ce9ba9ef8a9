// Step 3 of re-anchoring: approximate matches of an edited quote, their edges set by the stored
// context, scored like the other steps.
import { contextEdges, contextSimilarity } from './context';
import type { ContextPattern } from './context';
import { approxMatches, boundedDistance, errorBudget, matchesAround } from './fuzzy';
import type { RawMatch } from './fuzzy';
import { REVIEW_THRESHOLD, better, candidate } from './score';
import type { AnchorResult, Query } from './score';
import type { PreparedText } from './text-index';

/** Places verified when the whole text is searched through the index. */
const SEEDED_PLACES = 4;
/** Approximate matches whose edges are refined: refining costs more than scoring. */
const REFINED = 2;
/** The share of a context's characters that may differ for it to still locate its quote. */
const CONTEXT_ERRORS = 0.25;
/** Edges this close to where the alignment put them are each tried. */
const NEAR_EDGE = 8;
/** Edges further than this from where the alignment put them are not looked for. */
const EDGE_SLACK = 64;

/**
 * The best approximate match of the quote within normalised [lo, hi), or null.
 *
 * First the quote's lowest-error matches, as Hypothesis does. Across the whole text, when there
 * is an index, only the few places its 8-character pieces point to are verified instead of
 * scanning everything: a quote too edited to keep its pieces is then found only near where it
 * should be, where the caller has already searched a window in full.
 *
 * In a window, when those score poorly, the quote is also looked for where its stored prefix
 * ends and its suffix begins. That finds a quote edited in place while a less edited copy of
 * similar words stands nearby: approximate search returns only the fewest-error matches, so
 * the copy would hide it. Not across the whole text: a quote is edited "in place" near where
 * its neighbours say it is.
 */
export function approximate(
  prep: PreparedText,
  q: Query,
  lo: number,
  hi: number,
): AnchorResult | null {
  const text = prep.norm.text;
  const whole = lo === 0 && hi === text.length;
  const seeds = whole ? prep.likelyStarts(q.quote, SEEDED_PLACES) : null;
  const matches = seeds
    ? matchesAround(text, q.quote, seeds, lo, hi)
    : approxMatches(text, q.quote, lo, hi);
  const best = bestRefined(prep, q, matches);
  if ((best && best.score >= REVIEW_THRESHOLD) || (!q.prefix && !q.suffix) || seeds) return best;
  // Only context found nearly intact says where the quote was.
  const places = [
    ...contextEdges(q.prefixAhead, text, lo, hi, 1, contextErrors(q.prefixText)).map((f) => f.edge),
    ...contextEdges(q.suffixBehind, text, lo, hi, -1, contextErrors(q.suffixText)).map(
      (f) => f.edge - q.quote.length,
    ),
  ];
  if (places.length === 0) return best;
  return better(best, bestRefined(prep, q, matchesAround(text, q.quote, places, lo, hi)));
}

function contextErrors(context: string): number {
  return Math.floor(context.length * CONTEXT_ERRORS);
}

/** Scores every match, then refines the edges of the few best. */
function bestRefined(prep: PreparedText, q: Query, matches: RawMatch[]): AnchorResult | null {
  const ranked = matches
    .map((m) => ({ m, c: candidate(prep, q, m.start, m.end, m.errors, 'fuzzy') }))
    .filter((x) => x.c !== null)
    .sort((a, b) => b.c!.score - a.c!.score);
  let best: AnchorResult | null = null;
  for (const { m } of ranked.slice(0, REFINED)) best = better(best, refinedOnce(prep, q, m));
  return best;
}

/**
 * Each query's refined matches, by span and errors. One query's windows, the places its
 * context points to and the whole-text search often find the same match again, and refining
 * is the dearest step; its answer depends on nothing else. Weakly held: the queries, and the
 * text, are let go with the anchorAll call that made them.
 */
const refinements = new WeakMap<
  Query,
  { prep: PreparedText; results: Map<string, AnchorResult | null> }
>();

function refinedOnce(prep: PreparedText, q: Query, m: RawMatch): AnchorResult | null {
  let memo = refinements.get(q);
  if (memo?.prep !== prep) {
    memo = { prep, results: new Map() };
    refinements.set(q, memo);
  }
  const key = `${m.start} ${m.end} ${m.errors}`;
  const known = memo.results.get(key);
  if (known !== undefined) return known;
  const result = refined(prep, q, m);
  memo.results.set(key, result);
  return result;
}

/**
 * An approximate match's edges are where the cheapest alignment put them, which can swallow
 * neighbouring characters when the quote's own edge was rewritten ("Many Ukrainian officials
 * and analysts" cut to "Many analysts" aligns better with the end of the previous paragraph
 * than with nothing). So also try the edges where the stored prefix ends and the suffix
 * begins, and keep the span that scores highest.
 */
function refined(prep: PreparedText, q: Query, m: RawMatch): AnchorResult | null {
  let best = candidate(prep, q, m.start, m.end, m.errors, 'fuzzy');
  const budget = errorBudget(q.quote.length);
  const starts = edgesFromContext(prep, q, m.start, 'prefix');
  const ends = edgesFromContext(prep, q, m.end, 'suffix');
  for (const s of starts) {
    for (const e of ends) {
      if (e <= s || (s === m.start && e === m.end)) continue;
      if (!keepsParagraphs(prep, q, m, s, e)) continue;
      // Moving an edge by one character changes the distance by at most one.
      const limit = Math.min(budget, m.errors + Math.abs(s - m.start) + Math.abs(e - m.end));
      const errors = boundedDistance(q.quote, prep.norm.text.slice(s, e), limit);
      if (errors <= limit) best = better(best, candidate(prep, q, s, e, errors, 'fuzzy'));
    }
  }
  return best;
}

/**
 * Context is weighted more per character than a long quote is, so moving an edge over a few
 * characters can buy a sliver of score. Never at the price of a paragraph break that neither
 * the quote nor the aligned match held: a span moved into the next paragraph is wrong whatever
 * it scores. (A quote whose paragraph an editor split keeps its break: the alignment has it.)
 */
function keepsParagraphs(prep: PreparedText, q: Query, m: RawMatch, from: number, to: number) {
  const { starts, ends } = prep.norm;
  const exact = q.selector.quote.exact;
  const allowed = Math.max(
    breaks(exact, 0, exact.length),
    breaks(prep.original, starts[m.start]!, ends[m.end - 1]!),
  );
  return breaks(prep.original, starts[from]!, ends[to - 1]!) <= allowed;
}

/** Paragraph breaks ("\n\n", counted as split counts them) in text[from, to). */
function breaks(text: string, from: number, to: number): number {
  let n = 0;
  for (
    let i = text.indexOf('\n\n', from);
    i !== -1 && i + 2 <= to;
    i = text.indexOf('\n\n', i + 2)
  ) {
    n++;
  }
  return n;
}

/** How well the context agrees with the text beside a quote edge at `edge`. */
function similarityAt(pattern: ContextPattern, text: string, edge: number, side: Side): number {
  return side === 'prefix'
    ? contextSimilarity(pattern, text, edge - 1, -1)
    : contextSimilarity(pattern, text, edge, 1);
}

type Side = 'prefix' | 'suffix';

/**
 * Where the stored context says the quote's edge may be, near `at` (which is always among
 * them). A slip of a few characters is judged by the pinned similarity, which tolerates
 * context changed further from the quote; a larger one by finding the whole context nearly
 * intact. The caller keeps whichever scores best.
 */
function edgesFromContext(prep: PreparedText, q: Query, at: number, side: Side) {
  const text = prep.norm.text;
  const pattern = side === 'prefix' ? q.prefix : q.suffix;
  const chars = side === 'prefix' ? q.prefixText : q.suffixText;
  const edges = new Set([at]);
  if (!pattern) return edges;
  let near = at;
  let nearSimilarity = similarityAt(pattern, text, at, side);
  for (let d = 1; d <= NEAR_EDGE && nearSimilarity < 1; d++) {
    for (let edge = at - d; edge <= at + d; edge += 2 * d) {
      if (edge < 0 || edge > text.length) continue;
      const s = similarityAt(pattern, text, edge, side);
      if (s > nearSimilarity) [near, nearSimilarity] = [edge, s];
    }
  }
  edges.add(near);
  if (nearSimilarity === 1) return edges;
  const reach = Math.min(errorBudget(q.quote.length), EDGE_SLACK) + chars.length;
  const lo = Math.max(0, at - reach);
  const hi = Math.min(text.length, at + reach);
  const found =
    side === 'prefix'
      ? contextEdges(q.prefixAhead, text, lo, hi, 1, contextErrors(chars))
      : contextEdges(q.suffixBehind, text, lo, hi, -1, contextErrors(chars));
  let far: number | null = null;
  for (const f of found) {
    if (far === null || Math.abs(f.edge - at) < Math.abs(far - at)) far = f.edge;
  }
  if (far !== null) edges.add(far);
  return edges;
}
