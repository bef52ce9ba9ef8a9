// Scores how well a stored prefix or suffix agrees with the text beside a candidate match:
// 1 - (edit distance / length), with the alignment pinned to the edge of the quote.

/** Context is compared one machine word at a time: at most 32 characters, nearest first. */
export const MAX_CONTEXT = 32;

/** A context string for bit-parallel comparison, read outward from the quote. */
export interface ContextPattern {
  readonly length: number;
  readonly chars: string;
  /** Bit sets of pattern positions per character: built on first need (most contexts agree). */
  peq: Int32Array | null;
  /** The same for characters beyond ASCII. */
  wide: ReadonlyMap<number, number> | null;
}

/**
 * Compiles the stored context. The prefix is read backwards from the quote (its last
 * characters matter most: they are the ones beside the quote), the suffix forwards. Null for
 * empty context: a quote stored at the very start or end of a text has nothing to agree with,
 * and, as in Hypothesis, missing context neither helps nor hurts a candidate.
 */
export function compileContext(
  normalised: string,
  side: 'prefix' | 'suffix',
): ContextPattern | null {
  // Code units, not code points: the text is read one code unit at a time too.
  return contextPattern(side === 'prefix' ? reversed(normalised.slice(-MAX_CONTEXT)) : normalised);
}

const reversing = new Uint16Array(MAX_CONTEXT);

/**
 * A context of at most 32 code units, reversed by code unit: it is read one code unit at a
 * time. (split, reverse and join cost three allocations for each of 20,000 contexts.)
 */
export function reversed(context: string): string {
  const n = context.length;
  if (n > MAX_CONTEXT) throw new RangeError(`context of ${n} characters, at most ${MAX_CONTEXT}`);
  for (let i = 0; i < n; i++) reversing[i] = context.charCodeAt(n - 1 - i);
  return String.fromCharCode.apply(null, reversing.subarray(0, n) as unknown as number[]);
}

/** The first 32 of `chars` as they stand, in reading order; null when empty. */
export function contextPattern(chars: string): ContextPattern | null {
  const read = chars.slice(0, MAX_CONTEXT);
  return read.length === 0 ? null : { length: read.length, chars: read, peq: null, wide: null };
}

/** Shared by every pattern of ASCII alone, which is most: never written to. */
const NO_WIDE: ReadonlyMap<number, number> = new Map();

/** Builds the pattern's bit sets on first need; returns the ASCII ones (`wide` is set too). */
function equalities(pattern: ContextPattern): Int32Array {
  if (pattern.peq && pattern.wide) return pattern.peq;
  const peq = new Int32Array(128);
  let wide: Map<number, number> | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.chars.charCodeAt(i);
    if (code < 128) peq[code]! |= 1 << i;
    else (wide ??= new Map()).set(code, (wide.get(code) ?? 0) | (1 << i));
  }
  pattern.peq = peq;
  pattern.wide = wide ?? NO_WIDE;
  return peq;
}

/**
 * Similarity in 0..1 of the pattern to the text read from `from` in direction `step` (-1 for
 * the prefix, +1 for the suffix). The distance is the fewest edits turning the pattern into
 * some run of text starting at `from`, so a few characters inserted beside the quote cost only
 * their own length, and the text may end early (a quote now near the start of the article).
 *
 * Myers' bit-vector algorithm (1999) in Hyyrö's form for a pinned start: the top row of the
 * dynamic-programming matrix grows by one per text character, hence the `| 1` shifted into
 * the horizontal positive deltas. About 64 word operations per call.
 */
export function contextSimilarity(
  pattern: ContextPattern,
  text: string,
  from: number,
  step: 1 | -1,
): number {
  const m = pattern.length;
  // Fast path: the context is intact, the usual case after an edit elsewhere.
  let same = 0;
  for (let pos = from; same < m && pos >= 0 && pos < text.length; pos += step) {
    if (text.charCodeAt(pos) !== pattern.chars.charCodeAt(same)) break;
    same++;
  }
  if (same === m) return 1;

  const peq = equalities(pattern);
  const wide = pattern.wide!;
  const high = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  let best = m;
  // Beyond 2m characters every alignment already costs more than deleting the whole pattern.
  // Sooner, too: m pattern characters against j text characters take at least j - m edits, so
  // once j - m reaches the best found, no later column can improve on it.
  const limit = 2 * m;
  for (
    let k = 0, pos = from;
    k < limit && k + 1 - m < best && pos >= 0 && pos < text.length;
    k++, pos += step
  ) {
    const code = text.charCodeAt(pos);
    const eq = code < 128 ? peq[code]! : (wide.get(code) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return 1 - best / m;
}

/**
 * Where `chars` (at most 32 characters) occurs with the fewest errors, at most `maxErrors`,
 * reading text[from, to) in direction `step`: for each such match, the offset just past it in
 * the reading direction. Reading forwards with the prefix gives where a quote starts; reading
 * backwards with the suffix reversed gives where it ends. Myers' search for one machine word:
 * locating a context this way costs a fraction of a general search. A pattern compiled with
 * contextPattern keeps its tables between calls.
 */
export function contextEdges(
  chars: string | ContextPattern | null,
  text: string,
  from: number,
  to: number,
  step: 1 | -1,
  maxErrors: number,
): { edge: number; errors: number }[] {
  const pattern = typeof chars === 'string' ? contextPattern(chars) : chars;
  if (!pattern || to <= from) return [];
  const m = pattern.length;
  const peq = equalities(pattern);
  const wide = pattern.wide!;
  const high = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  let limit = maxErrors;
  let found: { edge: number; errors: number }[] = [];
  for (let pos = step === 1 ? from : to - 1; pos >= from && pos < to; pos += step) {
    const code = text.charCodeAt(pos);
    const eq = code < 128 ? peq[code]! : (wide.get(code) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // A free start: the top row stays 0, so nothing is shifted in.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= limit) {
      if (score < limit) found = [];
      limit = score;
      found.push({ edge: step === 1 ? pos + 1 : pos, errors: score });
    }
  }
  return found;
}
