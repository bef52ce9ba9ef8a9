// Which quotes a passage holds, for the people filters on passages: a paragraph passes
// `speaker:witkoff` when it holds a quote attributed to him. "Holds" is decided on offsets alone,
// the quote's TextPositionSelector against the block's [start, end): they must share a character,
// so a quote running over two paragraphs counts for both, and one that ends where a paragraph
// begins (or begins where it ends) counts for neither. The scan and the index both decide here.
import type { Quote } from '../domain/schema';
import type { WorkspaceData } from '../domain/workspace';
import { valuesOf } from '../domain/workspace';

/** Whether the spans [aStart, aEnd) and [bStart, bEnd) share at least one character. */
export function spansOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return Math.max(aStart, bStart) < Math.min(aEnd, bEnd);
}

/**
 * Whether a quote's offsets point into its article's current text. An orphaned quote (not found
 * when a new version of its article came in) keeps the offsets of the earlier text, so it lies in
 * no paragraph of this one.
 */
export function placedInText(quote: Pick<Quote, 'anchor'>): boolean {
  return quote.anchor?.method !== 'orphaned';
}

/** Per article, its quotes placed in its text (read from every quote of `data` once). */
export function quotesByArticle(data: WorkspaceData): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>();
  for (const q of valuesOf(data.quotes)) {
    if (!placedInText(q)) continue;
    const list = out.get(q.documentId);
    if (list) list.push(q);
    else out.set(q.documentId, [q]);
  }
  return out;
}

/** Whether the quote lies (in part) in the passage [start, end) of its article. */
export function quoteInPassage(quote: Quote, start: number, end: number): boolean {
  const { position } = quote.selector;
  return placedInText(quote) && spansOverlap(position.start, position.end, start, end);
}
