// The colours that mark grades, credibility and claim statuses in every format that has colour
// (XLSX fills, the HTML briefing, the Word briefing): green is good, red is bad, grey unknown.
import type { ClaimStatus } from '../../shared/domain/claims';
import type { ReliabilityGrade } from '../../shared/domain/schema';
import type { CredibilityLevel } from '../../shared/domain/reliability';

/** Light fills (RGB hex, no '#') that keep black text readable on screen and in print. */
export const GRADE_COLORS: Record<ReliabilityGrade, string> = {
  A: 'C6EFCE',
  B: 'E2F0D9',
  C: 'FFF2CC',
  D: 'FCE4D6',
  E: 'F8CBAD',
  F: 'E7E6E6',
};

const CREDIBILITY_COLORS: Record<CredibilityLevel, string> = {
  1: 'C6EFCE',
  2: 'E2F0D9',
  3: 'FFF2CC',
  4: 'FCE4D6',
  5: 'F8CBAD',
  6: 'E7E6E6',
};

/** The fill of an information credibility 1-6; null for none or out of range. */
export function credibilityColor(level: number | null): string | null {
  return level === null ? null : (CREDIBILITY_COLORS[level as CredibilityLevel] ?? null);
}

export const STATUS_COLORS: Record<ClaimStatus, string> = {
  unverified: 'F2F2F2',
  verified: 'C6EFCE',
  disputed: 'FCE4D6',
  misleading: 'FFE699',
  false: 'F8CBAD',
  unverifiable: 'E7E6E6',
};

// Most serious first: a cell listing several statuses takes the colour of the worst.
const SERIOUSNESS: readonly ClaimStatus[] = [
  'false',
  'misleading',
  'disputed',
  'unverifiable',
  'unverified',
  'verified',
];

/** The most serious of the statuses, or null when there are none. */
export function mostSerious(statuses: readonly ClaimStatus[]): ClaimStatus | null {
  return SERIOUSNESS.find((s) => statuses.includes(s)) ?? null;
}
