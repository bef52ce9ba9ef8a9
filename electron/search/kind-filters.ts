// kind: naming a result kind (kind:quote, -kind:passage) is decided by an entry's collection
// alone, so the query runner settles it per collection instead of entry by entry: judging
// `kind:quote` on each of 185,000 entries made an EntryMeta for each (about 20 ms a keystroke).
import { resultKindOf, RESULT_KINDS } from '../../shared/search/query';
import type { Filter } from '../../shared/search/query';
import { CODE } from './indexed-entries';

/** True for kind: with a result kind (passage, quote, claim, source, note and their aliases). */
export function isResultKindFilter(filter: Filter): boolean {
  return filter.field === 'kind' && resultKindOf(filter.value) !== undefined;
}

/**
 * Passes over, in `judged` (per collection, as indexes), the collections whose entries these
 * filters rule out: those of another result kind, or of that kind where the filter is negated.
 * Filters that are not result-kind filters are left alone.
 */
export function judgeKinds(filters: readonly Filter[], judged: boolean[]): void {
  for (const filter of filters) {
    if (!isResultKindFilter(filter)) continue;
    const kind = RESULT_KINDS.indexOf(resultKindOf(filter.value)!);
    CODE.forEach((code, collection) => {
      if (((code & 7) === kind) === filter.negated) judged[collection] = false;
    });
  }
}
