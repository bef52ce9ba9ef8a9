// A merge sort that can stop and resume, so the end of a background build can sort the term
// dictionary (tens of thousands of strings, about a twentieth of a second in one go) in slices
// that keep the thread free. Stable; `before(a, b)` is true when a goes strictly before b.

/** Items per run sorted in one go at the start (a millisecond or two each). */
const RUN = 2048;

export class SlicedSort {
  private items: number[];
  private spare: number[];
  /** Phase one: the next run to sort; phase two: the width of the runs being merged, and the
   * next pair to merge. */
  private run = 0;
  private width = RUN;
  private at = 0;

  constructor(
    items: readonly number[],
    private readonly before: (a: number, b: number) => boolean,
  ) {
    this.items = [...items];
    this.spare = new Array<number>(items.length).fill(0);
  }

  /** Sorts until `until` (a performance.now() time); the sorted items when done, else null. */
  step(until = Infinity): number[] | null {
    const n = this.items.length;
    const before = this.before;
    while (this.run < n) {
      const from = this.run;
      const to = Math.min(n, from + RUN);
      const part = this.items
        .slice(from, to)
        .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
      for (let i = 0; i < part.length; i++) this.items[from + i] = part[i]!;
      this.run = to;
      if (performance.now() >= until) return null;
    }
    while (this.width < n) {
      while (this.at < n) {
        const lo = this.at;
        const mid = Math.min(n, lo + this.width);
        const hi = Math.min(n, lo + 2 * this.width);
        merge(this.items, this.spare, lo, mid, hi, before);
        this.at = hi;
        if (performance.now() >= until && this.at < n) return null;
      }
      [this.items, this.spare] = [this.spare, this.items];
      this.width *= 2;
      this.at = 0;
      if (performance.now() >= until && this.width < n) return null;
    }
    return this.items;
  }
}

/** Merges the sorted a[lo, mid) and a[mid, hi) into out[lo, hi), the left first on ties. */
function merge(
  a: readonly number[],
  out: number[],
  lo: number,
  mid: number,
  hi: number,
  before: (x: number, y: number) => boolean,
): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) out[k++] = before(a[j]!, a[i]!) ? a[j++]! : a[i++]!;
  while (i < mid) out[k++] = a[i++]!;
  while (j < hi) out[k++] = a[j++]!;
}

/** Where `word` goes in `sorted` (term ids in term order, `terms` their texts): the first place
 * whose term is not before it. */
export function lowerBound(
  sorted: readonly number[],
  terms: readonly string[],
  word: string,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[sorted[mid]!]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
