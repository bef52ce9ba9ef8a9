// Handlers for the workspace search: the index lives here, next to the store, built in the
// background after open and brought up to date from the store's touched ids on each query.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import type { SearchGroup } from '../../shared/ipc/channels/search';
import type { EntryMeta } from '../../shared/search/entries';
import { FilterContext } from '../../shared/search/filters';
import { RESULT_KINDS, parseQuery } from '../../shared/search/query';
import { buildHit } from '../search/hits';
import { runQuery } from '../search/run-query';
import type { IndexedStore } from '../search/search-index';
import { SearchIndex } from '../search/search-index';
import { warmUpSteps } from '../search/warm-up';

type SearchHandlers = Pick<HandlerTable, 'search.query'>;

export interface SearchService {
  index: SearchIndex;
  handlers: SearchHandlers;
  /** Starts the background build now, with its warm-up (otherwise it starts shortly after open). */
  start(): void;
}

/**
 * The search service for an open store. Its index starts building on a later turn of the event
 * loop (never while the window opens); `index.stop()` ends the background work on close.
 */
export function createSearchService(store: IndexedStore): SearchService {
  const index = new SearchIndex(store);
  const answer = (query: string, limit: number) => {
    const started = performance.now();
    const parsed = parseQuery(query);
    if (!parsed.ok) return { error: parsed.message, groups: [], tookMs: 0 };
    // Counts are exact; only the best `limit` of each group are ranked and turned into hits.
    const matches = runQuery(index, store.data, parsed.query, limit);
    const ctx = new FilterContext(store.data, index.attributionsOf, index.foldCache);
    const textOf = (meta: EntryMeta) => index.textOf(meta);
    const groups: SearchGroup[] = RESULT_KINDS.map((kind) => ({
      kind,
      count: matches[kind].count,
      hits: matches[kind].hits.flatMap((meta) => buildHit(ctx, meta, parsed.query, textOf) ?? []),
    }));
    return { error: null, groups, tookMs: performance.now() - started };
  };
  // After the build, one query of each shape, as the Search view asks them (see warm-up.ts).
  const warmUp = warmUpSteps(
    index,
    () => store.data,
    (query) => void answer(query, 20),
  );
  const start = () => index.start(undefined, warmUp);
  // After open, once the first requests (the window's own) have had their turn.
  setTimeout(start, 250).unref?.();
  const handlers: SearchHandlers = {
    'search.query': async ({ query, limit }) => answer(query, limit),
  };
  return { index, handlers, start };
}
