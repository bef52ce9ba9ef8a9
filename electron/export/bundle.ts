// Workspace bundles: the whole workspace in one file to hand to a colleague, and the plan for
// merging one into the open workspace. Pure: the caller writes the file and commits the changes.
import type { z } from 'zod';
import { Id } from '../../shared/domain/schema';
import { DATA_COLLECTIONS, SCHEMA_VERSION, WorkspaceSchema } from '../../shared/domain/workspace';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { MigrationError, runMigrations } from '../store/migrations/index';
import type { RawWorkspace } from '../store/migrations/index';
import { mergePlan } from './bundle-merge';
import type { BundleImportReport } from './bundle-merge';

export type { BundleConflict, BundleImportReport, BundleNote } from './bundle-merge';

/** The marker that tells a bundle from any other JSON file. */
export const BUNDLE_FORMAT = 'attribution-workbench-bundle';

export interface BundleMeta {
  /** When the bundle was made (the injectable clock), ISO 8601. */
  exportedAt: string;
  /** Who made it: the analyst's name as the change log records it. */
  actor: string;
}

/**
 * Why a file cannot be imported, with a message for the analyst: `unreadable` (not text or not
 * JSON), `not_a_bundle` (JSON without the bundle marker), `newer_schema` (made by a newer
 * version of the app), `invalid` (a bundle whose data is damaged or cannot be migrated).
 */
export type BundleErrorCode = 'unreadable' | 'not_a_bundle' | 'newer_schema' | 'invalid';

export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BundleError';
  }
}

/**
 * The workspace as a bundle file: UTF-8 JSON holding the format marker, the schema version, who
 * exported it and when, and every data collection. The change log stays behind: it is the
 * sender's undo history and audit trail, and replaying it on another workspace would let the
 * colleague "undo" edits they never made. The import is recorded in the receiver's own log.
 */
export function exportBundle(data: WorkspaceData, meta: BundleMeta): Uint8Array {
  const collections = Object.fromEntries(DATA_COLLECTIONS.map((name) => [name, data[name]]));
  const bundle = {
    // The marker first, so the file announces itself to anyone who opens it.
    format: BUNDLE_FORMAT,
    schemaVersion: data.schemaVersion,
    exportedAt: meta.exportedAt,
    exportedBy: meta.actor,
    workspaceCreatedAt: data.createdAt,
    data: collections,
  };
  return new TextEncoder().encode(`${JSON.stringify(bundle)}\n`);
}

/** A bundle read, migrated to the current schema and validated. */
export interface ParsedBundle {
  /** The schema version the bundle was written with (before migration). */
  schemaVersion: number;
  exportedAt: string;
  exportedBy: string;
  /** Its data in the current schema; the change log is always empty. */
  data: WorkspaceData;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why the bundle's collections hold a key that is not an id, or null. Checked on the raw JSON,
 * before migrations (which index collections by these keys) and before schema validation,
 * which would silently drop a "__proto__" key: a hostile or hand-edited file is refused with
 * the key named, never half-imported.
 */
function badKeyProblem(data: Record<string, unknown>): string | null {
  for (const [collection, records] of Object.entries(data)) {
    if (!isRecord(records)) continue;
    for (const key of Object.keys(records)) {
      const checked = Id.safeParse(key);
      if (!checked.success) {
        const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
        const why = checked.error.issues[0]?.message ?? 'not an id';
        return `${collection} holds the id ${shown}, which is not an id the workbench makes (${why})`;
      }
    }
  }
  return null;
}

/** Where a schema issue is and what is wrong there; a bad record key names the key's problem. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.') || 'its data';
  const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
  return `${where}: ${inner ?? issue.message}`;
}

/** Reads a bundle file. Throws BundleError, whose message can be shown as it is. */
export function readBundle(bytes: Uint8Array): ParsedBundle {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new BundleError(
      'unreadable',
      'This file is not a workspace bundle: it could not be read as JSON text.',
      { cause: error },
    );
  }
  if (!isRecord(parsed) || parsed.format !== BUNDLE_FORMAT) {
    const workspaceFile = isRecord(parsed) && 'schemaVersion' in parsed && 'documents' in parsed;
    throw new BundleError(
      'not_a_bundle',
      workspaceFile
        ? 'This is a workspace data file, not a bundle. Ask for a bundle exported from the workbench instead.'
        : 'This file is not an Attribution Workbench bundle.',
    );
  }
  const version = parsed.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BundleError('invalid', 'This bundle is damaged: its schema version is missing.');
  }
  if (version > SCHEMA_VERSION) {
    throw new BundleError(
      'newer_schema',
      `This bundle was made by a newer version of Attribution Workbench (data schema ${version}; ` +
        `this version reads up to ${SCHEMA_VERSION}). Update the app to import it.`,
    );
  }
  if (!isRecord(parsed.data)) {
    throw new BundleError('invalid', 'This bundle is damaged: it holds no data.');
  }
  const keyProblem = badKeyProblem(parsed.data);
  if (keyProblem) {
    throw new BundleError('invalid', `This bundle cannot be imported: ${keyProblem}.`);
  }
  const exportedAt = typeof parsed.exportedAt === 'string' ? parsed.exportedAt : '';
  const createdAt =
    typeof parsed.workspaceCreatedAt === 'string' ? parsed.workspaceCreatedAt : exportedAt;
  let raw: RawWorkspace = { ...parsed.data, schemaVersion: version, createdAt, changes: {} };
  if (version < SCHEMA_VERSION) {
    try {
      raw = runMigrations(raw, version, SCHEMA_VERSION);
    } catch (error) {
      const detail = error instanceof MigrationError ? error.message : String(error);
      throw new BundleError(
        'invalid',
        `This bundle (data schema ${version}) could not be brought up to date: ${detail}.`,
        { cause: error },
      );
    }
    // The log is never imported, whatever a migration step made of it.
    raw.changes = {};
  }
  const result = WorkspaceSchema.safeParse(raw);
  if (!result.success) {
    const [first, ...more] = result.error.issues;
    const others = more.length > 0 ? ` (and ${more.length} more problems)` : '';
    throw new BundleError(
      'invalid',
      `This bundle is damaged: ${first ? describeIssue(first) : 'its data: invalid'}${others}.`,
    );
  }
  for (const name of DATA_COLLECTIONS) {
    for (const [key, entity] of Object.entries(result.data[name])) {
      if (entity.id !== key) {
        throw new BundleError(
          'invalid',
          `This bundle is damaged: ${name}.${key} holds an entity whose id is ${entity.id}.`,
        );
      }
    }
  }
  return {
    schemaVersion: version,
    exportedAt,
    exportedBy: typeof parsed.exportedBy === 'string' ? parsed.exportedBy : '',
    data: result.data,
  };
}

export interface BundleImportPlan {
  /** Puts of the entities to add, for the caller to commit as one edit (one undo step). */
  changes: Change[];
  report: BundleImportReport & {
    /** Who sent the bundle and when, and the schema it was written with. */
    from: { exportedBy: string; exportedAt: string; schemaVersion: number };
  };
}

/**
 * Plans merging a bundle into `current`, by id, without duplicating anything. Pure: nothing is
 * written; commit `changes` to apply it. Throws BundleError when the file is not a bundle this
 * version can read. The rules (see bundle-merge.ts for why):
 *
 * - an id the workspace lacks is added; an identical entity is counted as unchanged;
 * - an id on both sides with different content is a conflict: the local version is kept and
 *   reported, and so is an entity the analyst deleted here (the bundle does not restore it);
 * - an entity whose references would dangle (a quote whose article is neither here nor in the
 *   bundle) is skipped and reported;
 * - an article whose text is identical to a local one (same content hash, another id: both
 *   laptops imported it) is not added twice: its quotes, highlights and claims join the local
 *   copy, noted in the report;
 * - sources are never merged by name, but a new source whose name or alias matches a local one
 *   is noted as a likely duplicate, for the analyst to merge on the source page.
 */
export function planBundleImport(current: WorkspaceData, bytes: Uint8Array): BundleImportPlan {
  const bundle = readBundle(bytes);
  const { changes, report } = mergePlan(current, bundle.data);
  const from = {
    exportedBy: bundle.exportedBy,
    exportedAt: bundle.exportedAt,
    schemaVersion: bundle.schemaVersion,
  };
  return { changes, report: { ...report, from } };
}
