// The grade history of a source, newest first: each dated grade with its label and the analyst's
// rationale. Deleting one is an undoable edit.
import { useState } from 'react';
import type { Assessment } from '../../../../shared/domain/schema';
import { formatDate } from '../../../../shared/text/dates';
import { call } from '../../api/client';
import { GRADE_LABELS } from '../../ui/labels';
import { GradeBadge } from './GradeBadge';
import { FormError } from '../../ui/FormError';

interface Props {
  assessments: readonly Assessment[];
  onChanged: () => void;
}

export function GradeHistory({ assessments, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);
  if (assessments.length === 0) return <p className="empty">No grades yet.</p>;

  const remove = async (assessment: Assessment) => {
    const result = await call('assessments.delete', { id: assessment.id });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onChanged();
  };

  return (
    <>
      <FormError message={error} />
      <ol className="grade-history" aria-label="Grade history">
        {assessments.map((a) => (
          <li key={a.id}>
            <GradeBadge grade={a.grade} />
            <div className="entry-body">
              <span>
                <strong>{GRADE_LABELS[a.grade]}</strong>{' '}
                <time className="entry-meta" dateTime={a.assessedOn}>
                  {formatDate(a.assessedOn)}
                </time>
              </span>
              <p className="rationale">{a.rationale}</p>
            </div>
            <button
              type="button"
              aria-label={`Delete grade ${a.grade} of ${formatDate(a.assessedOn)}`}
              onClick={() => void remove(a)}
            >
              Delete
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
