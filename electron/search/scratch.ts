// Working memory a query reuses: per-document marks, scores, best weights and the candidates found,
// as typed arrays as long as the index has document numbers, so a keystroke allocates nothing per
// document. Marks carry an epoch, so starting a new pass is one increment instead of clearing the array.
export class Scratch {
  mark = new Int32Array(0);
  score = new Float64Array(0);
  best = new Float64Array(0);
  /** The candidates of a query, by document number (each at most once). */
  found = new Int32Array(0);
  private epoch = 0;

  /** Makes room for document numbers below `size`. */
  ensure(size: number): void {
    if (this.mark.length >= size) return;
    const n = Math.max(size, Math.ceil(this.mark.length * 1.5));
    this.mark = new Int32Array(n);
    this.score = new Float64Array(n);
    this.best = new Float64Array(n);
    this.found = new Int32Array(n);
    this.epoch = 0;
  }

  /** A fresh mark no document carries yet. */
  nextEpoch(): number {
    if (this.epoch === 0x7fffffff) {
      this.mark.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}

/** True when `phrase` (term ids) occurs as consecutive words of `words`, as findPhrase judges. */
export function containsPhrase(words: Int32Array, phrase: readonly number[]): boolean {
  const n = phrase.length;
  const first = phrase[0]!;
  outer: for (let i = 0; i + n <= words.length; i++) {
    if (words[i] !== first) continue;
    for (let k = 1; k < n; k++) if (words[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}
