// The contract between the workbench service and the durable store.
import type { Change, CollectionName, WorkspaceData } from '../../shared/domain/workspace';
import type { Revisions } from './revisions';

/** Something the user must be told about the data file (shown in the UI, not only logged). */
export interface StoreNotice {
  level: 'info' | 'warning' | 'error';
  /** Stable code, e.g. 'data_file_corrupt', 'data_migrated', 'journal_tail_discarded'. */
  code: string;
  message: string;
}

export interface OpenStoreOptions {
  dataDir: string;
  /** Builds the initial workspace when the folder holds no data file yet (first run). */
  seed: () => WorkspaceData;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

export interface WorkspaceStore {
  /** The live in-memory workspace. Treat as read-only: change it only through commit(). */
  readonly data: WorkspaceData;
  /** Absolute path of the main data file (the lowdb JSON snapshot). */
  readonly dataFile: string;
  /**
   * Applies the changes in memory and makes them durable. Resolves only once they are on disk
   * (fsynced); rejects (with the in-memory state rolled back) when they could not be written.
   * Calls are serialized; calls that arrive while a write is in flight may share one write.
   */
  commit(changes: readonly Change[]): Promise<void>;
  /**
   * A counter per collection, bumped when a commit that touched it is acknowledged, and again
   * when a failed write puts it back (a reader may have seen the unsaved state meanwhile). Equal
   * counters mean the collection holds what it held when they were read. Starts at 0 on open.
   */
  revisions(): Revisions;
  /**
   * The ids of `collection` touched since its counter read `revision`: each is now present with
   * its current value or gone. Null when the store no longer remembers that far back.
   */
  touchedSince(collection: CollectionName, revision: number): Set<string> | null;
  /** Folds the journal into the snapshot. */
  compact(): Promise<void>;
  /** Flushes, compacts when worthwhile, and releases the folder lock. */
  close(): Promise<void>;
}

export interface OpenStoreResult {
  store: WorkspaceStore;
  notices: StoreNotice[];
}
