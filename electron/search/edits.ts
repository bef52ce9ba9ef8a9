// The typo test of the index's expansion: edit distance within a bound, without allocating, and
// a cheaper test before it (the letters two words do not share).

// Two rows of the edit-distance table, reused: the typo scan compares the word with tens of
// thousands of terms per keystroke, and allocating rows for each was most of its cost.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/**
 * True when a and b are at most `max` edits apart, as `withinEdits` in shared/search/match.ts
 * (the definition; the tests hold the two together), without allocating. Stops as soon as a row
 * of the table has nothing within `max`.
 */
export function withinEditsFast(a: string, b: string, max: number): boolean {
  const n = b.length;
  if (Math.abs(a.length - n) > max) return false;
  if (max === 0) return a === b;
  if (n + 1 > prevRow.length) {
    prevRow = new Int32Array(2 * (n + 1));
    curRow = new Int32Array(2 * (n + 1));
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = prev[j - 1]! + cost;
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return false;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]! <= max;
}

/** The letters a-z a word holds, one bit each; any other character sets one of six more bits. */
export function lettersOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

/** How many bits of a 32-bit number are set. */
export function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Calls `take` with each term within `fuzzy` edits of `word`, looking only at terms of nearby
 * lengths (`byLength`); `terms` gives each term's text and `letters` its lettersOf.
 */
export function typoTerms(
  word: string,
  fuzzy: number,
  byLength: readonly (readonly number[] | undefined)[],
  terms: readonly string[],
  letters: Int32Array,
  take: (term: number) => void,
): void {
  const mask = lettersOf(word);
  for (let len = Math.max(1, word.length - fuzzy); len <= word.length + fuzzy; len++) {
    for (const term of byLength[len] ?? []) {
      // Each letter one word has and the other lacks costs an edit at least: a cheap test that
      // spares most terms the edit-distance table.
      const other = letters[term]!;
      if (bitCount(other & ~mask) > fuzzy || bitCount(mask & ~other) > fuzzy) continue;
      if (withinEditsFast(terms[term]!, word, fuzzy)) take(term);
    }
  }
}
