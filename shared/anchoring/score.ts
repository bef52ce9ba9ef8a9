// Scores a candidate span for a stored selector: quote similarity, prefix and suffix agreement
// and proximity to the old offset, weighted as in Hypothesis's match-quote.ts.
import type { Selector } from '../domain/schema';
import {
  MAX_CONTEXT,
  compileContext,
  contextPattern,
  contextSimilarity,
  reversed,
} from './context';
import type { ContextPattern } from './context';
import { normaliseString, onBoundaries, toOriginal } from './normalise';
import type { PreparedText } from './text-index';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface AnchorResult {
  /** Offsets in the new text as given (not its normalised form). */
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: 1 is the quote intact with its context intact at the same place. */
  score: number;
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

// Weights as in Hypothesis. The quote's own similarity dominates; each side of context can
// move a score by a fifth, which is what decides between two copies of the same words;
// proximity to the old offset only breaks ties between otherwise equal candidates, so a
// paragraph that moved far keeps a score near 1.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** A selector compiled against the normalisation: what is searched for. */
export interface Query {
  readonly quote: string;
  readonly prefixText: string;
  readonly suffixText: string;
  readonly prefix: ContextPattern | null;
  readonly suffix: ContextPattern | null;
  /** The prefix read forwards and the suffix backwards: for finding where they stand now. */
  readonly prefixAhead: ContextPattern | null;
  readonly suffixBehind: ContextPattern | null;
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly selector: Selector;
}

/** Null when the quote holds nothing but spaces and invisible characters once normalised. */
export function compileQuery(selector: Selector): Query | null {
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
    prefixAhead: contextPattern(prefixText),
    suffixBehind: contextPattern(reversed(suffixText)),
    oldStart,
    oldEnd: Number.isFinite(end) ? Math.max(oldStart, end) : oldStart,
    selector,
  };
}

/**
 * Scores the normalised range [from, to) as a candidate with `errors` edits to the quote.
 * Null when the range cannot be mapped back to whole characters of the original.
 */
export function candidate(
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
  // Agreement of the stored prefix and suffix with the text around the range.
  const text = prep.norm.text;
  const prefix = q.prefix ? contextSimilarity(q.prefix, text, from - 1, -1) : 1;
  const suffix = q.suffix ? contextSimilarity(q.suffix, text, to, 1) : 1;
  const distance = Math.abs(start - q.oldStart) / Math.max(1, prep.original.length);
  const raw =
    QUOTE_WEIGHT * (1 - errors / q.quote.length) +
    PREFIX_WEIGHT * prefix +
    SUFFIX_WEIGHT * suffix +
    POSITION_WEIGHT * (1 - Math.min(1, distance));
  return { start, end, method, score: Math.min(1, Math.max(0, raw / TOTAL_WEIGHT)) };
}

/** The higher-scoring of two results; the first on a tie. */
export function better(a: AnchorResult | null, b: AnchorResult | null): AnchorResult | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}
