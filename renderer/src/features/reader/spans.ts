// Everything the reader highlights, as one list: quotes and highlights, each a span of the
// canonical text with its kind, so overlapping items of both kinds render and stay clickable.
import type { Annotation, HighlightColor } from '../../../../shared/domain/annotations';
import type { Quote } from '../../../../shared/domain/schema';

export interface ReaderSpan {
  id: string;
  kind: 'quote' | 'highlight';
  start: number;
  end: number;
  exact: string;
  color: HighlightColor | null;
  /** In the review queue after a re-import: shown, but marked as unsure. */
  needsReview: boolean;
  /** Not found in the current text: listed for review, never drawn in the text. */
  orphaned: boolean;
  /** How it was re-anchored, for the review queue; null when made on this text. */
  anchor: { method: string; score: number; previousExact: string } | null;
}

/** The spans of one article in text order (longer first on ties, so outer spans lead). */
export function buildReaderSpans(
  quotes: readonly Quote[],
  annotations: readonly Annotation[],
): ReaderSpan[] {
  const spans: ReaderSpan[] = [
    ...quotes.map((q) => ({
      id: q.id,
      kind: 'quote' as const,
      start: q.selector.position.start,
      end: q.selector.position.end,
      exact: q.selector.quote.exact,
      color: null,
      needsReview: q.anchor?.needsReview ?? false,
      orphaned: q.anchor?.method === 'orphaned',
      anchor: q.anchor,
    })),
    ...annotations.map((a) => ({
      id: a.id,
      kind: 'highlight' as const,
      start: a.selector.position.start,
      end: a.selector.position.end,
      exact: a.selector.quote.exact,
      color: a.color,
      needsReview: a.anchor?.needsReview ?? false,
      orphaned: a.anchor?.method === 'orphaned',
      anchor: a.anchor,
    })),
  ];
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

/** The span after (or before) the current one in text order, wrapping around; null if none. */
export function stepSpan(
  spans: readonly ReaderSpan[],
  currentId: string | null,
  direction: 1 | -1,
): ReaderSpan | null {
  if (spans.length === 0) return null;
  const index = spans.findIndex((s) => s.id === currentId);
  if (index === -1) return direction === 1 ? spans[0]! : spans[spans.length - 1]!;
  return spans[(index + direction + spans.length) % spans.length]!;
}
