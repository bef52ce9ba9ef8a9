// Counts in words, one rule for the whole app: "1 quote", "2 quotes", "1 piece of evidence".

// One formatter for every count: Chromium builds a new one for each toLocaleString('en') call,
// about 15 µs each, and the articles list alone formats thousands of counts when it first draws.
// Built on first use, not when the module loads: the first formatter loads ICU's number data
// (~20 ms), which Electron's main process would otherwise pay before it can create the window.
let COUNT: Intl.NumberFormat | null = null;

/** A count with thousands separators: "12,000" (what toLocaleString('en') gives). */
export function formatCount(count: number): string {
  return (COUNT ??= new Intl.NumberFormat('en')).format(count);
}

/** "1 quote", "3 quotes"; pass `many` for irregular plurals ("pieces of evidence"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
