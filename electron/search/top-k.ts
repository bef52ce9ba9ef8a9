// A group's best matches as they arrive: the `limit` best kept in order (ties to the lower
// document number, the order entries were indexed) and every match counted, so a common word
// costs a pass over its matches, not a sort of all of them.

/** Sorted inserts keep a small top list; past this many, a group is sorted once at the end. */
const INSERT_LIMIT = 64;

/** Whether document a (ranked ra) goes before document b (ranked rb). */
function ahead(a: number, ra: number, b: number, rb: number): boolean {
  return ra > rb || (ra === rb && a < b);
}

/** Keeps the `limit` best of a group as entries arrive, and counts them all. */
export class TopK {
  private docs: number[] = [];
  /** The rank of each of `docs` (while they are kept in order, up to INSERT_LIMIT). */
  private ranks: number[] = [];
  count = 0;
  constructor(
    private readonly limit: number,
    private readonly rank: ((doc: number) => number) | null,
  ) {}

  offer(doc: number): void {
    this.count += 1;
    const d = this.docs;
    // Filters only: stored order, so the first ones win.
    if (this.rank === null) {
      if (d.length < this.limit) d.push(doc);
      return;
    }
    if (this.limit > INSERT_LIMIT) {
      d.push(doc);
      return;
    }
    const r = this.rank(doc);
    const ranks = this.ranks;
    // Ties go to the lower document number, as in result()'s sort. (No closure here: this runs
    // once per match; the kept ranks are stored, not asked again.)
    const n = d.length;
    if (n >= this.limit && !ahead(doc, r, d[n - 1]!, ranks[n - 1]!)) return;
    let at = n;
    while (at > 0 && ahead(doc, r, d[at - 1]!, ranks[at - 1]!)) at--;
    d.splice(at, 0, doc);
    ranks.splice(at, 0, r);
    if (d.length > this.limit) {
      d.pop();
      ranks.pop();
    }
  }

  /** Counts `n` more matches that the kept ones outrank (filters only: later in document order). */
  counted(n: number): void {
    this.count += n;
  }

  /** The best first; ties in document order (the order entries were indexed). */
  result(): number[] {
    const rank = this.rank;
    if (rank === null || this.limit <= INSERT_LIMIT) return this.docs;
    const ranked = this.docs.map((doc) => ({ doc, r: rank(doc) }));
    ranked.sort((a, b) => b.r - a.r || a.doc - b.doc);
    return ranked.slice(0, this.limit).map((x) => x.doc);
  }
}
