// The open workspace: applies commits in memory, group-commits them to the journal (one append
// and one fsync per batch), rolls memory back when a write fails, and compacts in the background.
import type { Low } from 'lowdb';
import type { Change, CollectionName, WorkspaceData } from '../../shared/domain/workspace';
import { SCHEMA_VERSION } from '../../shared/domain/workspace';
import { describeError, parseChange } from './decode';
import { saveErrorMessage } from './io';
import type { JournalWriter } from './journal';
import { encodeEntry } from './journal';
import type { Revisions } from './revisions';
import type { SnapshotFile } from './snapshot';
import { RevisionCounters } from './revisions';
import type { WorkspaceStore } from './types';
import type { Undo } from './undo';
import { applyWithUndo, revert } from './undo';

/** Fold the journal once it exceeds max(minBytes, snapshot size × snapshotRatio). */
export interface CompactionPolicy {
  minBytes: number;
  snapshotRatio: number;
}
export const DEFAULT_COMPACTION: CompactionPolicy = { minBytes: 1024 * 1024, snapshotRatio: 0.5 };

export interface StoreStats {
  /** Journal appends (each one write + one fdatasync) since opening. */
  appends: number;
  commits: number;
  compactions: number;
  journalBytes: number;
  snapshotBytes: number;
}

export interface StoreParts {
  low: Low<WorkspaceData>;
  adapter: SnapshotFile;
  journal: JournalWriter;
  seq: number;
  /** Leading journal bytes the snapshot already holds (kept for the previous generation). */
  foldedBytes: number;
  snapshotBytes: number;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
  compaction: CompactionPolicy;
  /** Releases the folder lock; called once by close(). */
  release: () => Promise<void>;
}

interface Pending {
  changes: Change[];
  json: string;
  undo: Undo[];
  resolve: () => void;
  reject: (error: Error) => void;
}
interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}
interface CompactionJob {
  /** Journal size when the snapshot was taken: the lines before it are in the snapshot. */
  foldedUpTo: number;
  waiters: Waiter[];
  state: 'writing' | 'written' | 'failed';
  error?: unknown;
}

export class DurableWorkspaceStore implements WorkspaceStore {
  readonly dataFile: string;
  private readonly p: StoreParts;
  private seq: number;
  private snapshotBytes: number;
  /**
   * The journal starts with lines the newest snapshot already holds, kept so that the previous
   * snapshot generation plus the journal rebuild the workspace when the newest is damaged.
   */
  private foldedBytes: number;
  private state: 'open' | 'closing' | 'closed' = 'open';
  private queue: Pending[] = [];
  private pumping = false;
  private scheduled = false;
  private job: CompactionJob | null = null;
  private compactWaiters: Waiter[] = [];
  private idleWaiters: (() => void)[] = [];
  /** Journal size when background compaction last failed; retried after more growth. */
  private failedAtSize = -1;
  private closing: Promise<void> | null = null;
  private counts = { appends: 0, commits: 0, compactions: 0 };
  private readonly revs = new RevisionCounters();

  constructor(parts: StoreParts) {
    this.p = parts;
    this.dataFile = parts.adapter.filename;
    this.seq = parts.seq;
    this.snapshotBytes = parts.snapshotBytes;
    this.foldedBytes = parts.foldedBytes;
  }

  /** Journal bytes not yet folded into the snapshot: what compaction is about. */
  private get unfolded(): number {
    return this.p.journal.size - this.foldedBytes;
  }

  get data(): WorkspaceData {
    return this.p.low.data;
  }

  get stats(): StoreStats {
    return {
      ...this.counts,
      journalBytes: this.unfolded,
      snapshotBytes: this.snapshotBytes,
    };
  }

  commit(changes: readonly Change[]): Promise<void> {
    if (this.state !== 'open') {
      return Promise.reject(new Error('Could not save: the workspace has been closed.'));
    }
    let parsed: Change[];
    try {
      // Validated before it touches memory: an invalid line in the journal would make the
      // whole workspace unloadable later.
      parsed = changes.map(parseChange);
    } catch (error) {
      const detail = describeError(error);
      return Promise.reject(new Error(`Could not save: the change is not valid (${detail}).`));
    }
    const json = JSON.stringify(parsed);
    const undo = applyWithUndo(this.p.low.data, parsed);
    this.counts.commits += 1;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ changes: parsed, json, undo, resolve, reject });
      this.kick();
    });
  }

  revisions(): Revisions {
    return this.revs.snapshot();
  }

  touchedSince(collection: CollectionName, revision: number): Set<string> | null {
    return this.revs.touchedSince(collection, revision);
  }

  compact(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new Error('The workspace has been closed.'));
    return this.requestCompaction();
  }

  /**
   * Flushes, compacts when worthwhile, closes the journal and releases the lock. `beforeRelease`
   * runs once everything is on disk and before the lock goes (the service writes its quick-open
   * head there, so no other process can change the files between); its failure is only logged.
   */
  close(beforeRelease?: () => Promise<void>): Promise<void> {
    this.closing ??= this.shutdown(beforeRelease);
    return this.closing;
  }

  /**
   * Every collection counts as changed and no earlier revision is remembered: a reader that
   * loaded anything before reloads it whole (the service calls it when the workspace turned out
   * to differ from the quick-open head it answered from).
   */
  markAllChanged(): void {
    this.revs.forgetAll();
  }

  /** Resolves once no write, compaction or queued commit is in progress (tests, benchmarks). */
  settled(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.kick();
    });
  }

  private isIdle(): boolean {
    return !this.pumping && !this.scheduled && this.queue.length === 0 && this.job === null;
  }

  private requestCompaction(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.compactWaiters.push({ resolve, reject });
      this.kick();
    });
  }

  private async shutdown(beforeRelease?: () => Promise<void>): Promise<void> {
    if (this.state === 'open') this.state = 'closing';
    await this.settled();
    if (this.unfolded > 0) {
      await this.requestCompaction().catch((error: unknown) =>
        this.p.log('Could not compact on close; every change is still in the journal.', error),
      );
    }
    try {
      await this.p.journal.close();
      if (beforeRelease) {
        await beforeRelease().catch((error: unknown) =>
          this.p.log('Could not finish closing the workspace.', error),
        );
      }
    } finally {
      this.state = 'closed';
      await this.p
        .release()
        .catch((error: unknown) => this.p.log('Could not release the lock.', error));
    }
  }

  /** Starts the writer on a microtask, so commits made in one tick share one append. */
  private kick(): void {
    if (this.pumping || this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.pump();
    });
  }

  /** The single writer: every journal and snapshot operation runs here, one at a time. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        if (this.queue.length > 0) {
          const batch = this.queue;
          this.queue = [];
          await this.writeBatch(batch);
          continue;
        }
        const job = this.job;
        if (job?.state === 'written') await this.finishCompaction(job);
        else if (job?.state === 'failed') this.abandonCompaction(job, job.error);
        else if (job === null && this.compactionDue()) {
          // Let the callers whose commits just resolved run before the snapshot's
          // serialization blocks the thread; unless a steady stream of edits has kept
          // deferring it and the journal has grown to twice the threshold.
          if (!this.compactionOverdue()) await new Promise((resolve) => setImmediate(resolve));
          if (this.queue.length === 0) this.startCompaction();
        } else break;
      }
    } catch (error) {
      this.p.log('The store writer failed unexpectedly.', error);
    } finally {
      this.pumping = false;
    }
    if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    const writing = batch.filter((p) => p.changes.length > 0);
    if (writing.length === 0) {
      for (const p of batch) p.resolve();
      return;
    }
    const seq = this.seq + 1;
    const json = `[${writing.map((p) => p.json.slice(1, -1)).join(',')}]`;
    const line = encodeEntry(seq, SCHEMA_VERSION, this.p.now().toISOString(), json);
    try {
      await this.p.journal.append(line);
    } catch (error) {
      this.rollBack(batch);
      this.p.log('A journal append failed; the batch was rolled back.', error);
      const failure = new Error(saveErrorMessage(error), { cause: error });
      for (const p of batch) p.reject(failure);
      return;
    }
    this.seq = seq;
    this.counts.appends += 1;
    // Bumped before anyone is told the edit is saved, so a reader asking after the
    // acknowledgement always sees the new counters.
    for (const p of writing) this.revs.bump(p.changes);
    for (const p of batch) p.resolve();
  }

  /**
   * Undoes the failed batch so memory equals disk. Commits queued after it were applied on top,
   * so they are undone first and then re-applied over the restored state.
   */
  private rollBack(batch: Pending[]): void {
    const data = this.p.low.data;
    const later = this.queue;
    for (let i = later.length - 1; i >= 0; i -= 1) revert(data, (later[i] as Pending).undo);
    for (let i = batch.length - 1; i >= 0; i -= 1) revert(data, (batch[i] as Pending).undo);
    for (const p of later) p.undo = applyWithUndo(data, p.changes);
    // Memory held the unsaved batch while it was being written, and a reader may have loaded it:
    // bump its collections so that reader reloads what memory holds again. The later commits
    // end up as they were and are bumped when acknowledged.
    for (const p of batch) this.revs.bump(p.changes);
  }

  private threshold(): number {
    const { minBytes, snapshotRatio } = this.p.compaction;
    return Math.max(minBytes, this.snapshotBytes * snapshotRatio);
  }

  private compactionDue(): boolean {
    if (this.compactWaiters.length > 0) return true;
    if (this.state !== 'open') return false;
    const size = this.unfolded;
    if (size < this.threshold()) return false;
    return this.failedAtSize < 0 || size >= this.failedAtSize + this.p.compaction.minBytes;
  }

  private compactionOverdue(): boolean {
    return this.unfolded >= 2 * this.threshold();
  }

  private startCompaction(): void {
    const waiters = this.compactWaiters.splice(0);
    if (this.unfolded === 0) {
      for (const w of waiters) w.resolve();
      return;
    }
    const job: CompactionJob = { foldedUpTo: this.p.journal.size, waiters, state: 'writing' };
    this.job = job;
    this.p.adapter.seq = this.seq;
    // Called with nothing queued or in flight, so memory equals the journal right now. lowdb's
    // write() calls the adapter synchronously, which serializes before its first await: the
    // snapshot is exactly this state, and commits can go on appending while it is written.
    this.p.low.write().then(
      () => {
        job.state = 'written';
        this.kick();
      },
      (error: unknown) => {
        job.state = 'failed';
        job.error = error;
        this.kick();
      },
    );
  }

  private async finishCompaction(job: CompactionJob): Promise<void> {
    try {
      // The new snapshot holds every line before foldedUpTo; the previous one (now .1) holds
      // those before foldedBytes, which can go. A crash before this is harmless: opening skips
      // lines whose sequence number the snapshot already holds.
      await this.p.journal.dropBefore(this.foldedBytes);
    } catch (error) {
      this.abandonCompaction(job, error);
      return;
    }
    this.job = null;
    this.foldedBytes = job.foldedUpTo - this.foldedBytes;
    this.snapshotBytes = this.p.adapter.lastWriteBytes;
    this.failedAtSize = -1;
    this.counts.compactions += 1;
    for (const w of job.waiters) w.resolve();
  }

  private abandonCompaction(job: CompactionJob, error: unknown): void {
    this.job = null;
    this.failedAtSize = this.unfolded;
    this.p.log('Compaction failed; the journal still holds every change.', error);
    const failure = new Error(saveErrorMessage(error), { cause: error });
    for (const w of job.waiters) w.reject(failure);
  }
}
