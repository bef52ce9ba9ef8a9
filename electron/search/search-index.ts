// The workspace's full-text index (our own TermIndex: minisearch scored every match and could not
// build 5 million words in seconds), kept next to the store: built in the background in small
// slices after open, then brought up to date from the store's touched ids (every commit, undo,
// redo, merge and bundle import bumps them, attributions included: a quote is found by its
// speakers' names) before each query and on an idle timer.
import type { CollectionName, WorkspaceData } from '../../shared/domain/workspace';
import { getRecord } from '../../shared/domain/workspace';
import type { EntryMeta, QuoteSpeakers, SearchedCollection } from '../../shared/search/entries';
import { SEARCHED_COLLECTIONS, entriesOf } from '../../shared/search/entries';
import type { QuoteAttributions } from '../../shared/search/filters';
import type { Revisions } from '../store/revisions';
import { IndexedEntries } from './indexed-entries';
import { QuoteSpeakers as SpeakerMap } from './quote-speakers';
import type { QuoteDocs } from './source-quotes';
import { SourceQuotes } from './source-quotes';
import type { TermIndex } from './term-index';

/** What the index needs of the store: its data and its revision counters. */
export interface IndexedStore {
  readonly data: WorkspaceData;
  revisions(): Revisions;
  touchedSince(collection: CollectionName, revision: number): Set<string> | null;
}

export type { EntryMeta };
export { NONE } from './indexed-entries';

/** How long one background slice of the build may hold the thread. */
const SLICE_MS = 12;

export class SearchIndex {
  private entries = new IndexedEntries();
  /** Who spoke each quote, as indexed (a quote is found by its speakers' names too). */
  private readonly speakerMap = new SpeakerMap();
  private readonly speakers: QuoteSpeakers = (quoteId) =>
    this.speakerMap.names(this.store.data, quoteId);
  /** Per source, its quotes' and their passages' document numbers (speaker:, source:, grade:). */
  private readonly sourceQuotes = new SourceQuotes({
    attributionsOfSource: (id) => this.speakerMap.ofSource(id),
    quoteDoc: (id) => this.quoteDoc(id),
    quotePassages: (id, out) => {
      const q = getRecord(this.store.data.quotes, id);
      if (q) this.entries.passagesHolding(q, out);
      return q ? q.documentId : null;
    },
  });
  /** The store's revisions the index reflects; null until a build has started. */
  private revs: Revisions | null = null;
  /** Records the background build still has to read, oldest first (attributions first: quotes
   * are found by their speakers' names), and how far it got. */
  private pending: [SearchedCollection | 'attributions', string[] | null][] = [];
  private pendingAt = 0;
  private building = false;
  /** Work left after the build (see start): false once done, and for an index never started. */
  private preparing = false;
  private stopped = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Figures for the Search view and the benchmark. */
  stats = { buildMs: 0, lastSyncMs: 0, rebuilds: 0 };

  constructor(private readonly store: IndexedStore) {}

  /** How many entries are indexed. */
  get size(): number {
    return this.entries.size;
  }

  /** True once the first build has finished. */
  get ready(): boolean {
    return this.revs !== null && !this.building;
  }

  /** True once the build and the work after it (see start) are done. */
  get prepared(): boolean {
    return this.ready && !this.preparing;
  }

  /**
   * Starts building in the background, one slice per turn of the event loop, so opening the
   * window is never held up; then keeps syncing on an idle timer. Safe to call twice. After the
   * build, still in slices, it makes every source's quote lists (so the first speaker: query
   * finds them) and then runs `afterBuild`, one step per turn (the service's warm-up queries:
   * compiling the query paths then, not on the analyst's first keystrokes).
   */
  start(idleSyncMs = 1_000, afterBuild: readonly (() => void)[] = []): void {
    if (this.revs !== null || this.stopped) return;
    this.begin();
    this.preparing = true;
    const started = performance.now();
    let sources: string[] | null = null;
    let at = 0;
    const step = () => {
      if (this.stopped) return;
      const until = performance.now() + SLICE_MS;
      if (this.building) {
        if (this.pending.length > 0) this.work(until);
        // Then the term index posts what the build read, in slices too.
        else if (this.entries.terms.settle(until)) this.finish(started);
      } else if (sources === null) {
        // The build is done, or a query finished it: the lists are made for the index as it is.
        this.sync();
        sources = Object.keys(this.store.data.sources);
      } else if (at < sources.length) at = this.sourceQuotes.prepare(sources, at, until);
      else if (at - sources.length < afterBuild.length) afterBuild[at++ - sources.length]!();
      else return void (this.preparing = false);
      setImmediate(step);
    };
    setImmediate(step);
    this.timer = setInterval(() => {
      if (this.ready) this.sync();
    }, idleSyncMs);
    this.timer.unref?.();
  }

  /** Stops the background work (the workspace is closing). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Brings the index up to date with the store, finishing the build first if it is still
   * running (a query asked before the background build was done). Returns the index.
   */
  current(): this {
    if (this.revs === null) this.begin();
    if (this.building) {
      const started = performance.now();
      this.work(Infinity);
      this.finish(started);
    }
    this.sync();
    // Renamed sources and retitled articles leave old forms behind: start over now and then.
    if (this.foldCache.size > 50_000) this.foldCache.clear();
    return this;
  }

  /** A quote's attributions as indexed, for FilterContext (call current() first). */
  readonly attributionsOf: QuoteAttributions = (quoteId) => this.speakerMap.of(quoteId);

  /** A source's attributions as indexed, of any role (call current() first). */
  attributionsOfSource(sourceId: string): Iterable<{ quoteId: string; role: string }> {
    return this.speakerMap.ofSource(sourceId);
  }

  /** A source's quotes as document numbers, spoken and of any role, and the passages holding
   * them (call current() first). */
  quoteDocsOf(sourceId: string): QuoteDocs {
    return this.sourceQuotes.of(sourceId);
  }

  /**
   * The state of the workspace the index reflects, as a string: equal stamps, equal data (every
   * commit bumps a revision).
   */
  get stamp(): string {
    return JSON.stringify(this.revs);
  }

  /** Search forms of names and titles, kept from query to query (bounded; see current()). */
  readonly foldCache = new Map<string, string>();

  /** Per document number, its entry's code (collection * 8 + result kind, as indexes) or NONE.
   * Valid until the next change. */
  get codes(): Uint8Array {
    return this.entries.codes;
  }

  /** A quote's document number in the term index, or undefined when not indexed. */
  quoteDoc(quoteId: string): number | undefined {
    return this.entries.docOf('quotes', quoteId);
  }

  /** The term index, for the query runner. Call current() first. */
  get engine(): TermIndex {
    return this.entries.terms;
  }

  /** The entry a term-index document stands for (undefined once removed). */
  metaAt(doc: number): EntryMeta | undefined {
    return this.entries.metaAt(doc);
  }

  /** The text of an indexed entry, read from the live data; null when its record is gone. */
  textOf(meta: EntryMeta): string | null {
    const data = this.store.data;
    if (meta.collection === 'documents') {
      const doc = getRecord(data.documents, meta.recordId);
      return doc ? doc.text.slice(meta.start ?? 0, meta.end ?? doc.text.length) : null;
    }
    const entry = entriesOf(data, meta.collection, meta.recordId, this.speakers)[0];
    return entry ? entry.text : null;
  }

  private begin(): void {
    this.revs = this.store.revisions();
    this.building = true;
    this.speakerMap.clear();
    this.sourceQuotes.clear();
    // Each collection's ids are listed when the build reaches it, in a slice of its own (listing
    // 100,000 ids takes a few tens of milliseconds).
    this.pending = (['attributions', ...SEARCHED_COLLECTIONS] as const).map((c) => [c, null]);
    this.pendingAt = 0;
  }

  /** Reads pending records until `until` (a performance.now() time) or none is left. */
  private work(until: number): void {
    const data = this.store.data;
    while (this.pending.length > 0) {
      const next = this.pending[0]!;
      const collection = next[0];
      if (next[1] === null) {
        next[1] = Object.keys(data[collection]);
        if (performance.now() >= until) return;
      }
      const ids = next[1];
      while (this.pendingAt < ids.length) {
        const id = ids[this.pendingAt++]!;
        if (collection === 'attributions') this.speakerMap.read(data, id);
        else if (collection === 'documents') {
          const doc = getRecord(data.documents, id);
          if (doc) this.entries.addArticle(id, doc, true);
        } else {
          for (const entry of entriesOf(data, collection, id, this.speakers)) {
            this.entries.addEntry(entry, true);
          }
        }
        // An article is 80 paragraphs or more: the clock is read after every record.
        if (performance.now() >= until) return;
      }
      this.pending.shift();
      this.pendingAt = 0;
    }
  }

  private finish(started: number): void {
    this.building = false;
    // Posting what the build read and sorting the dictionary, if not done in slices already.
    this.entries.terms.settle();
    this.stats.buildMs = performance.now() - started;
    // Edits made while the build ran are caught up from the touched ids.
    this.sync();
  }

  /** Re-reads one record: what the data holds now replaces what the index held. */
  private refresh(collection: SearchedCollection, id: string): void {
    const data = this.store.data;
    if (collection === 'documents') {
      // Passages with new numbers or offsets: the lists marking them are made again.
      if (this.entries.refreshArticle(id, getRecord(data.documents, id))) {
        this.sourceQuotes.dropArticle(id);
      }
    } else
      this.entries.refreshEntry(collection, id, entriesOf(data, collection, id, this.speakers)[0]);
  }

  /** Applies every change since the revisions the index reflects; rebuilds when they are too old. */
  sync(): void {
    if (this.revs === null || this.building) return;
    const started = performance.now();
    const now = this.store.revisions();
    const data = this.store.data;
    const touched = new Map<CollectionName, Set<string>>();
    for (const collection of [...SEARCHED_COLLECTIONS, 'attributions'] as const) {
      if (now[collection] === this.revs[collection]) continue;
      const ids = this.store.touchedSince(collection, this.revs[collection]);
      if (ids === null) {
        this.rebuild();
        return;
      }
      touched.set(collection, ids);
    }
    // Quotes whose speakers' names may have changed are re-read with the quotes touched.
    const quotes = touched.get('quotes') ?? new Set<string>();
    const sources = new Set<string>();
    this.speakerMap.attributionsChanged(data, touched.get('attributions') ?? [], quotes, sources);
    this.speakerMap.sourcesChanged(touched.get('sources') ?? [], quotes);
    if (quotes.size > 0) touched.set('quotes', quotes);
    // A re-read quote may get a new document number: its sources' lists are made again.
    for (const id of quotes) for (const a of this.speakerMap.of(id)) sources.add(a.sourceId);
    for (const id of sources) this.sourceQuotes.drop(id);
    for (const collection of SEARCHED_COLLECTIONS) {
      for (const id of touched.get(collection) ?? []) this.refresh(collection, id);
    }
    this.revs = now;
    this.stats.lastSyncMs = performance.now() - started;
  }

  /** Starts over, synchronously (the store forgot what changed; rare). */
  private rebuild(): void {
    this.entries = new IndexedEntries();
    this.stats.rebuilds += 1;
    this.begin();
    const started = performance.now();
    this.work(Infinity);
    this.finish(started);
  }
}
