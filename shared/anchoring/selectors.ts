// Describes a span of canonical text as W3C selectors and anchors selectors back to offsets.
// Exact anchoring only; fuzzy re-anchoring after an article changes builds on this.
import type { Selector, TextPositionSelector } from '../domain/schema';

/** Characters of context stored either side of a quote, as Hypothesis does. */
export const CONTEXT_CHARS = 32;

/**
 * Describes text[start, end) as a position plus quote selector. Returns null when the range is
 * empty, reversed, outside the text, or holds only whitespace.
 */
export function describeSpan(text: string, start: number, end: number): Selector | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > text.length || end <= start) return null;
  const exact = text.slice(start, end);
  if (exact.trim() === '') return null;
  return {
    position: { start, end },
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
  };
}

/** Shrinks a range so it neither starts nor ends on whitespace. Null if nothing is left. */
export function trimSpan(text: string, start: number, end: number): TextPositionSelector | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Finds where a selector sits in text: the stored position when the quote is still there,
 * else the occurrence of the exact quote whose prefix and suffix agree best, nearest the old
 * position on ties. Returns null when the exact quote no longer occurs.
 */
export function anchorExact(text: string, selector: Selector): TextPositionSelector | null {
  const { position, quote } = selector;
  if (quote.exact === '') return null;
  if (text.slice(position.start, position.end) === quote.exact) return { ...position };
  let best: { start: number; score: number; distance: number } | null = null;
  for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) {
    const prefixOk = text.slice(Math.max(0, i - quote.prefix.length), i) === quote.prefix;
    const after = i + quote.exact.length;
    const suffixOk = text.slice(after, after + quote.suffix.length) === quote.suffix;
    const score = (prefixOk ? 1 : 0) + (suffixOk ? 1 : 0);
    const distance = Math.abs(i - position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: i, score, distance };
    }
  }
  return best ? { start: best.start, end: best.start + quote.exact.length } : null;
}
