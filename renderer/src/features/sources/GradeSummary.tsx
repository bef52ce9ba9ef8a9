// The analyst's current grade beside the advisory one computed from the claims' track record,
// with the chart of the grade over time.
import type { Assessment } from '../../../../shared/domain/schema';
import type { SourceDetail } from '../../../../shared/ipc/contract';
import { formatDate } from '../../../../shared/text/dates';
import { GradeBadge } from './GradeBadge';
import { GradeChart } from './GradeChart';

interface Props {
  /** Newest first, as sources.get returns them. */
  assessments: readonly Assessment[];
  suggested: SourceDetail['suggested'];
  trackRecord?: SourceDetail['trackRecord'];
}

const RECORD_LABELS: [keyof SourceDetail['trackRecord'], string][] = [
  ['verified', 'Verified'],
  ['disputed', 'Disputed'],
  ['misleading', 'Misleading'],
  ['false', 'False'],
  ['unverifiable', 'Unverifiable'],
  ['unverified', 'Unverified'],
];

export function GradeSummary({ assessments, suggested, trackRecord }: Props) {
  const current = assessments[0] ?? null;
  return (
    <div className="grade-summary">
      <dl>
        <dt>Analyst’s grade</dt>
        <dd>
          <GradeBadge grade={current?.grade ?? null} large />
          <span className="entry-meta">
            {current ? `since ${formatDate(current.assessedOn)}` : 'not graded yet'}
          </span>
        </dd>
        <dt>Suggested (advisory)</dt>
        <dd>
          <GradeBadge grade={suggested?.grade ?? null} suggested />
          <span className="entry-meta">
            {suggested ? suggested.reason : 'no claims attributed to this source yet'}
          </span>
        </dd>
      </dl>
      {trackRecord && (
        <table className="grid track-record" aria-label="Track record">
          <thead>
            <tr>
              {RECORD_LABELS.map(([key, label]) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {RECORD_LABELS.map(([key]) => (
                <td key={key}>{trackRecord[key]}</td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
      <GradeChart assessments={assessments} />
    </div>
  );
}
