// Per source, the document numbers of the quotes it speaks (and of those it speaks or conveys), for
// the people filters (people-filters.ts). Finding a quote's document number is a Map lookup by its
// id: marking the quotes of 1,000 sources that way cost 30-90 ms on the first `speaker:s`, so the
// lists are made once, as the last slices of the background build, and then kept: an edit drops
// only the lists of the sources whose attributions or quotes it touched.

/** What the lists are made from: a source's attributions and a quote's document number. */
export interface SourceQuotesInput {
  attributionsOfSource(sourceId: string): Iterable<{ quoteId: string; role: string }>;
  quoteDoc(quoteId: string): number | undefined;
}

/** One source's quotes as document numbers: those it speaks, and those of any role. */
export interface QuoteDocs {
  readonly speaks: Int32Array;
  readonly any: Int32Array;
}

const EMPTY: QuoteDocs = { speaks: new Int32Array(0), any: new Int32Array(0) };

export class SourceQuotes {
  private readonly lists = new Map<string, QuoteDocs>();

  constructor(private readonly input: SourceQuotesInput) {}

  /** How many sources have their lists made (for tests and the benchmark). */
  get size(): number {
    return this.lists.size;
  }

  /** Forgets every list (the index starts over). */
  clear(): void {
    this.lists.clear();
  }

  /** Forgets one source's lists: its attributions, or the document numbers of its quotes, changed. */
  drop(sourceId: string): void {
    this.lists.delete(sourceId);
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
    for (const a of this.input.attributionsOfSource(sourceId)) {
      const doc = this.input.quoteDoc(a.quoteId);
      if (doc === undefined) continue;
      any.push(doc);
      if (a.role === 'speaker') speaks.push(doc);
    }
    if (any.length === 0) return EMPTY;
    return { speaks: Int32Array.from(speaks), any: Int32Array.from(any) };
  }
}
