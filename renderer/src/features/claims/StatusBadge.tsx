// A claim's fact-check status as a coloured badge, named in words (never colour alone).
import type { ClaimStatus } from '../../../../shared/domain/claims';
import { CLAIM_STATUS_LABELS } from '../../ui/labels';
import './claims.css';

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span className={`status-badge status-${status}`}>{CLAIM_STATUS_LABELS[status]}</span>;
}
