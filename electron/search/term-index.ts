// A compact inverted index of our own: a term dictionary (a Map, plus term ids sorted by term
// for prefix ranges and grouped by length for typo matching), each term's postings as a sorted
// list of document numbers (postings.ts), and each document's words in order as term ids
// (doc-words.ts; phrases are checked on those, never by tokenizing text again). Documents are
// numbered in the order added and never reused, so appending keeps every posting list sorted.
import { scanWords } from '../../shared/search/normalize';
import { AsciiTerms } from './ascii-terms';
import { DocWords } from './doc-words';
import { lettersOf, typoTerms } from './edits';
import { Postings } from './postings';
import { SlicedSort, lowerBound } from './sliced-sort';

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
  /** Per term, the live documents holding it, ascending (see postings.ts). */
  private readonly postings = new Postings();
  /** Term ids by term length, for typo matching (only similar lengths can be a few edits apart). */
  private readonly byLength: number[][] = [];
  /** Term ids in term order; null while a build adds terms in bulk (sorted on first use). */
  private sorted: number[] | null = [];
  /** The sort of the dictionary under way, in slices (see settle). */
  private sorting: SlicedSort | null = null;
  /** The next document a slice of settle() posts; null when none is being posted. */
  private filling: number | null = null;
  /** Per document number, its words as term ids in order. */
  private readonly docs = new DocWords();
  /** Documents below this number are in the posting lists; a bulk build posts the rest later. */
  private posted = 0;
  /** The last document that listed each term, so a word repeated in a text is counted once. */
  private lastDoc = new Int32Array(1024).fill(-1);
  /** Per term, the letters it holds as bits (see lettersOf), to rule out typo matches cheaply. */
  private letters = new Int32Array(1024);

  /** Numbers given so far (one past the highest); arrays indexed by document can be this long. */
  get docLimit(): number {
    return this.docs.limit;
  }

  /** Term ids given so far (one past the highest). */
  get termLimit(): number {
    return this.terms.length;
  }

  /** The mean number of words of a live document (for length-normalised ranking). */
  get meanLength(): number {
    return this.docs.meanLength;
  }

  /** A term's id, or undefined when no document ever held it. */
  termId(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** How many live documents hold the term. */
  frequency(term: number): number {
    this.settle();
    return this.postings.count(term);
  }

  /** The live documents holding the term, ascending. Read only; valid until the next change. */
  postingsOf(term: number): Int32Array {
    this.settle();
    return this.postings.docs(term);
  }

  /** How many words a document has (0 once removed). */
  lengthOf(doc: number): number {
    return this.docs.lengthOf(doc);
  }

  /** A document's words as term ids, or undefined when it was removed. */
  wordsOf(doc: number): Int32Array | undefined {
    return this.docs.words(doc);
  }

  /**
   * Adds a document of the words of `text` (cut by tokenize's rules), or of text[from, to) as
   * if sliced, and returns its number. `bulk` defers the posting lists and the sorted dictionary
   * until next needed (a build posts five million words at once, each list allocated once).
   * Words are looked up straight from the text: making a string of each was half a build.
   */
  add(text: string, bulk = false, from = 0, to = text.length): number {
    // A bulk add while a slice of settle() is posting would share its marks: finish that first.
    if (!bulk || this.filling !== null) this.settle();
    const doc = this.docs.limit;
    this.version += 1;
    this.doc = doc;
    this.count = 0;
    this.text = text;
    this.bulk = bulk;
    scanWords(text, this.onPlain, this.onFolded, from, to);
    this.docs.push(this.seq, this.count);
    if (!bulk) this.posted = this.docs.limit;
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
      if (this.bulk) this.postings.note(term);
      else this.postings.append(term, this.doc);
    }
  }

  /**
   * True when `text` cuts into exactly the words document `doc` holds, in order (so re-indexing
   * it would change nothing). Looks words up without adding any: a word the dictionary lacks
   * differs.
   */
  sameWords(text: string, doc: number): boolean {
    const words = this.docs.words(doc);
    if (words === undefined) return false;
    let i = 0;
    let same = true;
    const check = (term: number | undefined) => {
      if (same && (i >= words.length || term === undefined || words[i] !== term)) same = false;
      i += 1;
    };
    scanWords(
      text,
      (start, end) => {
        const term = this.ascii.find(text, start, end);
        check(term >= 0 ? term : undefined);
      },
      (word) => check(this.ids.get(word)),
    );
    return same && i === words.length;
  }

  /** Takes a document out of every posting list. */
  remove(doc: number): void {
    if (this.docs.words(doc) === undefined) return;
    this.settle();
    this.version += 1;
    const seq = this.docs.remove(doc)!;
    for (const term of seq) this.postings.remove(term, doc);
  }

  private newTerm(word: string, bulk: boolean): number {
    const term = this.terms.length;
    this.terms.push(word);
    this.ids.set(word, term);
    this.ascii.added(term);
    this.postings.addTerm();
    if (term >= this.letters.length) {
      const grown = new Int32Array(this.letters.length * 2);
      grown.set(this.letters);
      this.letters = grown;
    }
    this.letters[term] = lettersOf(word);
    (this.byLength[word.length] ??= []).push(term);
    if (term >= this.lastDoc.length) {
      const grown = new Int32Array(this.lastDoc.length * 2).fill(-1);
      grown.set(this.lastDoc);
      this.lastDoc = grown;
    }
    if (bulk) {
      this.sorted = null;
      this.sorting = null;
    } else if (this.sorted !== null)
      this.sorted.splice(lowerBound(this.sorted, this.terms, word), 0, term);
    return term;
  }

  /** The terms in term order, sorting them first (until `until`; null if not done yet). */
  private sortedTerms(until = Infinity): number[] | null {
    if (this.sorted === null) {
      const t = this.terms;
      this.sorting ??= new SlicedSort(Array.from(t.keys()), (a, b) => t[a]! < t[b]!);
      this.sorted = this.sorting.step(until);
      if (this.sorted !== null) this.sorting = null;
    }
    return this.sorted;
  }

  /**
   * Finishes what bulk adds deferred: posts their documents and sorts the dictionary, working
   * until `until` (a performance.now() time) at most. True when nothing is left. The end of a
   * build calls it in slices, so no query pays for it; every reader calls it too.
   */
  settle(until = Infinity): boolean {
    if (this.posted < this.docs.limit) {
      if (this.filling === null) {
        if (!this.postings.reserve(until)) return false;
        this.filling = this.posted;
        // Marks again which document last listed each term, now for posting.
        this.lastDoc.fill(-1);
      }
      while (this.filling < this.docs.limit) {
        this.post(this.filling++);
        // A document is a paragraph or so: the clock is read every few hundred of them.
        if ((this.filling & 255) === 0 && performance.now() >= until) return false;
      }
      this.filling = null;
      this.posted = this.docs.limit;
      if (performance.now() >= until) return false;
    }
    return this.sortedTerms(until) !== null;
  }

  /** Appends a bulk-added document to the lists of its terms (documents are posted in order). */
  private post(doc: number): void {
    const seq = this.docs.words(doc);
    if (seq === undefined) return;
    for (let i = 0; i < seq.length; i++) {
      const term = seq[i]!;
      if (this.lastDoc[term] !== doc) {
        this.lastDoc[term] = doc;
        this.postings.append(term, doc);
      }
    }
  }

  /**
   * Every term with live documents that answers the word as `termMatchesWord` judges it: the
   * word itself, terms it starts (when `prefix`), terms within `fuzzy` edits. Each term once,
   * at its best quality.
   */
  expand(word: string, prefix: boolean, fuzzy: number): readonly Expansion[] {
    this.settle();
    // A word stays in the query while the next ones are typed: kept until the index changes.
    const key = `${prefix ? 'p' : 'w'}${fuzzy}${word}`;
    if (this.expanded.version !== this.version || this.expanded.map.size > 256) {
      this.expanded = { version: this.version, map: new Map() };
    }
    let out = this.expanded.map.get(key);
    if (out === undefined) {
      out = this.expandNow(word, prefix, fuzzy);
      this.expanded.map.set(key, out);
    }
    return out;
  }

  /** Forgets the expansions kept (the warm-up's are no one's: see warm-up.ts). */
  forgetExpansions(): void {
    this.expanded = { version: -1, map: new Map() };
  }

  /** Expansions made at `version` (the count of adds and removes so far), by word. */
  private expanded = { version: -1, map: new Map<string, readonly Expansion[]>() };
  private version = 0;

  private expandNow(word: string, prefix: boolean, fuzzy: number): Expansion[] {
    const out: Expansion[] = [];
    const seen = new Set<number>();
    const take = (term: number, quality: number) => {
      if (seen.has(term) || this.postings.count(term) === 0) return;
      seen.add(term);
      out.push({ term, quality });
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) take(exact, 1);
    if (prefix) {
      const sorted = this.sortedTerms()!;
      for (let i = lowerBound(sorted, this.terms, word); i < sorted.length; i++) {
        const term = sorted[i]!;
        if (!this.terms[term]!.startsWith(word)) break;
        take(term, PREFIX_QUALITY);
      }
    }
    if (fuzzy > 0) {
      typoTerms(word, fuzzy, this.byLength, this.terms, this.letters, (term) => {
        if (!seen.has(term)) take(term, FUZZY_QUALITY);
      });
    }
    return out;
  }
}
