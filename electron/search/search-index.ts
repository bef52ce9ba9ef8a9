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
import { QuoteSpeakers as SpeakerMap } from './quote-speakers';
import { TermIndex } from './term-index';

/** What the index needs of the store: its data and its revision counters. */
export interface IndexedStore {
  readonly data: WorkspaceData;
  revisions(): Revisions;
  touchedSince(collection: CollectionName, revision: number): Set<string> | null;
}

export type { EntryMeta };

/** How long one background slice of the build may hold the thread. */
const SLICE_MS = 12;

/** FNV-1a over the text with its length: equal texts always agree; a collision is 1 in 2^32. */
function signature(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) + text.length * 4294967296;
}

const recordKey = (collection: SearchedCollection, id: string) => `${collection}~${id}`;

export class SearchIndex {
  private terms = new TermIndex();
  /** Every entry indexed, by key, in the order added. */
  readonly entries = new Map<string, EntryMeta>();
  /** Each entry's document number in the term index, and back. */
  private readonly docOfKey = new Map<string, number>();
  private metaOfDoc: (EntryMeta | undefined)[] = [];
  /** Who spoke each quote, as indexed (a quote is found by its speakers' names too). */
  private readonly speakerMap = new SpeakerMap();
  private readonly speakers: QuoteSpeakers = (quoteId) =>
    this.speakerMap.names(this.store.data, quoteId);
  /** A signature of each entry's indexed text, to tell whether an edit changed it. */
  private readonly sigs = new Map<string, number>();
  /** The entry keys of each record (an article has one per block). */
  private readonly byRecord = new Map<string, string[]>();
  /** The store's revisions the index reflects; null until a build has started. */
  private revs: Revisions | null = null;
  /** Records the background build still has to read, oldest first (attributions first: quotes
   * are found by their speakers' names). */
  private pending: [SearchedCollection | 'attributions', string][] = [];
  private building = false;
  private stopped = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Figures for the Search view and the benchmark. */
  stats = { buildMs: 0, lastSyncMs: 0, rebuilds: 0 };

  constructor(private readonly store: IndexedStore) {}

  /** True once the first build has finished. */
  get ready(): boolean {
    return this.revs !== null && !this.building;
  }

  /**
   * Starts building in the background, one slice per turn of the event loop, so opening the
   * window is never held up; then keeps syncing on an idle timer. Safe to call twice.
   */
  start(idleSyncMs = 1_000): void {
    if (this.revs !== null || this.stopped) return;
    this.begin();
    const started = performance.now();
    const step = () => {
      if (this.stopped) return;
      this.work(SLICE_MS);
      if (this.pending.length > 0) setImmediate(step);
      else this.finish(started);
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
    return this;
  }

  /** A quote's attributions as indexed, for FilterContext (call current() first). */
  readonly attributionsOf: QuoteAttributions = (quoteId) => this.speakerMap.of(quoteId);

  /** The term index, for the query runner. Call current() first. */
  get engine(): TermIndex {
    return this.terms;
  }

  /** The entry a term-index document stands for (undefined once removed). */
  metaAt(doc: number): EntryMeta | undefined {
    return this.metaOfDoc[doc];
  }

  /** An entry's document number in the term index, or undefined when not indexed. */
  docOf(key: string): number | undefined {
    return this.docOfKey.get(key);
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
    this.pending = [];
    const data = this.store.data;
    this.speakerMap.clear();
    for (const c of ['attributions', ...SEARCHED_COLLECTIONS] as const)
      for (const id of Object.keys(data[c])) this.pending.push([c, id]);
    // Reversed, so pop() takes them in stored order.
    this.pending.reverse();
  }

  private work(budgetMs: number): void {
    const until = performance.now() + budgetMs;
    while (this.pending.length > 0) {
      const [collection, id] = this.pending.pop()!;
      if (collection === 'attributions') this.speakerMap.read(this.store.data, id);
      else this.put(collection, id);
      // An article is 80 paragraphs or more: the clock is read after every record.
      if (performance.now() >= until) break;
    }
  }

  private finish(started: number): void {
    this.building = false;
    // Sorting the dictionary once here spares the first prefix query (about a tenth of a second).
    this.terms.settle();
    this.stats.buildMs = performance.now() - started;
    // Edits made while the build ran are caught up from the touched ids.
    this.sync();
  }

  /** Indexes a record's entries as they are now in the data (a build: none are indexed yet). */
  private put(collection: SearchedCollection, id: string): void {
    const keys: string[] = [];
    for (const entry of entriesOf(this.store.data, collection, id, this.speakers)) {
      const { text, ...meta } = entry;
      this.sigs.set(entry.key, signature(text));
      keys.push(entry.key);
      this.index(meta, text, true);
    }
    if (keys.length > 0) this.byRecord.set(recordKey(collection, id), keys);
  }

  private index(meta: EntryMeta, text: string, bulk: boolean): void {
    const doc = this.terms.add(text, bulk);
    this.entries.set(meta.key, meta);
    this.docOfKey.set(meta.key, doc);
    this.metaOfDoc[doc] = meta;
  }

  private unindex(key: string): void {
    const doc = this.docOfKey.get(key);
    if (doc === undefined) return;
    this.terms.remove(doc);
    this.docOfKey.delete(key);
    this.metaOfDoc[doc] = undefined;
  }

  /**
   * Re-reads one record: what the data holds now replaces what the index held. Entries whose text
   * did not change stay as they are, so retitling an article or editing one paragraph of it does
   * not re-index all its paragraphs.
   */
  private refresh(collection: SearchedCollection, id: string): void {
    const rk = recordKey(collection, id);
    const before = new Map((this.byRecord.get(rk) ?? []).map((k) => [k, this.sigs.get(k)]));
    const keys: string[] = [];
    for (const entry of entriesOf(this.store.data, collection, id, this.speakers)) {
      const { text, ...meta } = entry;
      const sig = signature(text);
      keys.push(entry.key);
      if (before.has(entry.key) && before.get(entry.key) === sig) {
        // Same words: only the metadata (a block's offsets) may have moved.
        before.delete(entry.key);
        this.entries.set(entry.key, meta);
        const doc = this.docOfKey.get(entry.key);
        if (doc !== undefined) this.metaOfDoc[doc] = meta;
        continue;
      }
      this.unindex(entry.key);
      before.delete(entry.key);
      this.sigs.set(entry.key, sig);
      this.index(meta, text, false);
    }
    // Entries the record no longer has (a paragraph fewer, a highlight's note emptied).
    for (const key of before.keys()) {
      this.entries.delete(key);
      this.sigs.delete(key);
      this.unindex(key);
    }
    if (keys.length > 0) this.byRecord.set(rk, keys);
    else this.byRecord.delete(rk);
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
    this.speakerMap.attributionsChanged(data, touched.get('attributions') ?? [], quotes);
    this.speakerMap.sourcesChanged(touched.get('sources') ?? [], quotes);
    if (quotes.size > 0) touched.set('quotes', quotes);
    for (const collection of SEARCHED_COLLECTIONS) {
      for (const id of touched.get(collection) ?? []) this.refresh(collection, id);
    }
    this.revs = now;
    this.stats.lastSyncMs = performance.now() - started;
  }

  /** Starts over, synchronously (the store forgot what changed; rare). */
  private rebuild(): void {
    this.terms = new TermIndex();
    this.entries.clear();
    this.docOfKey.clear();
    this.metaOfDoc = [];
    this.sigs.clear();
    this.byRecord.clear();
    this.stats.rebuilds += 1;
    this.begin();
    const started = performance.now();
    this.work(Infinity);
    this.finish(started);
  }
}
