// A compact inverted index of our own: a term dictionary (a Map, plus term ids sorted by term
// for prefix ranges and grouped by length for typo matching), each term's postings as a sorted
// array of document numbers, and each document's words in order as term ids (phrases are
// checked on those, never by tokenizing text again). Documents are numbered in the order added
// and numbers are never reused, so appending keeps every posting list sorted.
import { scanWords } from '../../shared/search/normalize';
import { AsciiTerms } from './ascii-terms';

/** A dictionary term that answers a query word, with how well (1 exact, less for prefix or typo). */
export interface Expansion {
  readonly term: number;
  readonly quality: number;
}

/** How much a prefix match or a typo match counts next to the exact word, for ranking. */
const PREFIX_QUALITY = 0.7;
const FUZZY_QUALITY = 0.5;

export class TermIndex {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** The plain ASCII terms again, found from a stretch of text without making a string. */
  private readonly ascii = new AsciiTerms(this.terms);
  /** Per term, the live documents holding it, ascending (plain arrays of small integers: typed
   * arrays measured about twice slower to build, each of the many lists growing by fresh
   * off-heap buffers that also kept the garbage collector busy). */
  private readonly postings: number[][] = [];
  /** Term ids by term length, for typo matching (only similar lengths can be a few edits apart). */
  private readonly byLength: number[][] = [];
  /** Term ids in term order; null while a build adds terms in bulk (sorted on first use). */
  private sorted: number[] | null = [];
  /** Per document number, its words as term ids in order; undefined once removed. */
  private readonly docs: (Int32Array | undefined)[] = [];
  /** The last document that listed each term, so a word repeated in a text is posted once. */
  private lastDoc = new Int32Array(1024).fill(-1);
  private liveCount = 0;
  private totalLength = 0;

  /** Numbers given so far (one past the highest); arrays indexed by document can be this long. */
  get docLimit(): number {
    return this.docs.length;
  }

  /** The mean number of words of a live document (for length-normalised ranking). */
  get meanLength(): number {
    return this.liveCount === 0 ? 1 : Math.max(1, this.totalLength / this.liveCount);
  }

  /** A term's id, or undefined when no document ever held it. */
  termId(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** How many live documents hold the term. */
  frequency(term: number): number {
    return this.postings[term]!.length;
  }

  /** The live documents holding the term, ascending. Read only; valid until the next change. */
  postingsOf(term: number): readonly number[] {
    return this.postings[term]!;
  }

  /** A document's words as term ids, or undefined when it was removed. */
  wordsOf(doc: number): Int32Array | undefined {
    return this.docs[doc];
  }

  /**
   * Adds a document of the words of `text` (cut by tokenize's rules) and returns its number.
   * `bulk` defers sorting the dictionary until it is next needed (a build adds terms by the
   * thousand). Words are looked up straight from the text: a build reads five million of them,
   * and making a string of each was half its time.
   */
  add(text: string, bulk = false): number {
    const doc = this.docs.length;
    this.doc = doc;
    this.count = 0;
    this.text = text;
    this.bulk = bulk;
    scanWords(text, this.onPlain, this.onFolded);
    this.docs.push(this.seq.slice(0, this.count));
    this.liveCount += 1;
    this.totalLength += this.count;
    return doc;
  }

  // The document being added, as fields rather than closure variables: the callbacks below are
  // made once, and the build calls them five million times.
  private doc = 0;
  private count = 0;
  private text = '';
  private bulk = false;
  private seq = new Int32Array(256);

  private readonly onPlain = (start: number, end: number): void => {
    const term = this.ascii.find(this.text, start, end);
    this.put(term >= 0 ? term : this.newTerm(this.text.slice(start, end).toLowerCase(), this.bulk));
  };

  private readonly onFolded = (word: string): void => {
    this.put(this.ids.get(word) ?? this.newTerm(word, this.bulk));
  };

  private put(term: number): void {
    if (this.count === this.seq.length) {
      const grown = new Int32Array(this.seq.length * 2);
      grown.set(this.seq);
      this.seq = grown;
    }
    this.seq[this.count++] = term;
    if (this.lastDoc[term] !== this.doc) {
      this.lastDoc[term] = this.doc;
      this.postings[term]!.push(this.doc);
    }
  }

  /** Takes a document out of every posting list. */
  remove(doc: number): void {
    const seq = this.docs[doc];
    if (seq === undefined) return;
    this.docs[doc] = undefined;
    this.liveCount -= 1;
    this.totalLength -= seq.length;
    for (const term of seq) removeSorted(this.postings[term]!, doc);
  }

  private newTerm(word: string, bulk: boolean): number {
    const term = this.terms.length;
    this.terms.push(word);
    this.ids.set(word, term);
    this.ascii.added(term);
    this.postings.push([]);
    (this.byLength[word.length] ??= []).push(term);
    if (term >= this.lastDoc.length) {
      const grown = new Int32Array(this.lastDoc.length * 2).fill(-1);
      grown.set(this.lastDoc);
      this.lastDoc = grown;
    }
    if (bulk) this.sorted = null;
    else if (this.sorted !== null) this.sorted.splice(this.lowerBound(this.sorted, word), 0, term);
    return term;
  }

  /** The terms in term order, sorting them first if a bulk build left them unsorted. */
  private sortedTerms(): number[] {
    if (this.sorted === null) {
      const t = this.terms;
      this.sorted = Array.from(t.keys()).sort((a, b) => (t[a]! < t[b]! ? -1 : 1));
    }
    return this.sorted;
  }

  /** Sorts the dictionary now (the end of a build), so no query pays for it. */
  settle(): void {
    this.sortedTerms();
  }

  private lowerBound(sorted: readonly number[], word: string): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[sorted[mid]!]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Every term with live documents that answers the word as `termMatchesWord` judges it: the
   * word itself, terms it starts (when `prefix`), terms within `fuzzy` edits. Each term once,
   * at its best quality.
   */
  expand(word: string, prefix: boolean, fuzzy: number): Expansion[] {
    const out: Expansion[] = [];
    const seen = new Set<number>();
    const take = (term: number, quality: number) => {
      if (seen.has(term) || this.postings[term]!.length === 0) return;
      seen.add(term);
      out.push({ term, quality });
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) take(exact, 1);
    if (prefix) {
      const sorted = this.sortedTerms();
      for (let i = this.lowerBound(sorted, word); i < sorted.length; i++) {
        const term = sorted[i]!;
        if (!this.terms[term]!.startsWith(word)) break;
        take(term, PREFIX_QUALITY);
      }
    }
    if (fuzzy > 0) {
      const from = Math.max(1, word.length - fuzzy);
      for (let len = from; len <= word.length + fuzzy; len++) {
        for (const term of this.byLength[len] ?? []) {
          if (!seen.has(term) && withinEditsFast(this.terms[term]!, word, fuzzy)) {
            take(term, FUZZY_QUALITY);
          }
        }
      }
    }
    return out;
  }
}

/** Removes `doc` from an ascending list if there (a binary search, then the tail shifts). */
function removeSorted(list: number[], doc: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  if (lo < list.length && list[lo] === doc) list.splice(lo, 1);
}

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
