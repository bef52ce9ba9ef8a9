// Turns what was read from disk (parsed snapshot plus journal entries) into a valid workspace:
// checks the schema version, replays the journal, migrates older data, validates everything.
import { z } from 'zod';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import {
  COLLECTIONS,
  ChangeSchema,
  SCHEMA_VERSION,
  WorkspaceSchema,
  applyChanges,
  entitySchemas,
} from '../../shared/domain/workspace';
import { DataCorruptError, StoreOpenError, newerSchemaError } from './errors';
import type { JournalEntry } from './journal';
import type { Migration, RawWorkspace } from './migrations';
import { MIGRATIONS, runMigrations } from './migrations';

export interface Decoded {
  data: WorkspaceData;
  /** The version the file had when it was older than this app's, else null. */
  migratedFrom: number | null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the data';
  return `${where}: ${issue.message}`;
}

/** A zod error's first issue, or an error's message. */
export function describeError(error: unknown): string {
  if (error instanceof z.ZodError) return describeZodError(error);
  return error instanceof Error ? error.message : String(error);
}

/** Validates one change and its entity; returns a fresh copy the caller does not hold. */
export function parseChange(input: unknown): Change {
  const base = ChangeSchema.parse(input);
  // Assigning to records['__proto__'] would replace the record's prototype, not add an entry.
  const id = base.op === 'put' ? base.value.id : base.id;
  if (id === '__proto__') throw new Error(`"${id}" cannot be used as an id`);
  if (base.op === 'delete') return { op: 'delete', collection: base.collection, id: base.id };
  const value = entitySchemas[base.collection].parse(base.value);
  return { op: 'put', collection: base.collection, value } as Change;
}

function validateSnapshot(raw: Record<string, unknown>): WorkspaceData {
  for (const name of COLLECTIONS) {
    const records = raw[name];
    if (isPlainObject(records) && Object.hasOwn(records, '__proto__')) {
      throw new DataCorruptError('snapshot', `${name} holds an entry named __proto__`);
    }
  }
  const result = WorkspaceSchema.safeParse(raw);
  if (!result.success) throw new DataCorruptError('snapshot', describeZodError(result.error));
  for (const name of COLLECTIONS) {
    for (const [key, entity] of Object.entries(result.data[name])) {
      if (entity.id !== key) {
        throw new DataCorruptError('snapshot', `${name}.${key} holds the entity ${entity.id}`);
      }
    }
  }
  return result.data;
}

/**
 * A snapshot whose checksum proves this app wrote it is taken as it is: full validation of the
 * 100,000-quote workspace cost about as much as reading and parsing it, and what it would check
 * was already checked when the data was parsed (opening, a migration, the seed) or committed
 * (parseChange), before it was ever serialized. That data is also already the schema's output:
 * unknown keys stripped, and no schema in shared/domain has a default or transform that parsing
 * again would apply. Only the top level is checked, so that a well-formed file which is not a
 * workspace at all still goes through validation and is reported, not half-opened.
 */
function trustedSnapshot(raw: Record<string, unknown>): WorkspaceData | null {
  if (raw.schemaVersion !== SCHEMA_VERSION || typeof raw.createdAt !== 'string') return null;
  for (const name of COLLECTIONS) if (!isPlainObject(raw[name])) return null;
  return raw as unknown as WorkspaceData;
}

/** Replays changes written in an older schema onto the raw data of that schema. */
function applyRawChanges(raw: RawWorkspace, entry: JournalEntry): void {
  for (const change of entry.changes) {
    const c = isPlainObject(change) ? change : {};
    const records = typeof c.collection === 'string' ? raw[c.collection] : undefined;
    const value = c.value;
    if (!isPlainObject(records)) {
      throw new DataCorruptError('journal', `line ${entry.line} names an unknown collection`);
    }
    if (c.op === 'put' && isPlainObject(value) && typeof value.id === 'string') {
      if (value.id === '__proto__') throw new DataCorruptError('journal', 'bad id __proto__');
      records[value.id] = value;
    } else if (c.op === 'delete' && typeof c.id === 'string') {
      delete records[c.id];
    } else {
      throw new DataCorruptError('journal', `line ${entry.line} holds an invalid change`);
    }
  }
}

function migrationFailed(from: number, to: number, reason: string): StoreOpenError {
  return new StoreOpenError(
    'migration_failed',
    `This workspace could not be upgraded from schema ${from} to ${to} (${reason}). ` +
      'The file was not changed; please report this problem.',
  );
}

export interface DecodeOptions {
  migrations?: readonly Migration[];
  /**
   * The snapshot's checksum matched (SnapshotRead.verified): skip its schema validation when no
   * migration is needed. Never set for data from anywhere else (bundles, copies, older files).
   */
  verified?: boolean;
}

/**
 * Decodes the parsed snapshot and the journal written after it. Throws StoreOpenError when the
 * data must be left alone (newer schema, failed upgrade) and DataCorruptError when it is damaged.
 */
export function decodeWorkspace(
  raw: unknown,
  journal: readonly JournalEntry[],
  options: DecodeOptions = {},
): Decoded {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = SCHEMA_VERSION;
  if (!isPlainObject(raw)) throw new DataCorruptError('snapshot', 'it does not hold a workspace');
  const version = raw.schemaVersion;
  const oldest = Math.min(1, ...migrations.map((m) => m.from));
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < oldest) {
    throw new DataCorruptError('snapshot', 'it has no valid schema version');
  }
  // Checked before anything else, so a newer file is refused without being touched.
  const newest = Math.max(version, ...journal.map((entry) => entry.v));
  if (newest > target) throw newerSchemaError(newest, target);

  // Lines older than the snapshot were folded into it by an upgrade that crashed before it
  // could empty the journal.
  const pending = journal.filter((entry) => entry.v >= version);
  for (const entry of pending) {
    if (entry.v > version) {
      throw new DataCorruptError(
        'journal',
        `line ${entry.line} is schema ${entry.v} but the data file is schema ${version}`,
      );
    }
  }

  if (version === target) {
    const data = (options.verified ? trustedSnapshot(raw) : null) ?? validateSnapshot(raw);
    // Journal lines are small and were written by a process that may have crashed mid-way, so
    // each change is still validated.
    for (const entry of pending) {
      for (const change of entry.changes) {
        let parsed: Change;
        try {
          parsed = parseChange(change);
        } catch (error) {
          const detail = describeError(error);
          throw new DataCorruptError(
            'journal',
            `line ${entry.line} holds an invalid change (${detail})`,
          );
        }
        applyChanges(data, [parsed]);
      }
    }
    return { data, migratedFrom: null };
  }

  for (const entry of pending) applyRawChanges(raw, entry);
  let migrated: RawWorkspace;
  try {
    migrated = runMigrations(raw, version, target, migrations);
  } catch (error) {
    throw migrationFailed(version, target, error instanceof Error ? error.message : String(error));
  }
  const result = WorkspaceSchema.safeParse(migrated);
  if (!result.success) {
    throw migrationFailed(
      version,
      target,
      `the result is invalid: ${describeZodError(result.error)}`,
    );
  }
  return { data: result.data, migratedFrom: version };
}
