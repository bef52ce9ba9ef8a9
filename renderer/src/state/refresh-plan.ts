// Which of the renderer's workspace lists a refresh must reload. Each list names every
// collection its handler reads, so a list is reloaded only when one of those changed since it
// was last loaded: one edit no longer ships every quote of the workspace over IPC.
import type { CollectionName } from '../../../shared/domain/workspace';
import type { ChannelName } from '../../../shared/ipc/contract';

export type Revisions = Readonly<Record<CollectionName, number>>;

/**
 * Each list's channel and what its handler reads (electron/service/*). When a handler starts
 * reading another collection, add it here, or the list goes stale after edits to it.
 */
export const LIST_DEPENDENCIES = {
  // Summaries carry quote counts and how many quotes and highlights need review.
  'documents.list': ['documents', 'quotes', 'annotations'],
  'sources.list': ['sources'],
  // Every quote with the attributions of those quotes.
  'quotes.list': ['quotes', 'attributions'],
  'annotations.list': ['annotations'],
  // The codebook with how many highlights and claims carry each tag.
  'tags.list': ['tags', 'annotations', 'claims'],
  // Quote counts (attributions of existing quotes), current grades, claim tallies.
  'sources.table': ['sources', 'quotes', 'attributions', 'assessments', 'claims'],
  'claims.list': ['claims'],
} as const satisfies Partial<Record<ChannelName, readonly CollectionName[]>>;

export type WorkspaceList = keyof typeof LIST_DEPENDENCIES;
export const WORKSPACE_LISTS = Object.keys(LIST_DEPENDENCIES) as WorkspaceList[];

/** When a list was last loaded: by which refresh, at which revisions (null: unknown). */
export interface LoadedAt {
  ticket: number;
  revisions: Revisions | null;
}
export type LoadedLists = Partial<Record<WorkspaceList, LoadedAt>>;

/**
 * The lists to reload: every list when the current revisions are unknown (null); otherwise the
 * lists never loaded, loaded at unknown revisions, or with a dependency whose counter differs.
 * Any difference counts, not only an increase, so counters that restarted cannot hide a change.
 */
export function listsToReload(current: Revisions | null, loaded: LoadedLists): WorkspaceList[] {
  if (current === null) return [...WORKSPACE_LISTS];
  return WORKSPACE_LISTS.filter((list) => {
    const at = loaded[list]?.revisions;
    return !at || LIST_DEPENDENCIES[list].some((c) => at[c] !== current[c]);
  });
}

/**
 * Records the lists refresh `ticket` loaded at `revisions` (read before it called their
 * channels). A list already loaded by a later refresh is left alone and not accepted: the older
 * answer must not replace the newer one when two refreshes overlap.
 */
export function recordLoaded(
  loaded: LoadedLists,
  lists: readonly WorkspaceList[],
  ticket: number,
  revisions: Revisions | null,
): { loaded: LoadedLists; accepted: Set<WorkspaceList> } {
  const next: LoadedLists = { ...loaded };
  const accepted = new Set<WorkspaceList>();
  for (const list of lists) {
    if ((loaded[list]?.ticket ?? -Infinity) > ticket) continue;
    next[list] = { ticket, revisions };
    accepted.add(list);
  }
  return { loaded: next, accepted };
}

/** Per list, the newer (by ticket) of two records, e.g. what landed and what is on its way. */
export function newestOf(a: LoadedLists, b: LoadedLists): LoadedLists {
  const out: LoadedLists = { ...a };
  for (const list of WORKSPACE_LISTS) {
    const other = b[list];
    if (other && other.ticket > (out[list]?.ticket ?? -Infinity)) out[list] = other;
  }
  return out;
}
