// Each term's posting list (the live documents holding it, ascending) as a stretch of one shared
// Int32Array, found by the term's start, capacity and length (typed arrays too): a build posts
// five million documents, and growing tens of thousands of JS arrays one push at a time left
// old-space garbage the collector spent seconds on, while a list object per term cost a pointer
// chase per posting. A build counts first and gives every list its room at once; an edit that
// overflows a list moves it to the end of the store with twice the room. A full store is not
// grown (copying a build's postings would hold an edit up): a new one is started.

export class Postings {
  /** The stores; lists are moved into the last one, and `used` of it is taken. */
  private readonly stores: Int32Array[] = [new Int32Array(1 << 16)];
  private used = 0;
  /** Per term: its store (an index in `stores`), where its list starts there, its room and its
   * length. */
  private storeOf = new Int32Array(1024);
  private start = new Int32Array(1024);
  private cap = new Int32Array(1024);
  private lens = new Int32Array(1024);
  /** Per term, how many documents noted by a build still have to be posted. */
  private due = new Int32Array(1024);
  private terms = 0;

  /** Makes room for one more term id (a new term has an empty list). */
  addTerm(): void {
    const term = this.terms++;
    if (term < this.lens.length) return;
    const size = this.lens.length * 2;
    this.storeOf = grown(this.storeOf, size);
    this.start = grown(this.start, size);
    this.cap = grown(this.cap, size);
    this.lens = grown(this.lens, size);
    this.due = grown(this.due, size);
  }

  /** How many live documents hold the term. */
  count(term: number): number {
    return this.lens[term]!;
  }

  /** The term's documents, ascending: a view, valid until the next change. */
  docs(term: number): Int32Array {
    const from = this.start[term]!;
    return this.stores[this.storeOf[term]!]!.subarray(from, from + this.lens[term]!);
  }

  /** A build read the term in a document it will post later (counted, to size the lists once). */
  note(term: number): void {
    this.due[term]! += 1;
  }

  /**
   * Gives every list room for what was noted (one growth of the store at most) and clears the
   * notes, working until `until` (a performance.now() time) at most: true when done, false to be
   * called again.
   */
  reserve(until = Infinity): boolean {
    if (this.reserving === 0) {
      let need = 0;
      for (let t = 0; t < this.terms; t++) {
        const due = this.due[t]!;
        if (due > 0 && this.cap[t]! - this.lens[t]! < due) need += room(this.lens[t]! + due);
      }
      this.ensure(need);
    }
    for (let t = this.reserving; t < this.terms; t++) {
      const due = this.due[t]!;
      if (due === 0) continue;
      this.due[t] = 0;
      if (this.cap[t]! - this.lens[t]! < due) this.move(t, room(this.lens[t]! + due));
      if ((t & 1023) === 1023 && performance.now() >= until) {
        this.reserving = t + 1;
        return false;
      }
    }
    this.reserving = 0;
    return true;
  }

  /** The next term reserve() looks at, when it stopped half way. */
  private reserving = 0;

  /** Appends a document above every one the list holds (numbers only grow). */
  append(term: number, doc: number): void {
    const len = this.lens[term]!;
    if (len === this.cap[term]) {
      this.ensure(room(len * 2));
      this.move(term, room(len * 2));
    }
    this.stores[this.storeOf[term]!]![this.start[term]! + len] = doc;
    this.lens[term] = len + 1;
  }

  /** Takes a document out of the term's list if there (a binary search, then the tail shifts). */
  remove(term: number, doc: number): void {
    const from = this.start[term]!;
    const to = from + this.lens[term]!;
    const s = this.stores[this.storeOf[term]!]!;
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= to || s[lo] !== doc) return;
    s.copyWithin(lo, lo + 1, to);
    this.lens[term]! -= 1;
  }

  /** Makes sure `more` numbers fit at the end of the last store (starting a new one if not). */
  private ensure(more: number): void {
    if (this.used + more <= this.stores[this.stores.length - 1]!.length) return;
    // A build's postings are one store of their own, exactly sized; edits then share stores of
    // a million numbers (4 MB), unless a list needs more.
    this.stores.push(new Int32Array(this.used === 0 ? more : Math.max(more, 1 << 20)));
    this.used = 0;
  }

  /** Moves a list to the end of the store with room for `capacity` (ensure() it first). */
  private move(term: number, capacity: number): void {
    const from = this.start[term]!;
    const len = this.lens[term]!;
    const target = this.stores[this.stores.length - 1]!;
    // (A build's lists are all empty: copying costs more than the nothing it copies.)
    if (len > 0)
      target.set(this.stores[this.storeOf[term]!]!.subarray(from, from + len), this.used);
    this.storeOf[term] = this.stores.length - 1;
    this.start[term] = this.used;
    this.cap[term] = capacity;
    this.used += capacity;
  }
}

/** The room to give a list of `n`: a little spare, so the first edits after a build do not move it. */
const room = (n: number) => n + (n >> 3) + 2;

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
