// Step 3 of re-anchoring: approximate matches of an edited quote, their edges set by the stored
// context, scored like the other steps.
import { contextSimilarity } from './context';
import { approxMatches, boundedDistance, errorBudget, matchesAround } from './fuzzy';
import type { RawMatch } from './fuzzy';
import { REVIEW_THRESHOLD, better, candidate } from './score';
import type { AnchorResult, Query } from './score';
import type { PreparedText } from './text-index';

/** Places verified when the whole text is searched through the index. */
const SEEDED_PLACES = 8;
/** Approximate matches whose edges are refined: refining costs more than scoring. */
const REFINED = 3;
/** Edges further than this from where the alignment put them are not looked for. */
const EDGE_SLACK = 64;

/**
 * The best approximate match of the quote within normalised [lo, hi), or null.
 *
 * First the quote's lowest-error matches, as Hypothesis does. Across the whole text, when there
 * is an index, only the places its 8-character pieces point to are verified instead of scanning
 * everything: a quote too edited to keep any piece intact is then found only near where it
 * should be, where the caller searched a window in full first.
 *
 * When those score poorly, the quote is also looked for where its stored prefix ends and its
 * suffix begins. That finds a quote edited in place while a less edited copy of similar words
 * stands elsewhere: approximate search returns only the fewest-error matches, so the copy
 * would hide it.
 */
export function approximate(
  prep: PreparedText,
  q: Query,
  lo: number,
  hi: number,
): AnchorResult | null {
  const text = prep.norm.text;
  const whole = lo === 0 && hi === text.length;
  const find = (pattern: string): RawMatch[] => {
    const seeds = whole ? prep.likelyStarts(pattern, SEEDED_PLACES) : null;
    if (!seeds) return approxMatches(text, pattern, lo, hi);
    return matchesAround(text, pattern, seeds, lo, hi);
  };
  const best = bestRefined(prep, q, find(q.quote));
  if ((best && best.score >= REVIEW_THRESHOLD) || (!q.prefix && !q.suffix)) return best;
  const places = [
    ...(q.prefixText ? find(q.prefixText).map((m) => m.end) : []),
    ...(q.suffixText ? find(q.suffixText).map((m) => m.start - q.quote.length) : []),
  ];
  return better(best, bestRefined(prep, q, matchesAround(text, q.quote, places, lo, hi)));
}

/** Scores every match, then refines the edges of the few best. */
function bestRefined(prep: PreparedText, q: Query, matches: RawMatch[]): AnchorResult | null {
  const ranked = matches
    .map((m) => ({ m, c: candidate(prep, q, m.start, m.end, m.errors, 'fuzzy') }))
    .filter((x) => x.c !== null)
    .sort((a, b) => b.c!.score - a.c!.score);
  let best: AnchorResult | null = null;
  for (const { m } of ranked.slice(0, REFINED)) best = better(best, refined(prep, q, m));
  return best;
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
  const starts = new Set([m.start, contextEdge(prep, q, m.start, 'prefix')]);
  const ends = new Set([m.end, contextEdge(prep, q, m.end, 'suffix')]);
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

/** Where the stored context, found near `at`, says the quote's edge is; `at` if it agrees. */
function contextEdge(prep: PreparedText, q: Query, at: number, side: 'prefix' | 'suffix'): number {
  const text = prep.norm.text;
  const pattern = side === 'prefix' ? q.prefix : q.suffix;
  const chars = side === 'prefix' ? q.prefixText : q.suffixText;
  if (!pattern) return at;
  const here = contextSimilarity(
    pattern,
    text,
    side === 'prefix' ? at - 1 : at,
    side === 'prefix' ? -1 : 1,
  );
  if (here === 1) return at;
  const reach = Math.min(errorBudget(q.quote.length), EDGE_SLACK) + chars.length;
  const found = approxMatches(
    text,
    chars,
    Math.max(0, at - reach),
    Math.min(text.length, at + reach),
  );
  let edge: number | null = null;
  for (const m of found) {
    const e = side === 'prefix' ? m.end : m.start;
    if (edge === null || Math.abs(e - at) < Math.abs(edge - at)) edge = e;
  }
  return edge ?? at;
}
