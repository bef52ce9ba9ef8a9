// Which collections each field filter can judge: a filter that cannot judge an entry leaves it
// out (negated or not), so the index passes whole collections over instead of asking entry by
// entry. Must agree with filters.ts's judge(), which answers null for the others.
import type { SearchedCollection } from './entries';
import { SEARCHED_COLLECTIONS } from './entries';
import type { Filter } from './query';
import { resultKindOf } from './query';

/**
 * The collections whose entries every one of these filters can judge (a filter that cannot judge
 * an entry leaves it out, negated or not), so a query of filters only need not look at the rest.
 */
export function collectionsJudged(filters: readonly Filter[]): Set<SearchedCollection> {
  let out = new Set<SearchedCollection>(SEARCHED_COLLECTIONS);
  for (const f of filters) {
    const can = judgedBy(f);
    out = new Set([...out].filter((c) => can.includes(c)));
  }
  return out;
}

const PEOPLE: readonly SearchedCollection[] = ['documents', 'quotes', 'claims', 'sources'];
const IN_ARTICLE: readonly SearchedCollection[] = [
  'documents',
  'quotes',
  'claims',
  'annotations',
  'memos',
];

function judgedBy(filter: Filter): readonly SearchedCollection[] {
  switch (filter.field) {
    case 'speaker':
    case 'source':
    case 'grade':
      return PEOPLE;
    case 'tag':
      return ['claims', 'annotations', 'tags', 'memos'];
    case 'status':
      return ['claims'];
    case 'kind':
      // A result kind judges every entry; a quote or source kind only quotes and sources.
      return resultKindOf(filter.value) !== undefined
        ? SEARCHED_COLLECTIONS
        : ['quotes', 'sources'];
    case 'outlet':
    case 'article':
    case 'before':
    case 'after':
      return IN_ARTICLE;
    default: {
      const unreachable: never = filter.field;
      return unreachable;
    }
  }
}
