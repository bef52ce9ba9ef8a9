// Revision counters, one per collection, so a reader can tell which collections changed since it
// last looked without reloading them. They start at 0 each time the workspace is opened: they
// are only compared within one run of the process.
import type { Change, CollectionName } from '../../shared/domain/workspace';
import { COLLECTIONS } from '../../shared/domain/workspace';

export type Revisions = Record<CollectionName, number>;

export class RevisionCounters {
  private readonly counts: Revisions = Object.fromEntries(
    COLLECTIONS.map((name) => [name, 0]),
  ) as Revisions;

  /** Bumps each collection the changes touch, once per call however many entities changed. */
  bump(changes: readonly Change[]): void {
    for (const name of new Set(changes.map((change) => change.collection))) {
      this.counts[name] += 1;
    }
  }

  /** A copy, so callers cannot move the counters. */
  snapshot(): Revisions {
    return { ...this.counts };
  }
}
