// Counts in words, one rule for the whole app: "1 quote", "2 quotes", "1 piece of evidence".

/** "1 quote", "3 quotes"; pass `many` for irregular plurals ("pieces of evidence"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
