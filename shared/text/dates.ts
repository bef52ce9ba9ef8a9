// Dates and times as the window shows them, one way everywhere: ISO order (2026-04-12, and
// 2026-04-12 09:05 for a moment), which sorts as text and reads the same in every locale.
//
// Timestamps are stored in UTC and shown in the analyst's local time: "when did I change this"
// is answered by the clock on the wall, and a memo written at 23:30 in Kyiv should not read as
// the next morning. A calendar date (an assessment's "assessed on", an article's date) has no
// time zone and is shown exactly as written: converting it would move it a day west of UTC.

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `date`, YYYY-MM-DD (what "today" means to the analyst). */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * YYYY-MM-DD: a calendar date as written, a timestamp as its local date. Anything that is
 * neither is returned unchanged, so a damaged value shows as stored rather than as "NaN".
 */
export function formatDate(iso: string): string {
  if (CALENDAR_DATE.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : localDate(date);
}

/**
 * YYYY-MM-DD HH:MM in local time, 24-hour clock, for a stored timestamp. A calendar date has no
 * time and comes back as written; an unreadable value is returned unchanged.
 */
export function formatDateTime(iso: string): string {
  if (CALENDAR_DATE.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
