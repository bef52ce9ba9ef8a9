// Scores how well a stored prefix or suffix agrees with the text beside a candidate match:
// 1 - (edit distance / length), with the alignment pinned to the edge of the quote.

/** Context is compared one machine word at a time: at most 32 characters, nearest first. */
export const MAX_CONTEXT = 32;

/** A context string compiled for bit-parallel comparison, read outward from the quote. */
export interface ContextPattern {
  readonly length: number;
  readonly chars: string;
  /** For each character code, the bit set of pattern positions holding it. */
  readonly peq: ReadonlyMap<number, number>;
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
  const chars =
    side === 'prefix'
      ? normalised.slice(-MAX_CONTEXT).split('').reverse().join('')
      : normalised.slice(0, MAX_CONTEXT);
  const length = chars.length;
  if (length === 0) return null;
  const peq = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = chars.charCodeAt(i);
    peq.set(code, (peq.get(code) ?? 0) | (1 << i));
  }
  return { length, chars, peq };
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

  const high = 1 << (m - 1);
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  let best = m;
  // Beyond 2m characters every alignment already costs more than deleting the whole pattern.
  const limit = 2 * m;
  for (let k = 0, pos = from; k < limit && pos >= 0 && pos < text.length; k++, pos += step) {
    const eq = pattern.peq.get(text.charCodeAt(pos)) ?? 0;
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
