// What every group of handlers needs: the store, a clock and an id maker, injectable so tests
// and benchmarks get deterministic output.
import { randomUUID } from 'node:crypto';
import type { Change } from '../../shared/domain/workspace';
import { WorkbenchError } from '../../shared/ipc/result';
import type { WorkspaceStore } from '../store/types';

export interface ServiceContext {
  store: WorkspaceStore;
  now: () => Date;
  newId: () => string;
  /** Commits through the store, turning a failed write into a storage_failed error. */
  commit: (changes: readonly Change[]) => Promise<void>;
}

export function durableCommit(store: WorkspaceStore): ServiceContext['commit'] {
  return async (changes) => {
    try {
      await store.commit(changes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new WorkbenchError('storage_failed', `Your change was not saved: ${reason}`);
    }
  };
}

export const defaultClock = (): Date => new Date();
export const defaultIds = (): string => randomUUID();

/** The service's timestamp format: ISO-8601 in UTC. */
export function stamp(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString();
}
