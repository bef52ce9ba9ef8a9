// The rules a fact-checking desk holds a verdict to: a verdict names the evidence it rests on.
// Pure, so the service enforces them and the form explains them with the same words.
import type { ClaimStatus, Evidence, EvidenceStance } from './claims';
import type { Credibility } from './schema';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
};

/** The stance of evidence a status must rest on; null when the status needs none. */
export function requiredStance(status: ClaimStatus): EvidenceStance | null {
  switch (status) {
    case 'unverified':
    case 'unverifiable':
      return null;
    case 'verified':
      return 'supports';
    case 'disputed':
    case 'misleading':
    case 'false':
      return 'refutes';
    default: {
      const unreachable: never = status;
      throw new Error(`unknown claim status ${String(unreachable)}`);
    }
  }
}

/**
 * Why a claim cannot have this status with this evidence, in words for the analyst; null when it
 * can. "Verified" needs supporting evidence; "disputed", "misleading" and "false" need refuting
 * evidence; "unverified" and "unverifiable" need none.
 */
export function statusProblem(status: ClaimStatus, evidence: readonly Evidence[]): string | null {
  const stance = requiredStance(status);
  if (stance === null || evidence.some((e) => e.stance === stance)) return null;
  const label = CLAIM_STATUS_LABELS[status];
  return stance === 'supports'
    ? `A claim marked ${label} needs at least one piece of supporting evidence.`
    : `A claim marked ${label} needs at least one piece of refuting evidence.`;
}

/**
 * An advisory warning when the claim's credibility contradicts its status (a verified claim
 * graded improbable, a false one graded confirmed); null when they agree or either is unset.
 */
export function credibilityWarning(
  status: ClaimStatus,
  credibility: Credibility | null,
): string | null {
  if (credibility === null) return null;
  if (status === 'verified' && credibility >= 4) {
    return 'A verified claim is usually graded 1 (confirmed) or 2 (probably true).';
  }
  if (status === 'false' && credibility <= 3) {
    return 'A false claim is usually graded 4 (doubtful) or 5 (improbable).';
  }
  return null;
}
