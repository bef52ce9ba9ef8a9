// The window's plain checks of a saved search give exactly the service's answers: the same
// verdict and the same message as the schemas, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SavedSearchName, SavedSearchQuery } from './settings';
import { savedSearchNameProblem, savedSearchQueryProblem } from './settings-values';

const verdict = (parsed: { success: boolean; error?: { issues: { message: string }[] } }) =>
  parsed.success ? null : (parsed.error?.issues[0]?.message ?? '?');

// Lengths around the bounds, with spaces that trimming removes.
const text = fc.oneof(
  fc.string({ maxLength: 600 }),
  fc
    .tuple(fc.nat(4), fc.integer({ min: 70, max: 510 }), fc.nat(4))
    .map(([a, n, b]) => `${' '.repeat(a)}${'x'.repeat(n)}${'\t'.repeat(b)}`),
);

describe('saved search checks without zod', () => {
  it('agree with the schemas on every name and query', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(savedSearchNameProblem(s)).toBe(verdict(SavedSearchName.safeParse(s)));
        expect(savedSearchQueryProblem(s)).toBe(verdict(SavedSearchQuery.safeParse(s)));
      }),
      { numRuns: 500 },
    );
  });

  it('name each problem', () => {
    expect(savedSearchNameProblem('  ')).toBe('Give the saved search a name.');
    expect(savedSearchNameProblem('x'.repeat(81))).toMatch(/at most 80 characters/);
    expect(savedSearchNameProblem(' Kremlin ')).toBeNull();
    expect(savedSearchQueryProblem('')).toBe('Type a search before saving it.');
  });
});
