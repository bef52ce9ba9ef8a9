// Answers a parsed query from the index: posting lists give the entries holding every word
// (prefix- and typo-tolerant), every phrase word and none of the excluded words; phrases are
// checked on each candidate's words as term ids; the live data judges the filters. Each group
// counts all its matches but ranks only the best `limit`, so a common word costs a pass over its
// postings, not a sort of every match.
import type { WorkspaceData } from '../../shared/domain/workspace';
import type { EntryMeta, SearchedCollection } from '../../shared/search/entries';
import { FilterContext, collectionsJudged, passesFilters } from '../../shared/search/filters';
import type { ParsedQuery, ResultKind } from '../../shared/search/query';
import { RESULT_KINDS, isEmptyQuery } from '../../shared/search/query';
import type { SearchIndex } from './search-index';
import { Scratch, containsPhrase } from './scratch';
import type { TermIndex } from './term-index';

/** One group's answer: how many entries match, and the best of them (all when no limit). */
export interface GroupMatches {
  count: number;
  hits: EntryMeta[];
}
export type GroupedMatches = Record<ResultKind, GroupMatches>;

function emptyGroups(): GroupedMatches {
  return Object.fromEntries(
    RESULT_KINDS.map((k) => [k, { count: 0, hits: [] }]),
  ) as unknown as GroupedMatches;
}

const scratch = new Scratch();

/** A query word's matching terms with their weights (quality times rarity). */
function weighted(terms: TermIndex, word: string, prefix: boolean, fuzzy: number) {
  const n = Math.max(1, terms.docLimit);
  return terms.expand(word, prefix, fuzzy).map(({ term, quality }) => ({
    term,
    weight: quality * Math.log(1 + n / (1 + terms.frequency(term))),
  }));
}

/**
 * The documents holding every query word and phrase word and no excluded word, with a score
 * each (in `scratch.score`); null when the query has no word to look up (filters only).
 */
function candidates(terms: TermIndex, query: ParsedQuery): number[] | null {
  const words = [
    ...query.terms.map((t) => weighted(terms, t.word, t.prefix, t.fuzzy)),
    // Phrase words must each be there exactly; the phrase itself is checked afterwards.
    ...query.phrases.flat().map((w) => weighted(terms, w, false, 0)),
  ];
  if (words.length === 0) return null;
  // The rarest word first: every later word only narrows what it found.
  const size = (ws: { term: number }[]) => ws.reduce((n, w) => n + terms.frequency(w.term), 0);
  words.sort((a, b) => size(a) - size(b));
  scratch.ensure(terms.docLimit);
  const { mark, score, best } = scratch;
  let found: number[] = [];
  words.forEach((expansion, i) => {
    const epoch = scratch.nextEpoch();
    // Each document's best weight for this word (an exact match beats a typo of a rarer term).
    for (const { term, weight } of expansion) {
      for (const doc of terms.postingsOf(term)) {
        if (mark[doc] !== epoch) {
          mark[doc] = epoch;
          best[doc] = weight;
          if (i === 0) found.push(doc);
        } else if (weight > best[doc]!) best[doc] = weight;
      }
    }
    if (i === 0) for (const doc of found) score[doc] = best[doc]!;
    else {
      found = found.filter((doc) => mark[doc] === epoch);
      for (const doc of found) score[doc]! += best[doc]!;
    }
  });
  const singles = query.excluded.filter((p) => p.length === 1).map((p) => p[0]!);
  if (singles.length > 0 && found.length > 0) {
    const epoch = scratch.nextEpoch();
    for (const word of singles) {
      const term = terms.termId(word);
      if (term !== undefined) for (const doc of terms.postingsOf(term)) mark[doc] = epoch;
    }
    found = found.filter((doc) => mark[doc] !== epoch);
  }
  return found;
}

/**
 * The query's phrases and excluded phrases as term ids, to check on each candidate's words; null
 * when a phrase cannot occur. Single excluded words are left out when `singlesSettled` (the
 * candidates were found on postings, which settled them).
 */
function phraseIds(terms: TermIndex, query: ParsedQuery, singlesSettled: boolean) {
  const ids = (p: readonly string[]) => p.map((w) => terms.termId(w) ?? -1);
  const phrases = query.phrases.map(ids);
  if (phrases.some((p) => p.includes(-1))) return null;
  // An excluded word never seen cannot occur.
  const excluded = query.excluded
    .filter((p) => p.length > 1 || !singlesSettled)
    .map(ids)
    .filter((p) => !p.includes(-1));
  return { phrases, excluded };
}

/** Sorted inserts keep a small top list; past this many, a group is sorted once at the end. */
const INSERT_LIMIT = 64;

/** Every phrase occurs in the words and no excluded one does (loops, not closures: per match). */
function phrasesHold(
  words: Int32Array,
  phrases: readonly number[][],
  excluded: readonly number[][],
): boolean {
  for (const p of phrases) if (!containsPhrase(words, p)) return false;
  for (const p of excluded) if (containsPhrase(words, p)) return false;
  return true;
}

/** Whether document a (ranked ra) goes before document b (ranked rb). */
function ahead(a: number, ra: number, b: number, rb: number): boolean {
  return ra > rb || (ra === rb && a < b);
}

/** Keeps the `limit` best of a group as entries arrive, and counts them all. */
class TopK {
  private docs: number[] = [];
  count = 0;
  constructor(
    private readonly limit: number,
    private readonly rank: ((doc: number) => number) | null,
  ) {}

  offer(doc: number): void {
    this.count += 1;
    const d = this.docs;
    // Filters only: stored order, so the first ones win.
    if (this.rank === null) {
      if (d.length < this.limit) d.push(doc);
      return;
    }
    if (this.limit > INSERT_LIMIT) {
      d.push(doc);
      return;
    }
    const rank = this.rank;
    const r = rank(doc);
    // Ties go to the lower document number, as in result()'s sort. (No closure here: this runs
    // once per match.)
    const last = d[d.length - 1];
    if (last !== undefined && d.length >= this.limit && !ahead(doc, r, last, rank(last))) return;
    let at = d.length;
    while (at > 0 && ahead(doc, r, d[at - 1]!, rank(d[at - 1]!))) at--;
    d.splice(at, 0, doc);
    if (d.length > this.limit) d.pop();
  }

  /** The best first; ties in document order (the order entries were indexed). */
  result(): number[] {
    const rank = this.rank;
    if (rank === null || this.limit <= INSERT_LIMIT) return this.docs;
    const ranked = this.docs.map((doc) => ({ doc, r: rank(doc) }));
    ranked.sort((a, b) => b.r - a.r || a.doc - b.doc);
    return ranked.slice(0, this.limit).map((x) => x.doc);
  }
}

/**
 * Every live document of these collections, by number: the order entries were indexed, an
 * edited entry moving to the end (walking numbers measured several times faster than walking
 * the entries by key).
 */
function* everyDoc(index: SearchIndex, collections: Set<SearchedCollection>): Generator<number> {
  const limit = index.engine.docLimit;
  for (let doc = 0; doc < limit; doc++) {
    const meta = index.metaAt(doc);
    if (meta !== undefined && collections.has(meta.collection)) yield doc;
  }
}

/**
 * Every entry that answers the query, grouped by kind: the exact count, and the best `limit`
 * entries best first (in the order indexed when the query has only filters). An empty query finds
 * nothing. Brings the index up to date first.
 */
export function runQuery(
  index: SearchIndex,
  data: WorkspaceData,
  query: ParsedQuery,
  limit = Infinity,
): GroupedMatches {
  const groups = emptyGroups();
  if (isEmptyQuery(query)) return groups;
  index.current();
  const terms = index.engine;
  const found = candidates(terms, query);
  const phrases = phraseIds(terms, query, found !== null);
  if (phrases === null) return groups;
  const docs: Iterable<number> = found ?? everyDoc(index, collectionsJudged(query.filters));
  const { score } = scratch;
  const mean = terms.meanLength;
  // Rarer words and shorter entries rank higher (BM25's length norm, with every word counted once).
  const rank =
    found === null
      ? null
      : (doc: number) => score[doc]! / (0.25 + (0.75 * (terms.wordsOf(doc)?.length ?? 0)) / mean);
  const top = Object.fromEntries(
    RESULT_KINDS.map((k) => [k, new TopK(limit, rank)]),
  ) as unknown as Record<ResultKind, TopK>;
  const ctx = new FilterContext(data, index.attributionsOf);
  const checkPhrases = phrases.phrases.length > 0 || phrases.excluded.length > 0;
  for (const doc of docs) {
    const meta = index.metaAt(doc);
    if (!meta) continue;
    if (query.filters.length > 0 && !passesFilters(ctx, meta, query.filters)) continue;
    if (checkPhrases) {
      if (!phrasesHold(terms.wordsOf(doc)!, phrases.phrases, phrases.excluded)) continue;
    }
    top[meta.kind].offer(doc);
  }
  for (const kind of RESULT_KINDS) {
    groups[kind] = {
      count: top[kind].count,
      hits: top[kind].result().flatMap((doc) => index.metaAt(doc) ?? []),
    };
  }
  return groups;
}
