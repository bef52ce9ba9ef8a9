import { describe, expect, it } from 'vitest';
import type { ReaderSpan } from './spans';
import { stepSpan } from './spans';

const span = (id: string, start: number): ReaderSpan => ({
  id,
  kind: 'highlight',
  start,
  end: start + 5,
  exact: 'x',
  color: 'yellow',
  needsReview: false,
  orphaned: false,
  anchor: null,
});

describe('stepSpan', () => {
  const spans = [span('a', 0), span('b', 10), span('c', 20)];
  it.each([
    [null, 1, 'a'],
    [null, -1, 'c'],
    ['a', 1, 'b'],
    ['c', 1, 'a'],
    ['a', -1, 'c'],
    ['gone', 1, 'a'],
  ] as const)('from %s by %i is %s', (from, direction, expected) => {
    expect(stepSpan(spans, from, direction)?.id).toBe(expected);
  });
  it('is null without spans', () => {
    expect(stepSpan([], 'a', 1)).toBeNull();
  });
});
