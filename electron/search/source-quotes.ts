// Per source, the document numbers of the quotes it speaks (and of those it speaks or conveys), and
// of the passages holding those quotes, for the people filters (people-filters.ts). Finding a
// quote's document number is a Map lookup by its id: marking the quotes of 1,000 sources that way
// cost 30-90 ms on the first `speaker:s`, so the lists are made once, as the last slices of the
// background build, and then kept: an edit drops only the lists of the sources whose attributions
// or quotes it touched, or that have a quote in an article it touched.

/** What the lists are made from: a source's attributions and a quote's document number. */
export interface SourceQuotesInput {
  attributionsOfSource(sourceId: string): Iterable<{ quoteId: string; role: string }>;
  quoteDoc(quoteId: string): number | undefined;
  /**
   * Appends to `out` the document numbers of the passages holding the quote; returns the id of
   * its article (whose passages those are), or null when the quote is gone.
   */
  quotePassages(quoteId: string, out: number[]): string | null;
}

/** One source's quotes as document numbers: those it speaks, and those of any role. */
export interface QuoteDocs {
  readonly speaks: Int32Array;
  readonly any: Int32Array;
  /** The passages holding the quotes of `speaks`, and of `any` (a passage may come twice). */
  readonly speaksIn: Int32Array;
  readonly anyIn: Int32Array;
}

const NO_DOCS = new Int32Array(0);
const EMPTY: QuoteDocs = { speaks: NO_DOCS, any: NO_DOCS, speaksIn: NO_DOCS, anyIn: NO_DOCS };

export class SourceQuotes {
  private readonly lists = new Map<string, QuoteDocs>();
  /** Per article, the sources whose lists were made from a quote of it (kept or not since). */
  private readonly byArticle = new Map<string, Set<string>>();

  constructor(private readonly input: SourceQuotesInput) {}

  /** How many sources have their lists made (for tests and the benchmark). */
  get size(): number {
    return this.lists.size;
  }

  /** Forgets every list (the index starts over). */
  clear(): void {
    this.lists.clear();
    this.byArticle.clear();
  }

  /** Forgets one source's lists: its attributions, or the document numbers of its quotes, changed. */
  drop(sourceId: string): void {
    this.lists.delete(sourceId);
  }

  /** Forgets the lists of the sources with a quote in the article: its passages changed. */
  dropArticle(articleId: string): void {
    for (const id of this.byArticle.get(articleId) ?? []) this.lists.delete(id);
    this.byArticle.delete(articleId);
  }

  /** The source's quotes, made now if not kept. The index must be current. */
  of(sourceId: string): QuoteDocs {
    let out = this.lists.get(sourceId);
    if (out === undefined) {
      out = this.make(sourceId);
      this.lists.set(sourceId, out);
    }
    return out;
  }

  /**
   * Makes the lists of `sourceIds` from `from` on until `until` (a performance.now() time);
   * returns where it stopped (sourceIds.length when done). For the background build's slices.
   */
  prepare(sourceIds: readonly string[], from: number, until: number): number {
    let i = from;
    while (i < sourceIds.length) {
      this.of(sourceIds[i++]!);
      // A source has a hundred quotes or so: the clock is read every few sources.
      if ((i & 7) === 0 && performance.now() >= until) break;
    }
    return i;
  }

  private make(sourceId: string): QuoteDocs {
    const speaks: number[] = [];
    const any: number[] = [];
    const speaksIn: number[] = [];
    const anyIn: number[] = [];
    for (const a of this.input.attributionsOfSource(sourceId)) {
      const doc = this.input.quoteDoc(a.quoteId);
      if (doc !== undefined) {
        any.push(doc);
        if (a.role === 'speaker') speaks.push(doc);
      }
      const from = anyIn.length;
      const article = this.input.quotePassages(a.quoteId, anyIn);
      // Noted even when no passage holds the quote: the article may get one that does.
      if (article !== null) link(this.byArticle, article, sourceId);
      if (a.role === 'speaker') for (let k = from; k < anyIn.length; k++) speaksIn.push(anyIn[k]!);
    }
    if (any.length === 0 && anyIn.length === 0) return EMPTY;
    return {
      speaks: Int32Array.from(speaks),
      any: Int32Array.from(any),
      speaksIn: Int32Array.from(speaksIn),
      anyIn: Int32Array.from(anyIn),
    };
  }
}

function link(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
