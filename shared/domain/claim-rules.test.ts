import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAIM_STATUSES } from './claims';
import type { ClaimStatus, Evidence, EvidenceStance } from './claims';
import { credibilityWarning, requiredStance, statusProblem } from './claim-rules';

const evidence = (stance: EvidenceStance, id: string = stance): Evidence => ({
  id,
  stance,
  note: '',
  target: { kind: 'reference', title: 'A report', url: '' },
  createdAt: '2026-01-01T00:00:00Z',
});

describe('statusProblem', () => {
  const cases: [ClaimStatus, EvidenceStance[], boolean][] = [
    ['unverified', [], true],
    ['unverifiable', [], true],
    ['verified', [], false],
    ['verified', ['refutes'], false],
    ['verified', ['refutes', 'supports'], true],
    ['disputed', [], false],
    ['disputed', ['supports'], false],
    ['disputed', ['supports', 'refutes'], true],
    ['misleading', ['refutes'], true],
    ['false', ['supports'], false],
    ['false', ['refutes'], true],
  ];
  it.each(cases)('%s with %j evidence allowed: %s', (status, stances, allowed) => {
    const problem = statusProblem(
      status,
      stances.map((s, i) => evidence(s, `e${i}`)),
    );
    expect(problem === null).toBe(allowed);
  });

  it('names the stance the verdict lacks', () => {
    expect(statusProblem('false', [])).toBe(
      'A claim marked False needs at least one piece of refuting evidence.',
    );
    expect(statusProblem('verified', [])).toBe(
      'A claim marked Verified needs at least one piece of supporting evidence.',
    );
  });

  it('holds for any evidence: allowed exactly when the required stance is present', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CLAIM_STATUSES),
        fc.array(fc.constantFrom<EvidenceStance>('supports', 'refutes'), { maxLength: 6 }),
        (status, stances) => {
          const needed = requiredStance(status);
          const list = stances.map((s, i) => evidence(s, `e${i}`));
          expect(statusProblem(status, list) === null).toBe(
            needed === null || stances.includes(needed),
          );
        },
      ),
    );
  });
});

describe('credibilityWarning', () => {
  it('warns when the grade contradicts the verdict, and only then', () => {
    expect(credibilityWarning('verified', 5)).toMatch(/verified claim/);
    expect(credibilityWarning('verified', 2)).toBeNull();
    expect(credibilityWarning('false', 1)).toMatch(/false claim/);
    expect(credibilityWarning('false', 5)).toBeNull();
    expect(credibilityWarning('disputed', 5)).toBeNull();
    expect(credibilityWarning('verified', null)).toBeNull();
  });
});
