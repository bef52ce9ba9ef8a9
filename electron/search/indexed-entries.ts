// The index's entries, each one document of the term index, described per document number by
// typed arrays (collection, block and offsets) and the record id, not by an object and a key
// string each: a build indexes 185,000 entries, and keeping an object, a key and a map slot per
// entry was a large part of its time and garbage. An article's passages are read in place from its
// text (no string per paragraph). EntryMeta objects are made on demand, for hits and filters.
import type { Quote, WorkbenchDocument } from '../../shared/domain/schema';
import type {
  Entry,
  EntryMeta,
  EntrySubkind,
  SearchedCollection,
} from '../../shared/search/entries';
import { SEARCHED_COLLECTIONS, blocksOf, entryKey } from '../../shared/search/entries';
import { placedInText, spansOverlap } from '../../shared/search/passage-quotes';
import type { ResultKind } from '../../shared/search/query';
import { RESULT_KINDS } from '../../shared/search/query';
import { TermIndex } from './term-index';

/** The code of a document number with no entry (removed). */
export const NONE = 255;

const KIND: Record<SearchedCollection, [ResultKind, EntrySubkind]> = {
  documents: ['passage', 'paragraph'],
  quotes: ['quote', 'quote'],
  claims: ['claim', 'claim'],
  sources: ['source', 'source'],
  memos: ['note', 'memo'],
  annotations: ['note', 'highlight'],
  tags: ['note', 'tag'],
};

/** An entry's collection and result kind as one byte: collection * 8 + kind, both as indexes. */
export const CODE = SEARCHED_COLLECTIONS.map(
  (c) => SEARCHED_COLLECTIONS.indexOf(c) * 8 + RESULT_KINDS.indexOf(KIND[c][0]),
);

export class IndexedEntries {
  readonly terms = new TermIndex();
  /** Per document number: its code (see CODE) or NONE, record id, and for passages the block's
   * index and offsets. */
  private code = new Uint8Array(1024).fill(NONE);
  private record: (string | undefined)[] = [];
  private block = new Int32Array(1024);
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  /** Per collection other than documents, each record's document number. */
  private readonly single = new Map<SearchedCollection, Map<string, number>>(
    SEARCHED_COLLECTIONS.map((c) => [c, new Map()]),
  );
  /** Per article, the text its passages were read from, their document numbers by block, and
   * whether the blocks follow each other in the text (see passagesOverlapping). */
  private readonly articles = new Map<string, { text: string; docs: number[]; ordered: boolean }>();
  private live = 0;

  /** How many entries are indexed. */
  get size(): number {
    return this.live;
  }

  /** Per document number, its entry's code or NONE. Valid until the next change. */
  get codes(): Uint8Array {
    return this.code;
  }

  /** The entry a document number stands for; undefined once removed. */
  metaAt(doc: number): EntryMeta | undefined {
    const code = this.code[doc];
    if (code === undefined || code === NONE) return undefined;
    const collection = SEARCHED_COLLECTIONS[code >> 3]!;
    const recordId = this.record[doc]!;
    const [kind, subkind] = KIND[collection];
    if (collection !== 'documents') {
      return { key: entryKey(collection, recordId), kind, subkind, collection, recordId };
    }
    const key = entryKey(collection, recordId, this.block[doc]);
    return { key, kind, subkind, collection, recordId, start: this.start[doc], end: this.end[doc] };
  }

  /** The document number of a record's entry (not for articles), or undefined. */
  docOf(collection: SearchedCollection, id: string): number | undefined {
    return this.single.get(collection)!.get(id);
  }

  /**
   * Appends to `out` the document numbers of the passages of its article (as indexed) that hold
   * the quote (passage-quotes.ts). Blocks come in text order, so a binary search finds the first;
   * out of order (never made by our importers), every passage is looked at.
   */
  passagesHolding(quote: Quote, out: number[]): void {
    const article = this.articles.get(quote.documentId);
    if (article === undefined || !placedInText(quote)) return;
    const { start: from, end: to } = quote.selector.position;
    const { start, end } = this;
    const docs = article.docs;
    let lo = 0;
    if (article.ordered) {
      // The first passage ending after `from`: none before it can overlap.
      let hi = docs.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (end[docs[mid]!]! <= from) lo = mid + 1;
        else hi = mid;
      }
      for (; lo < docs.length && start[docs[lo]!]! < to; lo++) {
        const doc = docs[lo]!;
        if (spansOverlap(start[doc]!, end[doc]!, from, to)) out.push(doc);
      }
      return;
    }
    for (const doc of docs) if (spansOverlap(start[doc]!, end[doc]!, from, to)) out.push(doc);
  }

  /** Indexes an article's passages, one per block, read in place from its text. */
  addArticle(id: string, doc: WorkbenchDocument, bulk: boolean): void {
    const docs = blocksOf(doc).map((b, i) =>
      this.addPassage(id, doc.text, i, b.start, b.end, bulk),
    );
    this.articles.set(id, { text: doc.text, docs, ordered: inOrder(docs, this.start, this.end) });
  }

  private addPassage(
    id: string,
    text: string,
    block: number,
    from: number,
    to: number,
    bulk: boolean,
  ) {
    const doc = this.terms.add(text, bulk, from, to);
    this.describe(doc, 'documents', id);
    this.block[doc] = block;
    this.start[doc] = from;
    this.end[doc] = to;
    return doc;
  }

  /** Indexes the entry of a record other than an article. */
  addEntry(entry: Entry, bulk: boolean): void {
    const doc = this.terms.add(entry.text, bulk);
    this.describe(doc, entry.collection, entry.recordId);
    this.single.get(entry.collection)!.set(entry.recordId, doc);
  }

  private describe(doc: number, collection: SearchedCollection, id: string): void {
    if (doc >= this.code.length) {
      const n = Math.max(doc + 1, this.code.length * 2);
      const code = new Uint8Array(n).fill(NONE);
      code.set(this.code);
      this.code = code;
      this.block = grown(this.block, n);
      this.start = grown(this.start, n);
      this.end = grown(this.end, n);
    }
    this.code[doc] = CODE[SEARCHED_COLLECTIONS.indexOf(collection)]!;
    this.record[doc] = id;
    this.live += 1;
  }

  private remove(doc: number): void {
    if (this.code[doc] === NONE) return;
    this.terms.remove(doc);
    this.code[doc] = NONE;
    this.record[doc] = undefined;
    this.live -= 1;
  }

  /**
   * Re-reads a record other than an article from its entry now (undefined when it has none): an
   * entry whose words did not change stays as it is (compared with the words the term index
   * holds: no signature of every text at build time).
   */
  refreshEntry(collection: SearchedCollection, id: string, entry: Entry | undefined): void {
    const docs = this.single.get(collection)!;
    const doc = docs.get(id);
    if (doc !== undefined) {
      if (entry !== undefined && this.terms.sameWords(entry.text, doc)) return;
      this.remove(doc);
      docs.delete(id);
    }
    if (entry !== undefined) this.addEntry(entry, false);
  }

  /**
   * Re-reads an article as it is now (undefined when gone). Passages whose text did not change
   * stay as they are (their offsets follow), so retitling an article or editing one paragraph
   * does not re-index all its paragraphs. Returns whether any passage's document number or
   * offsets changed (the quotes it holds may then differ); false for a retitled article.
   */
  refreshArticle(id: string, article: WorkbenchDocument | undefined): boolean {
    const before = this.articles.get(id);
    this.articles.delete(id);
    if (!article) {
      for (const doc of before?.docs ?? []) this.remove(doc);
      return before !== undefined;
    }
    const text = article.text;
    // Mostly the same string (a retitled article): one comparison settles every passage.
    const sameText = before !== undefined && before.text === text;
    let changed = before === undefined || before.docs.length !== blocksOf(article).length;
    const docs = blocksOf(article).map((b, i) => {
      const doc = before?.docs[i];
      if (before !== undefined && doc !== undefined && this.code[doc] !== NONE) {
        const [from, to] = [this.start[doc]!, this.end[doc]!];
        const same =
          (sameText && from === b.start && to === b.end) ||
          (to - from === b.end - b.start &&
            before.text.slice(from, to) === text.slice(b.start, b.end));
        if (same) {
          // Same words: only the block's offsets may have moved.
          if (from !== b.start) changed = true;
          this.start[doc] = b.start;
          this.end[doc] = b.end;
          return doc;
        }
        this.remove(doc);
      }
      changed = true;
      return this.addPassage(id, text, i, b.start, b.end, false);
    });
    // Passages the article no longer has.
    for (const doc of before?.docs.slice(docs.length) ?? []) this.remove(doc);
    this.articles.set(id, { text, docs, ordered: inOrder(docs, this.start, this.end) });
    return changed;
  }
}

/** Whether passages follow each other in the text without overlapping (a binary search holds). */
function inOrder(docs: readonly number[], start: Int32Array, end: Int32Array): boolean {
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    if (end[doc]! < start[doc]!) return false;
    if (i > 0 && start[doc]! < end[docs[i - 1]!]!) return false;
  }
  return true;
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
