// Revision counters, one per collection, so a reader can tell which collections changed since it
// last looked without reloading them. They start at 0 each time the workspace is opened: they
// are only compared within one run of the process.
import type { Change, CollectionName } from '../../shared/domain/workspace';
import { COLLECTIONS } from '../../shared/domain/workspace';

export type Revisions = Record<CollectionName, number>;

/** How many revisions of each collection remember the ids they touched. */
export const TOUCHED_HISTORY = 512;

export class RevisionCounters {
  private readonly counts: Revisions = Object.fromEntries(
    COLLECTIONS.map((name) => [name, 0]),
  ) as Revisions;
  // Per collection, the ids each recent revision touched (oldest first), so a reader holding a
  // collection at revision r can fetch just what changed since instead of all of it.
  private readonly touched = Object.fromEntries(
    COLLECTIONS.map((name) => [name, [] as { revision: number; ids: string[] }[]]),
  ) as Record<CollectionName, { revision: number; ids: string[] }[]>;

  /** Bumps each collection the changes touch, once per call however many entities changed. */
  bump(changes: readonly Change[]): void {
    const ids = new Map<CollectionName, string[]>();
    for (const change of changes) {
      const id = change.op === 'put' ? change.value.id : change.id;
      const list = ids.get(change.collection);
      if (list) list.push(id);
      else ids.set(change.collection, [id]);
    }
    for (const [name, list] of ids) {
      this.counts[name] += 1;
      const history = this.touched[name];
      history.push({ revision: this.counts[name], ids: list });
      if (history.length > TOUCHED_HISTORY) history.shift();
    }
  }

  /**
   * The ids of `collection` touched after `revision` (put, deleted, or put back by a failed
   * write): what differs between the collection then and now, at most. Null when that revision
   * is not one of the recent ones remembered (or not one of this run's): reload it whole.
   */
  touchedSince(collection: CollectionName, revision: number): Set<string> | null {
    const current = this.counts[collection];
    if (!Number.isInteger(revision) || revision < 0 || revision > current) return null;
    const history = this.touched[collection];
    const oldest = history[0]?.revision ?? current + 1;
    if (revision + 1 < oldest && revision !== current) return null;
    // Oldest first, so the set lists ids in the order they were first touched.
    let from = history.length;
    while (from > 0 && history[from - 1]!.revision > revision) from -= 1;
    const ids = new Set<string>();
    for (let i = from; i < history.length; i += 1) for (const id of history[i]!.ids) ids.add(id);
    return ids;
  }

  /** Bumps every collection and forgets which ids earlier revisions touched: reload all. */
  forgetAll(): void {
    for (const name of COLLECTIONS) {
      this.counts[name] += 1;
      this.touched[name] = [];
    }
  }

  /** A copy, so callers cannot move the counters. */
  snapshot(): Revisions {
    return { ...this.counts };
  }
}
