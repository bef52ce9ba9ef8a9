// Entry point of the durable workspace store: takes the folder lock, loads (or creates, or
// recovers) the workspace, and hands back the open store with the notices for the user.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { StoreOpenError } from './errors';
import type { StoreFs } from './io';
import { fsyncDir, nodeFs } from './io';
import type { LockOptions } from './lock';
import { acquireFolderLock } from './lock';
import { loadWorkspace } from './load';
import type { Migration } from './migrations';
import { MIGRATIONS } from './migrations';
import type { OpenStoreOptions, OpenStoreResult } from './types';
import type { CompactionPolicy } from './workspace-store';
import { DEFAULT_COMPACTION, DurableWorkspaceStore } from './workspace-store';

export { StoreOpenError } from './errors';
export type { StoreOpenErrorCode } from './errors';
export { DurableWorkspaceStore } from './workspace-store';
export type { CompactionPolicy, StoreStats } from './workspace-store';
export { JOURNAL_FILE, SNAPSHOT_FILE } from './load';
export { LOCK_FILE } from './lock';

/** Knobs for tests and benchmarks; the app passes none of them. */
export interface StoreTuning {
  /** File-system seam, e.g. to simulate a full disk. */
  fs?: StoreFs;
  migrations?: readonly Migration[];
  compaction?: Partial<CompactionPolicy>;
  /** Where background problems (a failed compaction) are reported. */
  log?: (message: string, error?: unknown) => void;
  lock?: Omit<LockOptions, 'fs'>;
}

export type StoreOptions = OpenStoreOptions & StoreTuning;

export interface OpenedStore extends OpenStoreResult {
  store: DurableWorkspaceStore;
}

/** Folders open in this process: the lock file alone cannot tell two opens by one pid apart. */
const openInThisProcess = new Set<string>();

async function folderKey(dir: string): Promise<string> {
  const real = await realpath(dir).catch(() => dir);
  return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
}

const defaultLog = (message: string, error?: unknown): void => {
  console.warn(`[store] ${message}`, error ?? '');
};

/** A workspace folder locked for this process, not yet read. */
export interface LockedStore {
  /** The folder, resolved. */
  readonly dir: string;
  readonly fs: StoreFs;
  /**
   * Loads (or creates, or recovers) the workspace: see openStore. Called once; when it rejects
   * the lock has been released.
   */
  open(): Promise<OpenedStore>;
  /** Gives the folder back without reading it. */
  release(): Promise<void>;
}

/**
 * Opens the workspace in options.dataDir, which holds workspace.json (the lowdb snapshot),
 * workspace.journal (edits since the snapshot, one checksummed JSON line per group commit) and,
 * while open, workspace.lock. Rejects with StoreOpenError when the folder is locked, newer than
 * this app, or cannot be read or upgraded; in those cases no data file was changed.
 */
export async function openStore(options: StoreOptions): Promise<OpenedStore> {
  return (await lockStore(options)).open();
}

/**
 * The first half of openStore: creates the folder if needed and takes its lock, so that a caller
 * may read small files beside the workspace (the quick-open head) before the workspace itself.
 */
export async function lockStore(options: StoreOptions): Promise<LockedStore> {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? defaultLog;
  const dir = path.resolve(options.dataDir);
  try {
    const created = (await fs.mkdir(dir, { recursive: true })) as string | undefined;
    // A folder made here must itself survive a power cut, or the first snapshot goes with it.
    if (created !== undefined) {
      for (let d = dir; ; d = path.dirname(d)) {
        await fsyncDir(fs, path.dirname(d));
        if (d === created || path.dirname(d) === d) break;
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(
      'write_failed',
      `Could not create the workspace folder ${dir}: ${detail}`,
      {
        cause: error,
      },
    );
  }
  const key = await folderKey(dir);
  if (openInThisProcess.has(key)) {
    throw new StoreOpenError(
      'locked',
      `This workspace is open in another Attribution Workbench window (process ${process.pid}). ` +
        'Close it there first, or open a different workspace folder.',
    );
  }
  openInThisProcess.add(key);
  let lock: Awaited<ReturnType<typeof acquireFolderLock>>;
  try {
    lock = await acquireFolderLock(dir, { ...options.lock, fs }).catch((error: unknown) => {
      if (error instanceof StoreOpenError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new StoreOpenError(
        'write_failed',
        `Could not lock the workspace folder ${dir}: ${detail}`,
        {
          cause: error,
        },
      );
    });
  } catch (error) {
    openInThisProcess.delete(key);
    throw error;
  }
  let released: Promise<void> | null = null;
  const release = (): Promise<void> =>
    (released ??= (async () => {
      try {
        await lock.release();
      } finally {
        openInThisProcess.delete(key);
      }
    })());
  let opening: Promise<OpenedStore> | null = null;
  const open = async (): Promise<OpenedStore> => {
    try {
      const loaded = await loadWorkspace({
        dir,
        fs,
        now,
        seed: options.seed,
        migrations: options.migrations ?? MIGRATIONS,
      });
      const store = new DurableWorkspaceStore({
        ...loaded,
        now,
        log,
        compaction: { ...DEFAULT_COMPACTION, ...options.compaction },
        release,
      });
      return { store, notices: loaded.notices };
    } catch (error) {
      await release().catch(() => undefined);
      throw error;
    }
  };
  return { dir, fs, open: () => (opening ??= open()), release };
}
