// The advisory grade: a table of track records with their grades and reasons, and a property
// that more verified claims, all else equal, never make the suggestion worse.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TrackRecord } from './reliability';
import {
  ADMIRALTY_CREDIBILITY,
  ADMIRALTY_RELIABILITY,
  emptyTrackRecord,
  gradeRank,
  suggestGrade,
  tallyClaims,
} from './reliability';

const record = (counts: Partial<TrackRecord>): TrackRecord => ({
  ...emptyTrackRecord(),
  ...counts,
});

describe('suggestGrade', () => {
  it.each([
    [{}, 'F', 'not enough checked claims to judge (0 of 3 needed)'],
    [{ verified: 2 }, 'F', 'not enough checked claims to judge (2 of 3 needed)'],
    // Unverifiable and still-unverified claims say nothing about the source.
    [
      { verified: 2, unverifiable: 5, unverified: 9 },
      'F',
      'not enough checked claims to judge (2 of 3 needed)',
    ],
    [
      { verified: 3 },
      'C',
      '3 of 3 checked claims verified (100%); capped at C until 10 claims are checked',
    ],
    [
      { verified: 8, false: 1 },
      'C',
      '8 of 9 checked claims verified (88%); capped at C until 10 claims are checked',
    ],
    [{ verified: 2, disputed: 1, false: 1 }, 'C', '2 of 4 checked claims verified (50%)'],
    [{ verified: 1, misleading: 2 }, 'D', '1 of 3 checked claims verified (33%)'],
    [{ false: 3 }, 'E', '0 of 3 checked claims verified (0%)'],
    [{ verified: 9, false: 1 }, 'A', '9 of 10 checked claims verified (90%)'],
    [{ verified: 8, false: 2 }, 'B', '8 of 10 checked claims verified (80%)'],
    [{ verified: 15, disputed: 5 }, 'B', '15 of 20 checked claims verified (75%)'],
    [{ verified: 14, disputed: 6 }, 'C', '14 of 20 checked claims verified (70%)'],
    [{ verified: 5, false: 15 }, 'D', '5 of 20 checked claims verified (25%)'],
    [{ verified: 4, false: 16 }, 'E', '4 of 20 checked claims verified (20%)'],
  ] as const)('%j → %s', (counts, grade, reason) => {
    expect(suggestGrade(record(counts))).toEqual({ grade, reason });
  });

  it('never suggests a worse grade for more verified claims, all else equal', () => {
    const count = fc.nat({ max: 60 });
    fc.assert(
      fc.property(
        fc.record({
          verified: count,
          disputed: count,
          misleading: count,
          false: count,
          unverifiable: count,
          unverified: count,
        }),
        fc.integer({ min: 1, max: 30 }),
        (base, extra) => {
          const before = suggestGrade(base).grade;
          const after = suggestGrade({ ...base, verified: base.verified + extra }).grade;
          expect(gradeRank(after)).toBeLessThanOrEqual(gradeRank(before));
        },
      ),
    );
  });
});

describe('tallyClaims', () => {
  it('counts claims per claimant by status, ignoring malformed ones', () => {
    const tallies = tallyClaims([
      { id: 'c1', claimantIds: ['s1'], status: 'verified' },
      { id: 'c2', claimantIds: ['s1', 's2', 's1'], status: 'false' },
      { id: 'c3', claimantIds: ['s2'], status: 'something new' },
      { id: 'c4', claimantIds: 's1', status: 'verified' },
      { id: 'c5', status: 'verified' },
    ]);
    expect(tallies.get('s1')).toEqual({
      claimCount: 2,
      record: { ...emptyTrackRecord(), verified: 1, false: 1 },
    });
    expect(tallies.get('s2')).toEqual({
      claimCount: 2,
      record: { ...emptyTrackRecord(), false: 1, unverified: 1 },
    });
  });
});

describe('Admiralty labels', () => {
  it('names every reliability grade and credibility level', () => {
    expect(ADMIRALTY_RELIABILITY.A).toBe('Completely reliable');
    expect(ADMIRALTY_RELIABILITY.F).toBe('Reliability cannot be judged');
    expect(ADMIRALTY_CREDIBILITY[1]).toBe('Confirmed by other sources');
    expect(ADMIRALTY_CREDIBILITY[6]).toBe('Truth cannot be judged');
  });
});
