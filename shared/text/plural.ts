// Counts in words, one rule for the whole app: "1 quote", "2 quotes", "1 piece of evidence".

// One formatter for every count: Chromium builds a new one for each toLocaleString('en') call,
// about 15 µs each, and the articles list alone formats thousands of counts when it first draws.
const COUNT = new Intl.NumberFormat('en');

/** A count with thousands separators: "12,000" (what toLocaleString('en') gives). */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

/** "1 quote", "3 quotes"; pass `many` for irregular plurals ("pieces of evidence"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? one : many}`;
}
