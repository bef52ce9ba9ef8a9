// What every group of handlers needs: the store, a clock and an id maker, injectable so tests
// and benchmarks get deterministic output.
import { randomUUID } from 'node:crypto';
import type { Change } from '../../shared/domain/workspace';
import type { WorkspaceStore } from '../store/types';

export interface ServiceContext {
  store: WorkspaceStore;
  now: () => Date;
  newId: () => string;
  /**
   * Commits the changes durably together with their change-log entry (audit trail and undo).
   * `label` names the edit as the analyst would: "Mark quote". Failures become storage_failed.
   */
  commit: (label: string, changes: readonly Change[]) => Promise<void>;
}

export const defaultClock = (): Date => new Date();
export const defaultIds = (): string => randomUUID();

/** The service's timestamp format: ISO-8601 in UTC. */
export function stamp(ctx: Pick<ServiceContext, 'now'>): string {
  return ctx.now().toISOString();
}
