// The brute-force search: every entry of the workspace read and judged one by one. Slow on a big
// workspace, but plainly right (a quote's text includes its speakers' names, see entries.ts), so the index's property test holds the index to it.
import type { WorkspaceData } from '../domain/workspace';
import { allEntries } from './entries';
import { FilterContext, passesFilters } from './filters';
import { wordsMatch } from './match';
import { tokenize } from './normalize';
import type { ParsedQuery, ResultKind } from './query';
import { RESULT_KINDS, isEmptyQuery } from './query';

/** The keys of every entry that answers the query, grouped by kind, in no particular order. */
export function scanSearch(data: WorkspaceData, query: ParsedQuery): Record<ResultKind, string[]> {
  const groups = Object.fromEntries(RESULT_KINDS.map((k) => [k, [] as string[]])) as Record<
    ResultKind,
    string[]
  >;
  if (isEmptyQuery(query)) return groups;
  const ctx = new FilterContext(data);
  for (const entry of allEntries(data)) {
    if (!passesFilters(ctx, entry, query.filters)) continue;
    if (!wordsMatch(tokenize(entry.text), query)) continue;
    groups[entry.kind].push(entry.key);
  }
  return groups;
}
