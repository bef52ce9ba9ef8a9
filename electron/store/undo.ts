// In-memory undo for commits whose write failed: records each entity's previous value so the
// store can put memory back to exactly what the disk holds.
import type { Change, CollectionName, WorkspaceData } from '../../shared/domain/workspace';
import { applyChanges } from '../../shared/domain/workspace';

export interface Undo {
  collection: CollectionName;
  id: string;
  had: boolean;
  value: unknown;
}

/** Applies the changes in place and returns what undoes them. */
export function applyWithUndo(data: WorkspaceData, changes: readonly Change[]): Undo[] {
  return changes.map((change) => {
    const records = data[change.collection] as Record<string, unknown>;
    const id = change.op === 'put' ? change.value.id : change.id;
    const undo = {
      collection: change.collection,
      id,
      had: Object.hasOwn(records, id),
      value: records[id],
    };
    applyChanges(data, [change]);
    return undo;
  });
}

/** Undoes, in reverse order, what applyWithUndo did. */
export function revert(data: WorkspaceData, undo: readonly Undo[]): void {
  for (let i = undo.length - 1; i >= 0; i -= 1) {
    const u = undo[i] as Undo;
    const records = data[u.collection] as Record<string, unknown>;
    if (u.had) records[u.id] = u.value;
    else delete records[u.id];
  }
}
