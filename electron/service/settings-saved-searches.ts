// The rules of the saved-search list (Search view › Save): names unique regardless of case, at
// most SAVED_SEARCH_LIMITS.count entries, in the order saved. Pure list in, new list out; a broken
// rule throws a WorkbenchError whose message is shown to the analyst as it is.
import type { SavedSearch } from '../../shared/ipc/channels/settings';
import { SAVED_SEARCH_LIMITS, sameSearchName } from '../../shared/ipc/channels/settings';
import { WorkbenchError } from '../../shared/ipc/result';

function taken(name: string): WorkbenchError {
  return new WorkbenchError(
    'conflict',
    `A saved search is already called “${name}”: choose another name, or rename or delete that one.`,
  );
}

function indexOf(list: readonly SavedSearch[], name: string): number {
  const index = list.findIndex((s) => sameSearchName(s.name, name));
  if (index < 0) throw new WorkbenchError('not_found', `No saved search is called “${name}”.`);
  return index;
}

/** `list` with `search` added at the end. Inputs arrive trimmed and within bounds (the schema). */
export function withSavedSearch(list: readonly SavedSearch[], search: SavedSearch): SavedSearch[] {
  if (list.some((s) => sameSearchName(s.name, search.name))) throw taken(search.name);
  if (list.length >= SAVED_SEARCH_LIMITS.count) {
    throw new WorkbenchError(
      'invalid_input',
      `There are already ${SAVED_SEARCH_LIMITS.count} saved searches, the most there can be: delete one first.`,
    );
  }
  return [...list, { name: search.name, query: search.query }];
}

/** `list` with the search called `name` renamed `to`, in place; a change of case alone is allowed. */
export function withSearchRenamed(
  list: readonly SavedSearch[],
  name: string,
  to: string,
): SavedSearch[] {
  const index = indexOf(list, name);
  if (list.some((s, i) => i !== index && sameSearchName(s.name, to))) throw taken(to);
  return list.map((s, i) => (i === index ? { name: to, query: s.query } : s));
}

/** `list` without the search called `name`. */
export function withoutSearch(list: readonly SavedSearch[], name: string): SavedSearch[] {
  const index = indexOf(list, name);
  return list.filter((_, i) => i !== index);
}
