// What the search looks through: each record of the workspace as entries with a kind and a text.
// An article gives one entry per block (paragraph, heading…), so a hit points at a place; the
// others give one entry each. The index and the brute-force check both read entries from here.
import type { WorkspaceData } from '../domain/workspace';
import { getRecord, valuesOf } from '../domain/workspace';
import type { ResultKind } from './query';

/** The collections whose records have entries. */
export const SEARCHED_COLLECTIONS = [
  'documents',
  'quotes',
  'claims',
  'sources',
  'memos',
  'annotations',
  'tags',
] as const;
export type SearchedCollection = (typeof SEARCHED_COLLECTIONS)[number];

/** What an entry is, finer than its result group ("note" holds memos, highlight notes and tags). */
export type EntrySubkind =
  'paragraph' | 'quote' | 'claim' | 'source' | 'memo' | 'highlight' | 'tag';

export interface Entry {
  /** Unique across the workspace: the collection's letter, the record id, and for blocks the block's index. */
  readonly key: string;
  readonly kind: ResultKind;
  readonly subkind: EntrySubkind;
  readonly collection: SearchedCollection;
  readonly recordId: string;
  /** For passages, the block's offsets in the article's text. */
  readonly start?: number;
  readonly end?: number;
  /** The text searched; fields of a record are on lines of their own. */
  readonly text: string;
}

/** An entry without its text (what the index keeps; the text is read from the data). */
export type EntryMeta = Omit<Entry, 'text'>;

const LETTER: Record<SearchedCollection, string> = {
  documents: 'p',
  quotes: 'q',
  claims: 'c',
  sources: 's',
  memos: 'm',
  annotations: 'h',
  tags: 't',
};

/** The key of a record's entry (for articles, of its block `block`). */
export function entryKey(collection: SearchedCollection, id: string, block?: number): string {
  return block === undefined
    ? `${LETTER[collection]}~${id}`
    : `${LETTER[collection]}~${id}~${block}`;
}

/** Splits an entry key back into its collection letter, record id and block. */
export function parseEntryKey(key: string): { letter: string; id: string; block: number | null } {
  const [letter = '', id = '', block] = key.split('~');
  return { letter, id, block: block === undefined ? null : Number(block) };
}

const lines = (...parts: readonly string[]) => parts.filter((p) => p.trim() !== '').join('\n');

/** The blocks of an article as [start, end); an article without blocks is one block. */
export function blocksOf(doc: { text: string; blocks: readonly { start: number; end: number }[] }) {
  return doc.blocks.length > 0 ? doc.blocks : [{ start: 0, end: doc.text.length }];
}

/**
 * The names a quote is also found by: its speakers' names and aliases, so "witkoff referendums"
 * finds his quote without `speaker:`. The index keeps its own map of who spoke what (kept current
 * from touched attributions); the brute-force scan reads every attribution once.
 */
export type QuoteSpeakers = (quoteId: string) => readonly string[];

/** The names and aliases of these sources, each source once, in id order (so any two readers agree). */
export function speakerNames(data: WorkspaceData, sourceIds: Iterable<string>): string[] {
  const out: string[] = [];
  // Most quotes have one speaker: no set and no sort for them (a build reads 100,000 quotes).
  const ids =
    Array.isArray(sourceIds) && sourceIds.length < 2 ? sourceIds : [...new Set(sourceIds)].sort();
  for (const id of ids as readonly string[]) {
    const s = getRecord(data.sources, id);
    if (s) out.push(s.name, ...s.aliases);
  }
  return out;
}

/** Quote speakers read from every attribution of `data` at once. */
export function quoteSpeakersOf(data: WorkspaceData): QuoteSpeakers {
  const byQuote = new Map<string, string[]>();
  for (const a of valuesOf(data.attributions)) {
    if (a.role !== 'speaker') continue;
    const list = byQuote.get(a.quoteId);
    if (list) list.push(a.sourceId);
    else byQuote.set(a.quoteId, [a.sourceId]);
  }
  return (quoteId) => speakerNames(data, byQuote.get(quoteId) ?? []);
}

/** The entries of one record as it is now in `data`; none when it is gone or has nothing to find. */
export function entriesOf(
  data: WorkspaceData,
  collection: SearchedCollection,
  id: string,
  speakers: QuoteSpeakers,
): Entry[] {
  const base = { collection, recordId: id };
  switch (collection) {
    case 'documents': {
      const doc = getRecord(data.documents, id);
      if (!doc) return [];
      return blocksOf(doc).map((b, i) => ({
        ...base,
        key: entryKey(collection, id, i),
        kind: 'passage' as const,
        subkind: 'paragraph' as const,
        start: b.start,
        end: b.end,
        text: doc.text.slice(b.start, b.end),
      }));
    }
    case 'quotes': {
      const q = getRecord(data.quotes, id);
      if (!q) return [];
      const text = lines(q.selector.quote.exact, q.cue, q.note, ...speakers(id));
      return [{ ...base, key: entryKey(collection, id), kind: 'quote', subkind: 'quote', text }];
    }
    case 'claims': {
      const c = getRecord(data.claims, id);
      if (!c) return [];
      const evidence = c.evidence.flatMap((e) =>
        e.target.kind === 'reference' ? [e.note, e.target.title] : [e.note],
      );
      const text = lines(c.statement, ...evidence);
      return [{ ...base, key: entryKey(collection, id), kind: 'claim', subkind: 'claim', text }];
    }
    case 'sources': {
      const s = getRecord(data.sources, id);
      if (!s) return [];
      const text = lines(s.name, ...s.aliases, s.role, s.affiliation, s.notes);
      return [{ ...base, key: entryKey(collection, id), kind: 'source', subkind: 'source', text }];
    }
    case 'memos': {
      const m = getRecord(data.memos, id);
      if (!m) return [];
      const text = lines(m.title, m.body);
      return [{ ...base, key: entryKey(collection, id), kind: 'note', subkind: 'memo', text }];
    }
    case 'annotations': {
      const a = getRecord(data.annotations, id);
      // A highlight's words are found in its passage; only its note is its own to find.
      if (!a || a.note.trim() === '') return [];
      return [
        {
          ...base,
          key: entryKey(collection, id),
          kind: 'note',
          subkind: 'highlight',
          text: a.note,
        },
      ];
    }
    case 'tags': {
      const t = getRecord(data.tags, id);
      if (!t) return [];
      const text = lines(t.name, t.description);
      return [{ ...base, key: entryKey(collection, id), kind: 'note', subkind: 'tag', text }];
    }
    default: {
      const unreachable: never = collection;
      return unreachable;
    }
  }
}

/** Every entry of the workspace (the brute-force scan, and a full build). */
export function* allEntries(data: WorkspaceData): Generator<Entry> {
  const speakers = quoteSpeakersOf(data);
  for (const collection of SEARCHED_COLLECTIONS) {
    for (const id of Object.keys(data[collection]))
      yield* entriesOf(data, collection, id, speakers);
  }
}
