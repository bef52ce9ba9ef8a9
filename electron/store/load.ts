// Opening a workspace folder: read the snapshot through lowdb, replay the journal, and recover
// from what a crash or a damaged disk can leave behind, without ever overwriting unread data.
import path from 'node:path';
import { Low } from 'lowdb';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { SCHEMA_VERSION, WorkspaceSchema, emptyWorkspace } from '../../shared/domain/workspace';
import { decodeWorkspace, describeZodError } from './decode';
import { DurableJsonFile, UnreadableJsonError } from './durable-json-file';
import { DataCorruptError, StoreOpenError } from './errors';
import type { StoreFs } from './io';
import {
  exists,
  fileStamp,
  freeName,
  fsyncDir,
  readIfExists,
  saveErrorMessage,
  writeFileDurable,
} from './io';
import type { JournalScan } from './journal';
import { JournalWriter, scanJournal } from './journal';
import type { Migration } from './migrations';
import type { StoreNotice } from './types';

export const SNAPSHOT_FILE = 'workspace.json';
export const JOURNAL_FILE = 'workspace.journal';

export interface LoadOptions {
  dir: string;
  fs: StoreFs;
  now: () => Date;
  seed: () => WorkspaceData;
  migrations: readonly Migration[];
}

export interface Loaded {
  low: Low<WorkspaceData>;
  adapter: DurableJsonFile<WorkspaceData>;
  journal: JournalWriter;
  /** Sequence number of the last journal line. */
  seq: number;
  snapshotBytes: number;
  notices: StoreNotice[];
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wraps a failed write during opening; nothing that was read is lost by it. */
async function duringOpen<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError('write_failed', `${saveErrorMessage(error)} (while ${what})`, {
      cause: error,
    });
  }
}

async function readOrRefuse(fs: StoreFs, file: string): Promise<Buffer | null> {
  try {
    return await readIfExists(fs, file);
  } catch (error) {
    throw new StoreOpenError(
      'unreadable',
      `Could not read ${file}: ${message(error)}. Nothing was changed.`,
      {
        cause: error,
      },
    );
  }
}

/** Renames the files that exist to `<name>.corrupt-<time>`; returns the new paths. */
async function moveAside(o: LoadOptions, files: string[]): Promise<string[]> {
  const moved: string[] = [];
  const stamp = fileStamp(o.now());
  for (const file of files) {
    if (!(await exists(o.fs, file))) continue;
    const target = await freeName(o.fs, `${file}.corrupt-${stamp}`);
    try {
      await o.fs.rename(file, target);
    } catch (error) {
      throw new StoreOpenError(
        'write_failed',
        `${file} is damaged and could not be moved aside (${message(error)}). Nothing was overwritten.`,
        { cause: error },
      );
    }
    moved.push(target);
  }
  await fsyncDir(o.fs, o.dir);
  return moved;
}

/** First run, or after moving damaged files aside: the seed, durable before we return. */
async function startFresh(o: LoadOptions, low: Low<WorkspaceData>, notices: StoreNotice[]) {
  const seeded = WorkspaceSchema.safeParse(o.seed());
  if (!seeded.success)
    throw new Error(`seed() built an invalid workspace: ${describeZodError(seeded.error)}`);
  low.data = seeded.data;
  await duringOpen('creating the workspace', () => low.write());
  const journalFile = path.join(o.dir, JOURNAL_FILE);
  const existing = await readIfExists(o.fs, journalFile);
  const journal = await duringOpen('creating the journal', () =>
    JournalWriter.open(o.fs, journalFile, 0, existing?.length ?? null),
  );
  return { low, journal, seq: 0, notices };
}

async function removeLeftoverTemps(o: LoadOptions): Promise<void> {
  const names = await o.fs.readdir(o.dir).catch(() => [] as string[]);
  const leftovers = names.filter(
    (name) => /^workspace\.json\..+\.tmp$/.test(name) || name === `${JOURNAL_FILE}.tmp`,
  );
  for (const name of leftovers) await o.fs.unlink(path.join(o.dir, name)).catch(() => undefined);
}

export async function loadWorkspace(o: LoadOptions): Promise<Loaded> {
  const snapshotFile = path.join(o.dir, SNAPSHOT_FILE);
  const journalFile = path.join(o.dir, JOURNAL_FILE);
  const notices: StoreNotice[] = [];
  const journalBytes = await readOrRefuse(o.fs, journalFile);
  const scan: JournalScan | null = journalBytes ? scanJournal(journalBytes) : null;

  let migratedFrom: number | null = null;
  const adapter = new DurableJsonFile<WorkspaceData>(snapshotFile, {
    fs: o.fs,
    decode: (raw) => {
      const decoded = decodeWorkspace(raw, scan?.entries ?? [], { migrations: o.migrations });
      migratedFrom = decoded.migratedFrom;
      return decoded.data;
    },
  });
  const low = new Low<WorkspaceData>(adapter, emptyWorkspace(o.now().toISOString()));

  let damage: string | null = null;
  try {
    await low.read();
  } catch (error) {
    if (error instanceof StoreOpenError) throw error; // newer schema, failed upgrade: hands off
    if (error instanceof UnreadableJsonError) damage = `${SNAPSHOT_FILE}: ${error.reason}`;
    else if (error instanceof DataCorruptError) {
      const file = error.file === 'snapshot' ? SNAPSHOT_FILE : JOURNAL_FILE;
      damage = `${file} does not hold a valid workspace (${error.reason})`;
    } else {
      throw new StoreOpenError(
        'unreadable',
        `Could not read ${snapshotFile}: ${message(error)}. Nothing was changed.`,
        {
          cause: error,
        },
      );
    }
  }
  const snapshotFound = adapter.lastReadBytes !== null;
  if (damage === null && scan?.damage) {
    damage = `line ${scan.damage.line} of ${JOURNAL_FILE} is damaged (${scan.damage.reason})`;
  }
  if (damage === null && !snapshotFound && journalBytes !== null && journalBytes.length > 0) {
    damage = `${SNAPSHOT_FILE} is missing but ${JOURNAL_FILE} holds changes`;
  }

  if (damage !== null) {
    const moved = await moveAside(o, [snapshotFile, journalFile]);
    notices.push({
      level: 'error',
      code: 'data_file_corrupt',
      message:
        `The workspace could not be loaded: ${damage}. A new workspace was started. ` +
        `The damaged files were kept, not deleted: ${moved.join(', ')}.`,
    });
  }
  if (damage !== null || !snapshotFound) {
    const fresh = await startFresh(o, low, notices);
    await removeLeftoverTemps(o);
    return { ...fresh, adapter, snapshotBytes: adapter.lastWriteBytes };
  }

  if (scan?.torn) {
    const torn = scan.torn;
    const kept = await freeName(o.fs, `${journalFile}.torn-${fileStamp(o.now())}`);
    await duringOpen('keeping a cut-short change', () => writeFileDurable(o.fs, kept, torn.bytes));
    notices.push({
      level: 'warning',
      code: 'journal_tail_discarded',
      message:
        `The last change made before Attribution Workbench stopped was cut short (${torn.reason}) ` +
        `and was left out; it had never been confirmed as saved. Its bytes were kept in ${kept}.`,
    });
  }
  const journal = await duringOpen('opening the journal', () =>
    JournalWriter.open(o.fs, journalFile, scan?.goodBytes ?? 0, journalBytes?.length ?? null),
  );
  const last = scan?.entries[scan.entries.length - 1];
  const loaded: Loaded = {
    low,
    adapter,
    journal,
    seq: last?.seq ?? 0,
    snapshotBytes: adapter.lastReadBytes ?? 0,
    notices,
  };

  if (migratedFrom !== null) {
    const from: number = migratedFrom;
    try {
      const backup = await upgradeFiles(o, loaded, from, journalBytes?.subarray(0, journal.size));
      notices.push({
        level: 'info',
        code: 'data_migrated',
        message: `This workspace was upgraded from schema ${from} to ${SCHEMA_VERSION}. The original file was kept as ${backup}.`,
      });
    } catch (error) {
      await journal.close().catch(() => undefined);
      throw error;
    }
  }
  await removeLeftoverTemps(o);
  return loaded;
}

/**
 * Keeps the originals as workspace.v<old>.bak.*, then writes the upgraded snapshot (which already
 * holds the journal's changes) and empties the journal. A crash in between is safe: journal
 * lines older than the snapshot's schema are skipped on the next load.
 */
async function upgradeFiles(o: LoadOptions, loaded: Loaded, from: number, journal?: Buffer) {
  const backup = await freeName(o.fs, path.join(o.dir, `workspace.v${from}.bak.json`));
  await duringOpen('keeping the original before upgrading', async () => {
    await writeFileDurable(o.fs, backup, await o.fs.readFile(path.join(o.dir, SNAPSHOT_FILE)));
    if (journal && journal.length > 0) {
      const name = await freeName(o.fs, path.join(o.dir, `workspace.v${from}.bak.journal`));
      await writeFileDurable(o.fs, name, journal);
    }
  });
  await duringOpen('saving the upgraded workspace', () => loaded.low.write());
  await duringOpen('emptying the journal', () => loaded.journal.replace(''));
  loaded.snapshotBytes = loaded.adapter.lastWriteBytes;
  return backup;
}
