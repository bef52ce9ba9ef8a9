// Myers' bit-parallel approximate search: the algorithm of approx-string-match, with the same
// answers, run in place over a stretch of the text. The package slices and reverses strings and
// rebuilds its tables on every call, which cost more than the search on the short stretches
// re-anchoring searches (tests hold the two to the same answers).

/** A match in the text's own offsets: text[start, end) is `errors` edits from the pattern. */
export interface Match {
  start: number;
  end: number;
  errors: number;
}

const W = 32;

/**
 * A pattern's equality bit-vectors, read in one direction. Row r holds one word per 32-character
 * block of the pattern, bit i of word b set where the pattern's character b * 32 + i is the
 * character of row r. Row 0 is all zeros: characters the pattern lacks.
 */
interface Tables {
  readonly length: number;
  readonly blocks: number;
  readonly peq: Int32Array;
  /** ASCII code to row, so the hot loop needs no hash look-up for most characters. */
  readonly ascii: Int32Array;
  readonly wide: Map<number, number>;
}

function compile(pattern: string, step: 1 | -1): Tables {
  const m = pattern.length;
  const blocks = Math.ceil(m / W);
  const ascii = new Int32Array(128);
  const wide = new Map<number, number>();
  let rows = 1;
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) {
      if (ascii[code] === 0) ascii[code] = rows++;
    } else if (!wide.has(code)) wide.set(code, rows++);
  }
  const peq = new Int32Array(rows * blocks);
  for (let k = 0; k < m; k++) {
    // Read backwards, the pattern's last character comes first.
    const code = pattern.charCodeAt(step === 1 ? k : m - 1 - k);
    const row = code < 128 ? ascii[code]! : wide.get(code)!;
    peq[row * blocks + (k >> 5)]! |= 1 << (k & 31);
  }
  return { length: m, blocks, peq, ascii, wide };
}

/** The last pattern compiled, both ways: one quote is searched several times in a row. */
let cache: { pattern: string; forwards: Tables; backwards: Tables | null } | null = null;

function tables(pattern: string, step: 1 | -1): Tables {
  if (cache?.pattern !== pattern)
    cache = { pattern, forwards: compile(pattern, 1), backwards: null };
  if (step === 1) return cache.forwards;
  return (cache.backwards ??= compile(pattern, -1));
}

// Scratch state of the scan, grown as needed and reused: the vertical deltas and the score at
// the bottom of each block, and the positions found.
let P = new Int32Array(32);
let M = new Int32Array(32);
let score = new Int32Array(32);
let found = new Int32Array(256);
let count = 0;

const HIGH = 1 << 31;

/**
 * One block's step for one text character, given the horizontal delta entering its top row;
 * returns the delta leaving its bottom row (`mask` marks that row in the block's word).
 */
function advance(b: number, eqIn: number, hIn: number, mask: number): number {
  const pv = P[b]!;
  const mv = M[b]!;
  const negative = hIn < 0 ? 1 : 0;
  const eq = eqIn | negative;
  const xv = eq | mv;
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  const ph = mv | ~(xh | pv);
  const mh = pv & xh;
  const hOut = ((ph & mask) !== 0 ? 1 : 0) - ((mh & mask) !== 0 ? 1 : 0);
  const phIn = (ph << 1) | (hIn > 0 ? 1 : 0);
  const mhIn = (mh << 1) | negative;
  P[b] = mhIn | ~(xv | phIn);
  M[b] = phIn & xv;
  return hOut;
}

/**
 * The package's findMatchEnds (Myers 1999, Fig. 9, with Šošić's branch-free block step), reading
 * text[lo, hi) in direction `step`. Leaves in found[0, count) every position at which an
 * alignment with the fewest errors (at most maxErrors) ends, in reading order: the offset just
 * past it reading forwards, its first character reading backwards. Returns those errors.
 */
function scan(t: Tables, text: string, lo: number, hi: number, step: 1 | -1, budget: number) {
  if (t.blocks === 1) return scanOneBlock(t, text, lo, hi, step, budget);
  const { length: m, blocks, peq, ascii, wide } = t;
  let maxErrors = Math.min(budget, m);
  const bMax = blocks - 1;
  if (P.length < blocks)
    [P, M, score] = [new Int32Array(blocks), new Int32Array(blocks), new Int32Array(blocks)];
  if (found.length < hi - lo) found = new Int32Array(hi - lo);
  count = 0;
  const lastMask = 1 << ((m - 1) % W);
  const lastBlockScore = m % W === 0 ? W : m % W;
  let y = Math.max(0, Math.ceil(maxErrors / W) - 1);
  for (let b = 0; b <= y; b++) {
    score[b] = (b + 1) * W;
    P[b] = -1;
    M[b] = 0;
  }
  score[bMax] = m;

  for (let pos = step === 1 ? lo : hi - 1; pos >= lo && pos < hi; pos += step) {
    const code = text.charCodeAt(pos);
    const base = (code < 128 ? ascii[code]! : (wide.get(code) ?? 0)) * blocks;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advance(b, peq[base + b]!, carry, b === bMax ? lastMask : HIGH);
      score[b]! += carry;
    }
    if (
      score[y]! - carry <= maxErrors &&
      y < bMax &&
      ((peq[base + y + 1]! & 1) !== 0 || carry < 0)
    ) {
      // The bottom block is within the budget: bring in the next one.
      y++;
      P[y] = -1;
      M[y] = 0;
      const most = y === bMax ? lastBlockScore : W;
      score[y] =
        score[y - 1]! +
        most -
        carry +
        advance(y, peq[base + y]!, carry, y === bMax ? lastMask : HIGH);
    } else {
      while (y > 0 && score[y]! >= maxErrors + W) y--;
    }
    if (y === bMax && score[y]! <= maxErrors) {
      if (score[y]! < maxErrors) count = 0;
      found[count++] = step === 1 ? pos + 1 : pos;
      maxErrors = score[y]!;
    }
  }
  return maxErrors;
}

/**
 * scan for a pattern of at most 32 characters: one block, so no band to adjust, and the
 * vertical deltas and score kept in locals.
 */
function scanOneBlock(
  t: Tables,
  text: string,
  lo: number,
  hi: number,
  step: 1 | -1,
  budget: number,
) {
  const { length: m, peq, ascii, wide } = t;
  let maxErrors = Math.min(budget, m);
  if (found.length < hi - lo) found = new Int32Array(hi - lo);
  count = 0;
  const mask = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let errors = m;
  for (let pos = step === 1 ? lo : hi - 1; pos >= lo && pos < hi; pos += step) {
    const code = text.charCodeAt(pos);
    const eq = peq[code < 128 ? ascii[code]! : (wide.get(code) ?? 0)]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    const ph = mv | ~(xh | pv);
    const mh = pv & xh;
    errors += ((ph & mask) !== 0 ? 1 : 0) - ((mh & mask) !== 0 ? 1 : 0);
    // The top row is all zeros (a match may start anywhere): nothing shifted in.
    const phIn = ph << 1;
    pv = (mh << 1) | ~(xv | phIn);
    mv = phIn & xv;
    if (errors <= maxErrors) {
      if (errors < maxErrors) count = 0;
      found[count++] = step === 1 ? pos + 1 : pos;
      maxErrors = errors;
    }
  }
  return maxErrors;
}

/**
 * What approx-string-match's search(text.slice(lo, hi), pattern, maxErrors) returns, in the
 * whole text's offsets: the matches with the fewest errors, at most maxErrors, by end. As
 * there, each match's start is the earliest at which an alignment with that many errors
 * starts, found by reading back from its end.
 */
export function search(
  text: string,
  pattern: string,
  lo: number,
  hi: number,
  maxErrors: number,
): Match[] {
  if (pattern.length === 0 || hi <= lo) return [];
  const errors = scan(tables(pattern, 1), text, lo, hi, 1, maxErrors);
  const ends = Array.from(found.subarray(0, count));
  const backwards = tables(pattern, -1);
  return ends.map((end) => {
    const from = Math.max(lo, end - pattern.length - errors);
    scan(backwards, text, from, end, -1, errors);
    // Positions come in reading order, backwards: the last is the earliest start.
    const start = count > 0 ? Math.min(end, found[count - 1]!) : end;
    return { start, end, errors };
  });
}
