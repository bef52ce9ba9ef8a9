// Answers a parsed query from the index: posting lists give the entries holding every word
// (prefix- and typo-tolerant), every phrase word and none of the excluded words; phrases are
// checked on each candidate's words as term ids; the live data judges the filters. Each group
// counts all its matches but ranks only the best `limit`, so a common word costs a pass over its
// postings, not a sort of every match.
import type { WorkspaceData } from '../../shared/domain/workspace';
import type { EntryMeta } from '../../shared/search/entries';
import { SEARCHED_COLLECTIONS } from '../../shared/search/entries';
import { FilterContext, passesFilters } from '../../shared/search/filters';
import { collectionsJudged } from '../../shared/search/judged-collections';
import type { ParsedQuery, ResultKind } from '../../shared/search/query';
import { RESULT_KINDS, isEmptyQuery } from '../../shared/search/query';
import type { SearchIndex } from './search-index';
import { isPeopleFilter, quoteVerdicts } from './people-filters';
import { NONE } from './search-index';
import { Scratch, containsPhrase } from './scratch';
import { TopK } from './top-k';
import { isResultKindFilter, judgeKinds } from './kind-filters';
import { CODE } from './indexed-entries';
import {
  firstScores,
  keep,
  keepJudged,
  markAll,
  scanFiltersOnly,
  visitEach,
  walkPostings,
} from './kernels';
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
/** Per collection (as indexes), 1 where the people filters are answered by marks: quotes, and
 * passages (which pass by the quotes they hold). */
const BY_MARKS = Uint8Array.from(SEARCHED_COLLECTIONS, (c) =>
  Number(c === 'quotes' || c === 'documents'),
);

/** A query word's matching terms with their weights (quality times rarity), and their postings. */
interface Weighted {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  /** How many postings the terms have together. */
  readonly size: number;
}

function weighted(terms: TermIndex, word: string, prefix: boolean, fuzzy: number): Weighted {
  const n = Math.max(1, terms.docLimit);
  const expansion = terms.expand(word, prefix, fuzzy);
  const ids = new Int32Array(expansion.length);
  const weights = new Float64Array(expansion.length);
  let size = 0;
  expansion.forEach(({ term, quality }, i) => {
    const f = terms.frequency(term);
    ids[i] = term;
    weights[i] = quality * Math.log(1 + n / (1 + f));
    size += f;
  });
  return { terms: ids, weights, size };
}

/**
 * The documents holding every query word and phrase word and no excluded word, with a score each
 * (in `scratch.score`), as a view valid until the next query; null when the query has no word to
 * look up (filters only).
 */
function candidates(terms: TermIndex, query: ParsedQuery): Int32Array | null {
  const words = [
    ...query.terms.map((t) => weighted(terms, t.word, t.prefix, t.fuzzy)),
    // Phrase words must each be there exactly; the phrase itself is checked afterwards.
    ...query.phrases.flat().map((w) => weighted(terms, w, false, 0)),
  ];
  if (words.length === 0) return null;
  // The rarest word first: every later word only narrows what it found.
  words.sort((a, b) => a.size - b.size);
  scratch.ensure(terms.docLimit);
  const { mark, score, best, found } = scratch;
  let count = 0;
  for (let w = 0; w < words.length; w++) {
    const { terms: ids, weights, size } = words[w]!;
    if (w > 0 && count * terms.meanLength * 2 < size) {
      // Few candidates left and a common word: look it up in each candidate's own words.
      count = narrow(terms, found, count, ids, weights);
      continue;
    }
    const epoch = scratch.nextEpoch();
    // Each document's best weight for this word (an exact match beats a typo of a rarer term).
    for (let t = 0; t < ids.length; t++) {
      const docs = terms.postingsOf(ids[t]!);
      count = walkPostings(docs, weights[t]!, epoch, mark, best, found, count, w === 0);
    }
    if (w === 0) firstScores(found, count, score, best);
    // Keeps, in place, the candidates this word's postings marked.
    else count = keep(found, count, mark, epoch, true, true, score, best);
  }
  const singles = query.excluded.filter((p) => p.length === 1).map((p) => p[0]!);
  if (singles.length > 0 && count > 0) {
    const epoch = scratch.nextEpoch();
    for (const word of singles) {
      const term = terms.termId(word);
      if (term !== undefined) markAll(terms.postingsOf(term), mark, epoch);
    }
    count = keep(found, count, mark, epoch, false, false, score, best);
  }
  return found.subarray(0, count);
}

/** Per term id, its weight in the word `narrow` is looking for (0 for other terms). */
let termWeight = new Float64Array(0);

/**
 * Keeps, in place, the first `count` candidates whose words hold one of the terms, each scored
 * with the best weight it holds (as walking the terms' postings would, when those are many times
 * more than the candidates' words). Returns how many were kept.
 */
function narrow(
  terms: TermIndex,
  found: Int32Array,
  count: number,
  ids: Int32Array,
  weights: Float64Array,
): number {
  if (termWeight.length < terms.termLimit) termWeight = new Float64Array(terms.termLimit * 2);
  for (let t = 0; t < ids.length; t++) termWeight[ids[t]!] = weights[t]!;
  const { score } = scratch;
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const doc = found[k]!;
    const words = terms.wordsOf(doc)!;
    let best = 0;
    for (let i = 0; i < words.length; i++) {
      const weight = termWeight[words[i]!]!;
      if (weight > best) best = weight;
    }
    if (best > 0) {
      found[kept++] = doc;
      score[doc]! += best;
    }
  }
  for (let t = 0; t < ids.length; t++) termWeight[ids[t]!] = 0;
  return kept;
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
  const { score } = scratch;
  const mean = terms.meanLength;
  // Rarer words and shorter entries rank higher (BM25's length norm, with every word counted once).
  const rank =
    found === null
      ? null
      : (doc: number) => score[doc]! / (0.25 + (0.75 * terms.lengthOf(doc)) / mean);
  const tops = RESULT_KINDS.map(() => new TopK(limit, rank));
  const ctx = new FilterContext(data, index.attributionsOf, index.foldCache);
  const checkPhrases = phrases.phrases.length > 0 || phrases.excluded.length > 0;
  // A filter that cannot judge an entry leaves it out: whole collections are passed over, and so
  // are those a result kind rules out (then the kind: filter is settled).
  const judged = collectionsJudged(query.filters);
  const judgedCode = SEARCHED_COLLECTIONS.map((c) => judged.has(c));
  judgeKinds(query.filters, judgedCode);
  const filters = query.filters.filter((f) => !isResultKindFilter(f));
  // Quotes and passages are judged on the people filters by marks made from the sources' side,
  // and on the other filters one by one; entries of other kinds on every filter one by one.
  const people = filters.filter(isPeopleFilter);
  const others = filters.filter((f) => !isPeopleFilter(f));
  const marks = people.map((f) => quoteVerdicts(index, ctx, f, index.stamp));
  const codes = index.codes;
  const visit = (doc: number): void => {
    const code = codes[doc]!;
    if (code === NONE) return;
    const collection = code >> 3;
    if (!judgedCode[collection]) return;
    if (BY_MARKS[collection] === 1 && people.length > 0) {
      for (let i = 0; i < people.length; i++) {
        if ((marks[i]![doc] === 1) === people[i]!.negated) return;
      }
      if (others.length > 0 && !passesFilters(ctx, index.metaAt(doc)!, others)) return;
    } else if (filters.length > 0 && !passesFilters(ctx, index.metaAt(doc)!, filters)) return;
    if (checkPhrases && !phrasesHold(terms.wordsOf(doc)!, phrases.phrases, phrases.excluded)) {
      return;
    }
    tops[code & 7]!.offer(doc);
  };
  // Entries no filter can judge, and quotes and passages the people filters rule out, are passed
  // over in kernels.ts, not by a call each (and not in this function, which V8 recompiles for
  // queries of new shapes: see kernels.ts).
  const judgedBytes = Uint8Array.from(judgedCode, Number);
  const negated = Uint8Array.from(people, (f) => Number(f.negated));
  if (found !== null) {
    const n = keepJudged(found, found.length, codes, NONE, judgedBytes, BY_MARKS, marks, negated);
    visitEach(found, n, visit);
  } else {
    // Filters only: every entry, in document order. Quotes and passages judged by people filters
    // alone are settled in the kernel (100,000 quotes for `speaker:s`), the first `limit` kept.
    scratch.ensure(terms.docLimit);
    const settle = people.length > 0 && others.length === 0 && !checkPhrases;
    const out = {
      counts: SEARCHED_COLLECTIONS.map(() => 0),
      kept: SEARCHED_COLLECTIONS.map((): number[] => []),
    };
    const rest = scratch.found;
    const n = scanFiltersOnly(
      codes,
      terms.docLimit,
      NONE,
      judgedBytes,
      BY_MARKS,
      settle,
      marks,
      negated,
      limit,
      out,
      rest,
    );
    visitEach(rest, n, visit);
    // Each settled collection is the only one of its result kind (see CODE), so its first
    // `limit` in document order are its group's.
    out.kept.forEach((kept, collection) => {
      const top = tops[CODE[collection]! & 7]!;
      for (const doc of kept) top.offer(doc);
      top.counted(out.counts[collection]! - kept.length);
    });
  }
  RESULT_KINDS.forEach((kind, k) => {
    groups[kind] = {
      count: tops[k]!.count,
      hits: tops[k]!.result().flatMap((doc) => index.metaAt(doc) ?? []),
    };
  });
  return groups;
}
