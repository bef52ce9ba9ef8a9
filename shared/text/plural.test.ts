import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, plural } from './plural';

describe('plural', () => {
  it.each([
    [0, 'quote', undefined, '0 quotes'],
    [1, 'quote', undefined, '1 quote'],
    [2, 'claim', undefined, '2 claims'],
    [1, 'piece of evidence', 'pieces of evidence', '1 piece of evidence'],
    [12_000, 'quote', undefined, '12,000 quotes'],
  ])('%i %s', (count, one, many, text) => {
    expect(plural(count, one, many)).toBe(text);
  });
});

describe('formatCount', () => {
  it('writes any count as toLocaleString does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom(0, -0, 999, 1000, -1000, 999_999, 1_000_000, Number.MAX_SAFE_INTEGER),
          fc.double({ noNaN: true }),
        ),
        (n) => {
          expect(formatCount(n)).toBe(n.toLocaleString('en'));
        },
      ),
      { numRuns: 2_000 },
    );
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });
});
