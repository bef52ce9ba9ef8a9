// Numbered schema migrations. Each step turns the raw data of version `from` into version
// `from + 1`; opening an older file runs the chain, after keeping the original as a backup.

import { v2ChangeLog } from './v2-change-log';
import { v3Annotations } from './v3-annotations';
import { v4Claims } from './v4-claims';
import { v5ArticleMetadata } from './v5-article-metadata';
import { v6SuggestionRejections } from './v6-suggestion-rejections';

/** Raw, unvalidated workspace data as parsed from JSON. */
export type RawWorkspace = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** Pure: returns the data in the `to` shape (may modify and return its argument). */
  migrate(data: RawWorkspace): RawWorkspace;
}

/**
 * Every migration, in order. Add a step here together with bumping SCHEMA_VERSION in
 * shared/domain/workspace.ts, and give it a test of its own.
 */
export const MIGRATIONS: readonly Migration[] = [
  v2ChangeLog,
  v3Annotations,
  v4Claims,
  v5ArticleMetadata,
  v6SuggestionRejections,
];

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

function isPlainObject(value: unknown): value is RawWorkspace {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs the steps from `from` up to `to`; throws MigrationError when a step is missing or fails. */
export function runMigrations(
  data: RawWorkspace,
  from: number,
  to: number,
  migrations: readonly Migration[] = MIGRATIONS,
): RawWorkspace {
  let current = data;
  for (let version = from; version < to; version += 1) {
    const steps = migrations.filter((m) => m.from === version);
    const step = steps[0];
    if (!step || steps.length > 1 || step.to !== version + 1) {
      throw new MigrationError(
        steps.length > 1
          ? `more than one migration starts at schema ${version}`
          : `no migration from schema ${version} to ${version + 1}`,
      );
    }
    let next: unknown;
    try {
      next = step.migrate(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`the step from schema ${version} failed: ${detail}`, {
        cause: error,
      });
    }
    if (!isPlainObject(next)) {
      throw new MigrationError(`the step from schema ${version} returned no workspace object`);
    }
    // The version stamp is the framework's job, so a step cannot forget it.
    next.schemaVersion = step.to;
    current = next;
  }
  return current;
}
