import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, localDate } from './dates';

// Built from local parts, so the expectations hold in whatever time zone the tests run.
const local = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).toISOString();

describe('formatDate', () => {
  it.each([
    ['a calendar date, as written', '2025-03-18', '2025-03-18'],
    ['a timestamp, as its local date', local(2026, 4, 12, 23, 30), '2026-04-12'],
    ['a timestamp just after local midnight', local(2026, 1, 1, 0, 5), '2026-01-01'],
    ['an unreadable value, unchanged', 'someday', 'someday'],
    ['nothing, unchanged', '', ''],
  ])('%s', (_, input, text) => {
    expect(formatDate(input)).toBe(text);
  });
});

describe('formatDateTime', () => {
  it.each([
    ['a timestamp, in local time', local(2026, 4, 12, 9, 5), '2026-04-12 09:05'],
    ['the last minute of a year', local(2025, 12, 31, 23, 59), '2025-12-31 23:59'],
    ['a calendar date, as written', '2025-03-18', '2025-03-18'],
    ['an unreadable value, unchanged', 'not a time', 'not a time'],
  ])('%s', (_, input, text) => {
    expect(formatDateTime(input)).toBe(text);
  });

  it('ignores seconds and milliseconds rather than rounding them', () => {
    const date = new Date(2026, 3, 12, 9, 5, 59, 999);
    expect(formatDateTime(date.toISOString())).toBe('2026-04-12 09:05');
  });
});

describe('localDate', () => {
  it('pads the month and day', () => {
    expect(localDate(new Date(2026, 0, 2))).toBe('2026-01-02');
  });
});
