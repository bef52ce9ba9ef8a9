// Progress and cancellation for long exports: a writer counts its units of work, and every so
// often yields to the event loop, reports how far it is and stops if the export was cancelled.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** What every writer accepts; both are optional. */
export interface ExportRunOptions {
  /** Called now and then with units done of the total, and once with (total, total) at the end. */
  onProgress?(done: number, total: number): void;
  /** Cancels the export: the writer rejects with the signal's reason (an AbortError by default). */
  signal?: AbortSignal;
  /** Awaited at every pause: a streamed export hands what it has written so far to the file. */
  flush?(): Promise<void>;
}

/** Units of work between two yields: small enough to keep the main process responsive. */
export const UNITS_PER_YIELD = 1000;

export class ExportTicker {
  private done = 0;

  /** Throws at once when the signal is already aborted. */
  constructor(
    private readonly total: number,
    private readonly options: ExportRunOptions = {},
    private readonly every = UNITS_PER_YIELD,
  ) {
    options.signal?.throwIfAborted();
  }

  /** Counts one unit; true when the writer should `await pause()` before going on. */
  step(): boolean {
    this.done += 1;
    return this.done % this.every === 0;
  }

  /** Reports progress, lets other work run, and throws if the export was cancelled meanwhile. */
  async pause(): Promise<void> {
    this.options.signal?.throwIfAborted();
    await this.options.flush?.();
    this.options.onProgress?.(Math.min(this.done, this.total), this.total);
    await nextTurn();
    this.options.signal?.throwIfAborted();
  }

  /** The last report: everything is done. */
  finish(): void {
    this.options.signal?.throwIfAborted();
    this.options.onProgress?.(this.total, this.total);
  }
}

/** Whether an error is the cancellation of an export (to tell it apart from a failure). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
