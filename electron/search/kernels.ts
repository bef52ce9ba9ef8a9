// The query's loops over postings and document numbers, as small functions of typed arrays and
// numbers only. Kept apart from the code that reads the parsed query (whose arrays and objects
// vary from query to query) so that V8, having compiled them once (during the warm-up after the
// build), never has a reason to throw that code away: when the loops lived inside the functions
// that read the query, a query of a new shape sent them back to the interpreter, and on a busy
// machine recompiling took the next several keystrokes (50-120 ms each).

/**
 * Walks one term's postings for a query word: each document gets `epoch` in `mark` and its best
 * weight in `best`; when `collect`, documents marked for the first time are appended to `found`
 * from `count` on. Returns the new count.
 */
export function walkPostings(
  docs: Int32Array,
  weight: number,
  epoch: number,
  mark: Int32Array,
  best: Float64Array,
  found: Int32Array,
  count: number,
  collect: boolean,
): number {
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    if (mark[doc] !== epoch) {
      mark[doc] = epoch;
      best[doc] = weight;
      if (collect) found[count++] = doc;
    } else if (weight > best[doc]!) best[doc] = weight;
  }
  return count;
}

/** The first word's scores: each found document's best weight. */
export function firstScores(
  found: Int32Array,
  count: number,
  score: Float64Array,
  best: Float64Array,
) {
  for (let k = 0; k < count; k++) score[found[k]!] = best[found[k]!]!;
}

/**
 * Keeps, in place, the first `count` found documents that carry `epoch` (when `marked`) or do not
 * (otherwise), adding their best weight to their score when `scored`. Returns how many were kept.
 */
export function keep(
  found: Int32Array,
  count: number,
  mark: Int32Array,
  epoch: number,
  marked: boolean,
  scored: boolean,
  score: Float64Array,
  best: Float64Array,
): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const doc = found[k]!;
    if ((mark[doc] === epoch) !== marked) continue;
    found[kept++] = doc;
    if (scored) score[doc]! += best[doc]!;
  }
  return kept;
}

/** Gives every document of `docs` the mark `epoch`. */
export function markAll(docs: Int32Array, mark: Int32Array, epoch: number): void {
  for (let k = 0; k < docs.length; k++) mark[docs[k]!] = epoch;
}

/**
 * A query of filters only, over every document below `end` in order. Documents with no entry or
 * of a collection no filter judges (`judged[collection]` 0) are passed over. Quotes and passages
 * (`byMarks[collection]` 1) must pass the people filters' marks (each mark 1, or 0 where
 * `negated`); when `settle`, they are settled on those marks alone: counted per collection in
 * `out.counts`, the first `limit` kept in `out.kept`. Every other document left is written to
 * `rest` for the caller to judge. Returns how many it wrote.
 */
export function scanFiltersOnly(
  codes: Uint8Array,
  end: number,
  none: number,
  judged: Uint8Array,
  byMarks: Uint8Array,
  settle: boolean,
  marks: readonly Uint8Array[],
  negated: Uint8Array,
  limit: number,
  out: { counts: number[]; kept: number[][] },
  rest: Int32Array,
): number {
  let n = 0;
  for (let doc = 0; doc < end; doc++) {
    const code = codes[doc]!;
    if (code === none) continue;
    const collection = code >> 3;
    if (judged[collection] === 0) continue;
    if (byMarks[collection] === 1 && marks.length > 0) {
      if (!marksPass(doc, marks, negated)) continue;
      if (settle) {
        out.counts[collection]! += 1;
        const kept = out.kept[collection]!;
        if (kept.length < limit) kept.push(doc);
        continue;
      }
    }
    rest[n++] = doc;
  }
  return n;
}

/** True when every people mark lets the document through (1 where wanted, 0 where `negated`). */
function marksPass(doc: number, marks: readonly Uint8Array[], negated: Uint8Array): boolean {
  for (let i = 0; i < marks.length; i++) {
    if ((marks[i]![doc] === 1) === (negated[i] === 1)) return false;
  }
  return true;
}

/**
 * Keeps, in place, the first `count` candidates that a filter can judge (`judged[collection]`)
 * and, for quotes and passages (`byMarks[collection]`), that every people mark lets through; the
 * rest are judged by the caller. Returns how many were kept.
 */
export function keepJudged(
  found: Int32Array,
  count: number,
  codes: Uint8Array,
  none: number,
  judged: Uint8Array,
  byMarks: Uint8Array,
  marks: readonly Uint8Array[],
  negated: Uint8Array,
): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const doc = found[k]!;
    const code = codes[doc]!;
    if (code === none || judged[code >> 3] === 0) continue;
    if (byMarks[code >> 3] === 1 && !marksPass(doc, marks, negated)) continue;
    found[kept++] = doc;
  }
  return kept;
}

/** Calls `visit` with each of the first `count` documents, in order. */
export function visitEach(docs: Int32Array, count: number, visit: (doc: number) => void): void {
  for (let k = 0; k < count; k++) visit(docs[k]!);
}
