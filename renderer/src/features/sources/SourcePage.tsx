// One source's page: its details (editable), its current and suggested grades, the grade history
// with a chart and a form to add a grade, every quote it is credited with, and merging.
import type { Source } from '../../../../shared/domain/schema';
import { SOURCE_KIND_LABELS } from '../../ui/labels';
import { AddGradeForm } from './AddGradeForm';
import { GradeBadge } from './GradeBadge';
import { GradeHistory } from './GradeHistory';
import { GradeSummary } from './GradeSummary';
import { MergeSourceControl } from './MergeSourceControl';
import { SourceDetailsForm } from './SourceDetailsForm';
import { SourceQuotesList } from './SourceQuotesList';
import { useSourceDetail } from './useSourceDetail';
import { StatusBadge } from '../claims/StatusBadge';
import { MemosPanel } from '../memos/MemosPanel';
import './sources.css';
import { FormError } from '../../ui/FormError';

interface Props {
  sourceId: string;
  onBack: () => void;
  onOpenQuote: (documentId: string, quoteId: string) => void;
  /** Called after every edit made here, so the caller can refresh its lists. */
  onChanged: () => void;
  /** Opens another source (the one kept after a merge); without it, a merge goes back. */
  onOpenSource?: (sourceId: string) => void;
  /** Opens a claim the source made, in the claims view. */
  onOpenClaim?: (claimId: string) => void;
  /** Changes whenever the workspace did; the memos reload with it. */
  version?: number;
  reportError?: (message: string) => void;
}

function subtitle(source: Source): string {
  return [SOURCE_KIND_LABELS[source.kind], source.role, source.affiliation]
    .filter(Boolean)
    .join(' · ');
}

export function SourcePage(props: Props) {
  const { sourceId, onBack, onOpenQuote, onChanged, onOpenSource, onOpenClaim } = props;
  const { detail, error, reload } = useSourceDetail(sourceId);
  const changed = () => {
    reload();
    onChanged();
  };

  const header = (
    <div className="source-page-header">
      <button type="button" onClick={onBack} aria-label="Back to sources">
        ← Sources
      </button>
      {detail && (
        <>
          <GradeBadge grade={detail.assessments[0]?.grade ?? null} large />
          <div>
            <h1>{detail.source.name}</h1>
            <span className="entry-meta">{subtitle(detail.source)}</span>
            {detail.source.aliases.length > 0 && (
              <span className="entry-meta"> · also {detail.source.aliases.join(', ')}</span>
            )}
          </div>
        </>
      )}
    </div>
  );

  if (!detail) {
    return (
      <article className="source-page" aria-label="Source">
        {header}
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : (
          <p aria-live="polite">Loading…</p>
        )}
      </article>
    );
  }

  const { source } = detail;
  return (
    <article className="source-page" aria-label={`Source: ${source.name}`}>
      {header}
      <FormError message={error} />
      <section aria-label="Reliability">
        <h2>Reliability</h2>
        <GradeSummary
          assessments={detail.assessments}
          suggested={detail.suggested}
          trackRecord={detail.trackRecord}
        />
        <GradeHistory assessments={detail.assessments} onChanged={changed} />
        <AddGradeForm sourceId={source.id} onSaved={changed} />
      </section>
      <section aria-label="Quotes">
        <h2>Quotes ({detail.quotes.length})</h2>
        <SourceQuotesList quotes={detail.quotes} onOpenQuote={onOpenQuote} />
      </section>
      <section aria-label="Claims">
        <h2>Claims ({detail.claims.length})</h2>
        {detail.claims.length === 0 ? (
          <p className="field-hint">No claims name this source as claimant yet.</p>
        ) : (
          <ul className="source-claims">
            {detail.claims.map((c) => (
              <li key={c.id}>
                <StatusBadge status={c.status} />{' '}
                {onOpenClaim ? (
                  <button type="button" className="link" onClick={() => onOpenClaim(c.id)}>
                    {c.statement}
                  </button>
                ) : (
                  c.statement
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <MemosPanel
        subject="sources"
        subjectId={source.id}
        version={props.version ?? 0}
        onChanged={changed}
        reportError={props.reportError ?? (() => undefined)}
      />
      <section aria-label="Details">
        {/* Keyed by the saved version so an undo elsewhere resets the form to what is stored. */}
        <SourceDetailsForm
          key={`${source.id}@${source.updatedAt}`}
          source={source}
          onSaved={changed}
        />
      </section>
      <section aria-label="Merge">
        <MergeSourceControl
          source={source}
          onMerged={(keptId) => {
            onChanged();
            if (onOpenSource) onOpenSource(keptId);
            else onBack();
          }}
        />
      </section>
    </article>
  );
}
