// The change log: every edit is committed together with an entry holding the before and after of
// each entity it touched. The log is append-only; undo and redo are new entries that restore the
// before or after images, and their stacks are rebuilt from the log, so they survive a restart.
import type {
  Change,
  ChangeLogEntry,
  DataCollection,
  LoggedChange,
  WorkspaceData,
} from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import { WorkbenchError } from '../../shared/ipc/result';
import type { WorkspaceStore } from '../store/types';

export interface HistoryOptions {
  store: WorkspaceStore;
  now: () => Date;
  newId: () => string;
  /** Who is editing: the analyst's account name. */
  actor: string;
}

export interface HistoryStep {
  label: string;
  at: string;
}

/** Replays the log in order to find which edits are applied (undoable) and which are undone. */
export function rebuildStacks(entries: Iterable<ChangeLogEntry>): {
  undo: string[];
  redo: string[];
} {
  const undo: string[] = [];
  let redo: string[] = [];
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (entry.kind === 'edit') {
      undo.push(entry.id);
      redo = [];
    } else if (entry.kind === 'undo' && entry.target && undo.at(-1) === entry.target) {
      redo.push(undo.pop()!);
    } else if (entry.kind === 'redo' && entry.target && redo.at(-1) === entry.target) {
      undo.push(redo.pop()!);
    }
  }
  return { undo, redo };
}

/** Deep equality of JSON values, ignoring key order (stored entities come back schema-ordered). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  return ka.every(
    (k) => Object.hasOwn(ob, k) && sameJson((a as Record<string, unknown>)[k], ob[k]),
  );
}

function current(
  data: WorkspaceData,
  collection: DataCollection,
  id: string,
): { id: string } | null {
  return getRecord(data[collection] as Record<string, { id: string }>, id) ?? null;
}

/** The key of an item in the by-item index. */
const itemKey = (collection: DataCollection, id: string) => `${collection}\u0000${id}`;

export class History {
  private readonly stacks: { undo: string[]; redo: string[] };
  private seq: number;
  /**
   * Log entry ids by the item they touched, so an item's audit trail is a lookup rather than a
   * scan of the whole log (which grows with every edit ever made). Every entry is committed here,
   * so the index is kept up to date by commit().
   */
  private readonly byItem = new Map<string, string[]>();

  constructor(private readonly o: HistoryOptions) {
    const entries = valuesOf(o.store.data.changes);
    this.stacks = rebuildStacks(entries);
    this.seq = entries.reduce((max, e) => Math.max(max, e.seq), 0);
    for (const entry of entries) this.index(entry);
  }

  /**
   * Commits the changes and their log entry in one durable write. The before images are taken
   * from the workspace now, so the entry records exactly what this edit replaced.
   */
  async record(label: string, changes: readonly Change[]): Promise<ChangeLogEntry> {
    const data = this.o.store.data;
    const logged: LoggedChange[] = changes.map((change) => {
      if (change.collection === 'changes') throw new Error('The change log cannot be edited.');
      const id = change.op === 'put' ? change.value.id : change.id;
      return {
        collection: change.collection,
        id,
        before: current(data, change.collection, id),
        after: change.op === 'put' ? change.value : null,
      };
    });
    const entry = this.entry('edit', label, null, logged);
    await this.commit(changes, entry);
    this.stacks.undo.push(entry.id);
    this.stacks.redo = [];
    return entry;
  }

  /** Reverts the latest applied edit. Throws not_found when there is nothing to undo. */
  async undo(): Promise<HistoryStep> {
    return this.step('undo');
  }

  /** Re-applies the latest undone edit. Throws not_found when there is nothing to redo. */
  async redo(): Promise<HistoryStep> {
    return this.step('redo');
  }

  state(): { undo: HistoryStep | null; redo: HistoryStep | null } {
    const describe = (id: string | undefined): HistoryStep | null => {
      const entry = id ? getRecord(this.o.store.data.changes, id) : undefined;
      return entry ? { label: entry.label, at: entry.at } : null;
    };
    return { undo: describe(this.stacks.undo.at(-1)), redo: describe(this.stacks.redo.at(-1)) };
  }

  /** Every log entry that touched the item, newest first: its audit trail. */
  forItem(collection: DataCollection, id: string): ChangeLogEntry[] {
    const { changes } = this.o.store.data;
    return (this.byItem.get(itemKey(collection, id)) ?? [])
      .flatMap((entryId) => getRecord(changes, entryId) ?? [])
      .sort((a, b) => b.seq - a.seq);
  }

  private index(entry: ChangeLogEntry): void {
    for (const key of new Set(entry.changes.map((c) => itemKey(c.collection, c.id)))) {
      const ids = this.byItem.get(key);
      if (ids) ids.push(entry.id);
      else this.byItem.set(key, [entry.id]);
    }
  }

  private async step(kind: 'undo' | 'redo'): Promise<HistoryStep> {
    const from = kind === 'undo' ? this.stacks.undo : this.stacks.redo;
    const to = kind === 'undo' ? this.stacks.redo : this.stacks.undo;
    const targetId = from.at(-1);
    const target = targetId ? getRecord(this.o.store.data.changes, targetId) : undefined;
    if (!target) throw new WorkbenchError('not_found', `There is nothing to ${kind}.`);
    const data = this.o.store.data;
    // Undo restores each before image, newest change first; redo re-applies the after images.
    const ordered = kind === 'undo' ? [...target.changes].reverse() : target.changes;
    const logged: LoggedChange[] = [];
    const changes: Change[] = [];
    for (const c of ordered) {
      const expected = kind === 'undo' ? c.after : c.before;
      const wanted = kind === 'undo' ? c.before : c.after;
      const now = current(data, c.collection, c.id);
      if (!sameJson(now, expected)) {
        throw new WorkbenchError(
          'conflict',
          `Cannot ${kind} “${target.label}”: the item has changed since. Nothing was changed.`,
        );
      }
      logged.push({ collection: c.collection, id: c.id, before: now, after: wanted });
      changes.push(
        wanted
          ? ({ op: 'put', collection: c.collection, value: wanted } as Change)
          : { op: 'delete', collection: c.collection, id: c.id },
      );
    }
    const label = `${kind === 'undo' ? 'Undo' : 'Redo'} ${target.label}`;
    const entry = this.entry(kind, label, target.id, logged);
    await this.commit(changes, entry);
    from.pop();
    to.push(target.id);
    return { label: target.label, at: entry.at };
  }

  private entry(
    kind: ChangeLogEntry['kind'],
    label: string,
    target: string | null,
    changes: LoggedChange[],
  ): ChangeLogEntry {
    return {
      id: this.o.newId(),
      seq: this.seq + 1,
      at: this.o.now().toISOString(),
      actor: this.o.actor,
      label,
      kind,
      target,
      changes,
    };
  }

  private async commit(changes: readonly Change[], entry: ChangeLogEntry): Promise<void> {
    // The seq is claimed before the await so concurrent edits get distinct, ordered numbers.
    this.seq = entry.seq;
    try {
      await this.o.store.commit([...changes, { op: 'put', collection: 'changes', value: entry }]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new WorkbenchError('storage_failed', `Your change was not saved: ${reason}`);
    }
    this.index(entry);
  }
}
