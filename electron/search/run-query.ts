// Answers a parsed query from the index: MiniSearch finds the entries holding every word (prefix-
// and typo-tolerant) and none of the excluded ones, the live data judges the filters, and phrases
// are checked word by word on the few candidates left. Results come grouped by kind, best first.
import type { Query as MiniQuery } from 'minisearch';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { FilterContext, passesFilters } from '../../shared/search/filters';
import { wordsMatch } from '../../shared/search/match';
import { tokenize } from '../../shared/search/normalize';
import type { ParsedQuery, ResultKind } from '../../shared/search/query';
import { RESULT_KINDS, isEmptyQuery } from '../../shared/search/query';
import type { EntryMeta, SearchIndex } from './search-index';
import { entryText } from './search-index';

export type GroupedMatches = Record<ResultKind, EntryMeta[]>;

function emptyGroups(): GroupedMatches {
  return Object.fromEntries(RESULT_KINDS.map((k) => [k, []])) as unknown as GroupedMatches;
}

/** The MiniSearch query for the words every result must hold, or null when there are none. */
function miniQuery(query: ParsedQuery): MiniQuery | null {
  // Phrase words must each be there exactly; the phrase itself is checked afterwards.
  const words = [
    ...query.terms,
    ...query.phrases.flat().map((word) => ({ word, prefix: false, fuzzy: 0 })),
  ];
  if (words.length === 0) return null;
  const all: MiniQuery = {
    combineWith: 'AND',
    queries: words.map((t) => ({ queries: [t.word], prefix: t.prefix, fuzzy: t.fuzzy })),
  };
  const singles = query.excluded.filter((p) => p.length === 1).map((p) => p[0]!);
  if (singles.length === 0) return all;
  return {
    combineWith: 'AND_NOT',
    queries: [all, ...singles.map((w) => ({ queries: [w], prefix: false, fuzzy: 0 }))],
  };
}

/**
 * Every entry that answers the query, grouped by kind, best first (in stored order when the
 * query has only filters). An empty query finds nothing. Brings the index up to date first.
 */
export function runQuery(
  index: SearchIndex,
  data: WorkspaceData,
  query: ParsedQuery,
): GroupedMatches {
  const groups = emptyGroups();
  if (isEmptyQuery(query)) return groups;
  index.current();
  const mq = miniQuery(query);
  let candidates: Iterable<EntryMeta>;
  if (mq === null) {
    candidates = index.entries.values();
  } else {
    const found: EntryMeta[] = [];
    for (const r of index.engine.search(mq)) {
      const meta = index.entries.get(String(r.id));
      if (meta) found.push(meta);
    }
    candidates = found;
  }
  // Words were settled by MiniSearch unless phrases, excluded phrases, or exclusions without
  // any word to search for are left to check on the text itself.
  const checkText =
    query.phrases.length > 0 ||
    query.excluded.some((p) => p.length > 1) ||
    (mq === null && query.excluded.length > 0);
  const ctx = new FilterContext(data);
  for (const meta of candidates) {
    if (query.filters.length > 0 && !passesFilters(ctx, meta, query.filters)) continue;
    if (checkText) {
      const text = entryText(data, meta);
      if (text === null || !wordsMatch(tokenize(text), query)) continue;
    }
    groups[meta.kind].push(meta);
  }
  return groups;
}
