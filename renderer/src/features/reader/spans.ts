// Everything the reader highlights, as one list: quotes, highlights, claims and evidence spans,
// each a span of the canonical text with its kind, so overlapping items render and stay clickable.
import type { Annotation, HighlightColor } from '../../../../shared/domain/annotations';
import type { Claim, ClaimStatus, EvidenceStance } from '../../../../shared/domain/claims';
import type { AnchorStatus, Quote, Selector } from '../../../../shared/domain/schema';

export interface ReaderSpan {
  id: string;
  kind: 'quote' | 'highlight' | 'claim' | 'evidence';
  /** For a claim, itself; for evidence, the claim it supports or refutes; otherwise null. */
  claimId: string | null;
  /** A claim's status, for its look and hover text. */
  status: ClaimStatus | null;
  /** Evidence's stance toward its claim. */
  stance: EvidenceStance | null;
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
  claims: readonly Claim[] = [],
  documentId: string | null = null,
): ReaderSpan[] {
  const placed = (id: string, selector: Selector, anchor: AnchorStatus | null) => ({
    id,
    start: selector.position.start,
    end: selector.position.end,
    exact: selector.quote.exact,
    needsReview: anchor?.needsReview ?? false,
    orphaned: anchor?.method === 'orphaned',
    anchor,
  });
  const plain = { claimId: null, status: null, stance: null };
  const spans: ReaderSpan[] = [
    ...quotes.map((q) => ({
      ...placed(q.id, q.selector, q.anchor),
      ...plain,
      kind: 'quote' as const,
      color: null,
    })),
    ...annotations.map((a) => ({
      ...placed(a.id, a.selector, a.anchor),
      ...plain,
      kind: 'highlight' as const,
      color: a.color,
    })),
  ];
  for (const c of claims) {
    if (c.documentId === documentId) {
      spans.push({
        ...placed(c.id, c.selector, c.anchor),
        kind: 'claim',
        claimId: c.id,
        status: c.status,
        stance: null,
        color: null,
      });
    }
    for (const e of c.evidence) {
      if (e.target.kind !== 'span' || e.target.documentId !== documentId) continue;
      spans.push({
        ...placed(e.id, e.target.selector, e.target.anchor),
        kind: 'evidence',
        claimId: c.id,
        status: null,
        stance: e.stance,
        color: null,
      });
    }
  }
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
