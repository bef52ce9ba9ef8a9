// The Admiralty (NATO) grading scales and the advisory reliability grade suggested from a
// source's claim track record. Advisory only: the analyst's dated assessment is the grade.
import type { Assessment, ReliabilityGrade } from './schema';

/** Source reliability, A best … E worst; F means there is too little to judge. */
export const ADMIRALTY_RELIABILITY: Record<ReliabilityGrade, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export type CredibilityLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Information credibility, graded apart from who said it. */
export const ADMIRALTY_CREDIBILITY: Record<CredibilityLevel, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export const GRADES: readonly ReliabilityGrade[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const CREDIBILITY_LEVELS: readonly CredibilityLevel[] = [1, 2, 3, 4, 5, 6];

/** How many of a source's claims ended in each fact-check status. */
export interface TrackRecord {
  verified: number;
  disputed: number;
  misleading: number;
  false: number;
  unverifiable: number;
  unverified: number;
}

export interface SuggestedGrade {
  grade: ReliabilityGrade;
  reason: string;
}

/** Below this many checked claims nothing can be judged (F). */
export const MIN_CHECKED = 3;
/** Below this many checked claims the suggestion is never better than C: a short record is luck. */
export const MIN_CHECKED_FOR_TOP_GRADES = 10;

/**
 * Thresholds on the share of verified claims among checked ones (verified, disputed,
 * misleading, false). Unverifiable and unverified claims say nothing about the source yet.
 * Shares are compared in whole percent of integers, so 9 of 10 is exactly 90%, not 89.99…%.
 */
export const SHARE_THRESHOLDS: readonly { grade: ReliabilityGrade; minPercent: number }[] = [
  { grade: 'A', minPercent: 90 },
  { grade: 'B', minPercent: 75 },
  { grade: 'C', minPercent: 50 },
  { grade: 'D', minPercent: 25 },
  { grade: 'E', minPercent: 0 },
];

/** Grades ordered best first (A) to worst (F, nothing can be judged); lower is better. */
export function gradeRank(grade: ReliabilityGrade): number {
  return GRADES.indexOf(grade);
}

export function emptyTrackRecord(): TrackRecord {
  return { verified: 0, disputed: 0, misleading: 0, false: 0, unverifiable: 0, unverified: 0 };
}

/** Claims whose fact-check reached a verdict on the claim's truth. */
export function checkedCount(record: TrackRecord): number {
  return record.verified + record.disputed + record.misleading + record.false;
}

/** The advisory grade for a track record, with the reason in words an analyst can check. */
export function suggestGrade(record: TrackRecord): SuggestedGrade {
  const checked = checkedCount(record);
  if (checked < MIN_CHECKED) {
    return {
      grade: 'F',
      reason: `not enough checked claims to judge (${checked} of ${MIN_CHECKED} needed)`,
    };
  }
  const percent = (record.verified * 100) / checked;
  const byShare = SHARE_THRESHOLDS.find((t) => percent >= t.minPercent)?.grade ?? 'E';
  const shown = Math.floor(percent);
  const base = `${record.verified} of ${checked} checked claims verified (${shown}%)`;
  if (checked < MIN_CHECKED_FOR_TOP_GRADES && gradeRank(byShare) < gradeRank('C')) {
    return {
      grade: 'C',
      reason: `${base}; capped at C until ${MIN_CHECKED_FOR_TOP_GRADES} claims are checked`,
    };
  }
  return { grade: byShare, reason: base };
}

const STATUSES = new Set<keyof TrackRecord>([
  'verified',
  'disputed',
  'misleading',
  'false',
  'unverifiable',
  'unverified',
]);

export interface ClaimTally {
  record: TrackRecord;
  /** Every claim naming the source as claimant, checked or not. */
  claimCount: number;
}

/**
 * Tallies claims by claimant in one pass. Claims are read loosely (their full schema arrives in
 * a later issue): a claim counts for each source id in its `claimantIds` array, under its
 * `status` when that is a known status and as unverified otherwise.
 */
export function tallyClaims(claims: Iterable<Record<string, unknown>>): Map<string, ClaimTally> {
  const tallies = new Map<string, ClaimTally>();
  for (const claim of claims) {
    const claimants = claim['claimantIds'];
    if (!Array.isArray(claimants)) continue;
    const status = claim['status'];
    const key = STATUSES.has(status as keyof TrackRecord)
      ? (status as keyof TrackRecord)
      : 'unverified';
    for (const id of new Set(claimants)) {
      if (typeof id !== 'string') continue;
      let tally = tallies.get(id);
      if (!tally) tallies.set(id, (tally = { record: emptyTrackRecord(), claimCount: 0 }));
      tally.claimCount += 1;
      tally.record[key] += 1;
    }
  }
  return tallies;
}

/**
 * Newest first: the later assessedOn wins; on the same day, the one recorded later. Compared by
 * code unit (ISO dates and ids), which is locale-independent and fast enough for 100,000 rows.
 */
export function newestFirst(a: Assessment, b: Assessment): number {
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return order(b.assessedOn, a.assessedOn) || order(b.createdAt, a.createdAt) || order(b.id, a.id);
}

/** Each source's current (newest) assessment, in one pass. */
export function latestBySource(assessments: Iterable<Assessment>): Map<string, Assessment> {
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    const held = latest.get(a.sourceId);
    if (!held || newestFirst(a, held) < 0) latest.set(a.sourceId, a);
  }
  return latest;
}
