// Counts in words, one rule for the whole app: "1 quote", "2 quotes", "1 piece of evidence".

// Counts are whole numbers, grouped by threes with commas, as toLocaleString('en') writes them:
// done here for safe integers, since Chromium's first Intl.NumberFormat loads ICU's number data
// (about 20 ms, inside the window's first render; Electron's main process paid it too). Anything
// else (fractions, -0, huge numbers) goes to one formatter, built on first use and kept, as
// Chromium builds a new one for each toLocaleString call (about 15 µs each).
let COUNT: Intl.NumberFormat | null = null;
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** A count with thousands separators: "12,000" (what toLocaleString('en') gives). */
export function formatCount(count: number): string {
  if (Number.isSafeInteger(count) && !Object.is(count, -0)) {
    return String(count).replace(THOUSANDS, ',');
  }
  return (COUNT ??= new Intl.NumberFormat('en')).format(count);
}

/** "1 quote", "3 quotes"; pass `many` for irregular plurals ("pieces of evidence"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
