// Every quote a source is credited with, across every article, grouped by article. Activating a
// quote opens it in its article.
import type { CredibilityLevel } from '../../../../shared/domain/reliability';
import type { SourceQuote } from '../../../../shared/ipc/contract';
import {
  ATTRIBUTION_ROLE_LABELS,
  CONFIDENCE_LABELS,
  CREDIBILITY_LABELS,
  QUOTE_KIND_LABELS,
} from '../../ui/labels';

interface Props {
  /** Ordered by article, then position, as sources.get returns them. */
  quotes: readonly SourceQuote[];
  onOpenQuote: (documentId: string, quoteId: string) => void;
}

function describe(q: SourceQuote): string {
  const parts = [
    QUOTE_KIND_LABELS[q.kind],
    ATTRIBUTION_ROLE_LABELS[q.role],
    CONFIDENCE_LABELS[q.confidence],
  ];
  if (q.credibility !== null) {
    parts.push(
      `credibility ${q.credibility}: ${CREDIBILITY_LABELS[q.credibility as CredibilityLevel]}`,
    );
  }
  return parts.join(' · ');
}

export function SourceQuotesList({ quotes, onOpenQuote }: Props) {
  if (quotes.length === 0) return <p className="empty">No quotes are attributed to this source.</p>;
  const byArticle = new Map<string, SourceQuote[]>();
  for (const q of quotes) byArticle.set(q.documentId, [...(byArticle.get(q.documentId) ?? []), q]);
  return (
    <div>
      {[...byArticle.values()].map((group) => {
        const title = group[0]!.documentTitle || 'Untitled article';
        return (
          <section key={group[0]!.documentId} aria-label={`Quotes in ${title}`}>
            <h3>{title}</h3>
            <ul className="source-quotes">
              {group.map((q) => (
                <li key={q.attributionId}>
                  <button
                    type="button"
                    className="quote-link"
                    aria-label={`Open quote “${q.exact.slice(0, 80)}” in ${title}`}
                    onClick={() => onOpenQuote(q.documentId, q.quoteId)}
                  >
                    <span className="quote-text">{q.exact}</span>
                    <span className="entry-meta">{describe(q)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
