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
  // Plain object literals of one shape, not spreads: an article can hold thousands of spans.
  const spans: ReaderSpan[] = [];
  const place = (
    id: string,
    kind: ReaderSpan['kind'],
    selector: Selector,
    anchor: AnchorStatus | null,
    color: HighlightColor | null,
    claimId: string | null,
    status: ClaimStatus | null,
    stance: EvidenceStance | null,
  ) => {
    spans.push({
      id,
      kind,
      claimId,
      status,
      stance,
      start: selector.position.start,
      end: selector.position.end,
      exact: selector.quote.exact,
      color,
      needsReview: anchor?.needsReview ?? false,
      orphaned: anchor?.method === 'orphaned',
      anchor,
    });
  };
  for (const q of quotes) place(q.id, 'quote', q.selector, q.anchor, null, null, null, null);
  for (const a of annotations) {
    place(a.id, 'highlight', a.selector, a.anchor, a.color, null, null, null);
  }
  for (const c of claims) {
    if (c.documentId === documentId) {
      place(c.id, 'claim', c.selector, c.anchor, null, c.id, c.status, null);
    }
    for (const e of c.evidence) {
      if (e.target.kind !== 'span' || e.target.documentId !== documentId) continue;
      place(e.id, 'evidence', e.target.selector, e.target.anchor, null, c.id, null, e.stance);
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
