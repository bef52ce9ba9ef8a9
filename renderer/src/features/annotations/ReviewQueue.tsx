// The review queue after a changed version of an article was imported: spans found only with
// low confidence, or not found at all. Each is kept, re-attached to the current selection, or
// removed; nothing leaves the queue without the analyst's decision.
import type { ReaderSpan } from '../reader/spans';
import './annotations.css';

interface Props {
  spans: readonly ReaderSpan[];
  onAccept: (span: ReaderSpan) => void;
  onReattach: (span: ReaderSpan) => void;
  onRemove: (span: ReaderSpan) => void;
  onSelect: (span: ReaderSpan) => void;
}

const KIND_LABELS: Record<ReaderSpan['kind'], string> = {
  quote: 'Quote',
  highlight: 'Highlight',
  claim: 'Claim',
  evidence: 'Evidence',
};

function describeAnchor(span: ReaderSpan): string {
  if (!span.anchor || span.orphaned) return 'Not found in the new version';
  return `Found (${span.anchor.method}) with ${Math.round(span.anchor.score * 100)}% confidence`;
}

export function ReviewQueue({ spans, onAccept, onReattach, onRemove, onSelect }: Props) {
  const queue = spans.filter((s) => s.needsReview);
  if (queue.length === 0) return null;
  return (
    <section className="review-queue" aria-label="Needs review">
      <h3>Needs review ({queue.length})</h3>
      <ol>
        {queue.map((span) => (
          <li key={span.id}>
            <p className="annotation-text">
              {KIND_LABELS[span.kind]}: “{span.anchor?.previousExact ?? span.exact}”
            </p>
            <p className="annotation-meta">{describeAnchor(span)}</p>
            <div className="actions">
              {!span.orphaned && (
                <>
                  <button type="button" onClick={() => onSelect(span)}>
                    Show
                  </button>
                  <button type="button" onClick={() => onAccept(span)}>
                    Keep
                  </button>
                </>
              )}
              <button type="button" onClick={() => onReattach(span)}>
                Re-attach to selection
              </button>
              <button type="button" className="danger" onClick={() => onRemove(span)}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
