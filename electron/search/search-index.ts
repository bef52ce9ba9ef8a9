// The workspace's full-text index (MiniSearch), kept next to the store: built in the background
// in small slices after open, then brought up to date from the store's touched ids (every commit,
// undo, redo, merge and bundle import bumps them) before each query and on an idle timer.
import MiniSearch from 'minisearch';
import type { CollectionName, WorkspaceData } from '../../shared/domain/workspace';
import { getRecord } from '../../shared/domain/workspace';
import type { EntryMeta, SearchedCollection } from '../../shared/search/entries';
import { SEARCHED_COLLECTIONS, entriesOf } from '../../shared/search/entries';
import { tokenize } from '../../shared/search/normalize';
import type { Revisions } from '../store/revisions';

/** What the index needs of the store: its data and its revision counters. */
export interface IndexedStore {
  readonly data: WorkspaceData;
  revisions(): Revisions;
  touchedSince(collection: CollectionName, revision: number): Set<string> | null;
}

export type { EntryMeta };

interface IndexedDoc {
  key: string;
  text: string;
}

/** How long one background slice of the build may hold the thread. */
const SLICE_MS = 12;

function newMiniSearch(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>({
    idField: 'key',
    fields: ['text'],
    storeFields: [],
    // Texts are folded and cut by our own tokenizer, so the index, the brute-force check and
    // the snippets agree on what a word is.
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => tokenize(text), processTerm: (term) => term },
  });
}

/** FNV-1a over the text with its length: equal texts always agree; a collision is 1 in 2^32. */
function signature(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) + text.length * 4294967296;
}

const recordKey = (collection: SearchedCollection, id: string) => `${collection}~${id}`;

/** The text of an indexed entry, read from the live data; null when its record is gone. */
export function entryText(data: WorkspaceData, meta: EntryMeta): string | null {
  if (meta.collection === 'documents') {
    const doc = getRecord(data.documents, meta.recordId);
    return doc ? doc.text.slice(meta.start ?? 0, meta.end ?? doc.text.length) : null;
  }
  const entry = entriesOf(data, meta.collection, meta.recordId)[0];
  return entry ? entry.text : null;
}

export class SearchIndex {
  private mini = newMiniSearch();
  /** Every entry indexed, by key, in the order added. */
  readonly entries = new Map<string, EntryMeta>();
  /** A signature of each entry's indexed text, to tell whether an edit changed it. */
  private readonly sigs = new Map<string, number>();
  /** The entry keys of each record (an article has one per block). */
  private readonly byRecord = new Map<string, string[]>();
  /** The store's revisions the index reflects; null until a build has started. */
  private revs: Revisions | null = null;
  /** Records the background build still has to read, oldest first. */
  private pending: [SearchedCollection, string][] = [];
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

  /** MiniSearch itself, for the query runner. Call current() first. */
  get engine(): MiniSearch<IndexedDoc> {
    return this.mini;
  }

  private begin(): void {
    this.revs = this.store.revisions();
    this.building = true;
    this.pending = [];
    const data = this.store.data;
    for (const c of SEARCHED_COLLECTIONS)
      for (const id of Object.keys(data[c])) this.pending.push([c, id]);
    // Reversed, so pop() takes them in stored order.
    this.pending.reverse();
  }

  private work(budgetMs: number): void {
    const until = performance.now() + budgetMs;
    while (this.pending.length > 0) {
      const [collection, id] = this.pending.pop()!;
      for (const doc of this.put(collection, id)) this.mini.add(doc);
      // An article is 80 paragraphs or more: the clock is read after every record.
      if (performance.now() >= until) break;
    }
  }

  private finish(started: number): void {
    this.building = false;
    this.stats.buildMs = performance.now() - started;
    // Edits made while the build ran are caught up from the touched ids.
    this.sync();
  }

  /** Records a record's entries as now in the data and returns them to be added to MiniSearch. */
  private put(collection: SearchedCollection, id: string): IndexedDoc[] {
    const out: IndexedDoc[] = [];
    const keys: string[] = [];
    for (const entry of entriesOf(this.store.data, collection, id)) {
      const { text, ...meta } = entry;
      this.entries.set(entry.key, meta);
      this.sigs.set(entry.key, signature(text));
      keys.push(entry.key);
      out.push({ key: entry.key, text });
    }
    if (keys.length > 0) this.byRecord.set(recordKey(collection, id), keys);
    return out;
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
    for (const entry of entriesOf(this.store.data, collection, id)) {
      const { text, ...meta } = entry;
      const sig = signature(text);
      keys.push(entry.key);
      this.entries.set(entry.key, meta);
      if (before.has(entry.key) && before.get(entry.key) === sig) {
        before.delete(entry.key);
        continue;
      }
      if (this.mini.has(entry.key)) this.mini.discard(entry.key);
      before.delete(entry.key);
      this.sigs.set(entry.key, sig);
      this.mini.add({ key: entry.key, text });
    }
    // Entries the record no longer has (a paragraph fewer, a highlight's note emptied).
    for (const key of before.keys()) {
      this.entries.delete(key);
      this.sigs.delete(key);
      if (this.mini.has(key)) this.mini.discard(key);
    }
    if (keys.length > 0) this.byRecord.set(rk, keys);
    else this.byRecord.delete(rk);
  }

  /** Applies every change since the revisions the index reflects; rebuilds when they are too old. */
  sync(): void {
    if (this.revs === null || this.building) return;
    const started = performance.now();
    const now = this.store.revisions();
    for (const collection of SEARCHED_COLLECTIONS) {
      if (now[collection] === this.revs[collection]) continue;
      const touched = this.store.touchedSince(collection, this.revs[collection]);
      if (touched === null) {
        this.rebuild();
        return;
      }
      for (const id of touched) this.refresh(collection, id);
    }
    this.revs = now;
    this.stats.lastSyncMs = performance.now() - started;
  }

  /** Starts over, synchronously (the store forgot what changed; rare). */
  private rebuild(): void {
    this.mini = newMiniSearch();
    this.entries.clear();
    this.sigs.clear();
    this.byRecord.clear();
    this.stats.rebuilds += 1;
    this.begin();
    const started = performance.now();
    this.work(Infinity);
    this.finish(started);
  }
}
