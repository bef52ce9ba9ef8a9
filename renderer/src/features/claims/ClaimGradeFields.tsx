// A claim's status and credibility side by side, as the tag-claim dialog and the claim's
// details both ask for them.
import type { ClaimStatus } from '../../../../shared/domain/claims';
import { CLAIM_STATUSES } from '../../../../shared/domain/choices';
import { CLAIM_STATUS_LABELS, CREDIBILITY_LABELS } from '../../ui/labels';

interface Props {
  status: ClaimStatus;
  /** The statuses offered; every status by default. */
  statuses?: readonly ClaimStatus[];
  credibility: number | null;
  onStatus: (status: ClaimStatus) => void;
  onCredibility: (credibility: number | null) => void;
}

export function ClaimGradeFields(props: Props) {
  const statuses = props.statuses ?? CLAIM_STATUSES;
  return (
    <div className="field-row">
      <label className="field">
        <span className="field-label">Status</span>
        <select
          value={props.status}
          onChange={(e) => props.onStatus(e.target.value as ClaimStatus)}
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {CLAIM_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Credibility</span>
        <select
          value={props.credibility ?? ''}
          onChange={(e) =>
            props.onCredibility(e.target.value === '' ? null : Number(e.target.value))
          }
        >
          <option value="">Not graded</option>
          {Object.entries(CREDIBILITY_LABELS).map(([level, label]) => (
            <option key={level} value={level}>
              {level}: {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
