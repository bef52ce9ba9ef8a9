// Opening a workspace folder: read the snapshot through lowdb, replay the journal, and recover
// from what a crash or a damaged disk can leave behind, without ever overwriting unread data.
import path from 'node:path';
import { Low } from 'lowdb';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { SCHEMA_VERSION, WorkspaceSchema, emptyWorkspace } from '../../shared/domain/workspace';
import type { Decoded } from './decode';
import { decodeWorkspace, describeZodError } from './decode';
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
import type { Replay } from './recover';
import { countChanges, describeLoss, planReplay } from './recover';
import type { SnapshotRead } from './snapshot';
import {
  GENERATIONS,
  SNAPSHOT_FILE,
  SnapshotFile,
  generationName,
  parseSnapshot,
} from './snapshot';
import type { StoreNotice } from './types';

export { SNAPSHOT_FILE } from './snapshot';
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
  adapter: SnapshotFile;
  journal: JournalWriter;
  /** Highest sequence number in the snapshot or the journal: the next line gets seq + 1. */
  seq: number;
  /**
   * Bytes at the start of the journal already folded into workspace.json: kept so that the
   * previous generation plus the journal still rebuild the workspace, dropped at the next fold.
   */
  foldedBytes: number;
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

interface Generation {
  index: number;
  file: string;
  bytes: Buffer | null;
  read: SnapshotRead | null;
}

interface Chosen {
  gen: Generation;
  decoded: Decoded;
  plan: Replay;
}

function seedData(o: LoadOptions): WorkspaceData {
  const seeded = WorkspaceSchema.safeParse(o.seed());
  if (!seeded.success)
    throw new Error(`seed() built an invalid workspace: ${describeZodError(seeded.error)}`);
  return seeded.data;
}

/**
 * First run, or after every copy turned out damaged: the seed, durable before we return. It is
 * written twice, so that even the first snapshot has an earlier generation to fall back to.
 */
async function startFresh(o: LoadOptions, low: Low<WorkspaceData>, adapter: SnapshotFile) {
  low.data = seedData(o);
  adapter.seq = 0;
  await duringOpen('creating the workspace', async () => {
    await low.write();
    await low.write();
  });
  const journalFile = path.join(o.dir, JOURNAL_FILE);
  const existing = await readIfExists(o.fs, journalFile);
  const journal = await duringOpen('creating the journal', () =>
    JournalWriter.open(o.fs, journalFile, 0, existing?.length ?? null),
  );
  return { journal, seq: 0, foldedBytes: 0 };
}

async function removeLeftoverTemps(o: LoadOptions): Promise<void> {
  const names = await o.fs.readdir(o.dir).catch(() => [] as string[]);
  const leftovers = names.filter(
    (name) => /^workspace\.(head\.)?json\..+\.tmp$/.test(name) || name === `${JOURNAL_FILE}.tmp`,
  );
  for (const name of leftovers) await o.fs.unlink(path.join(o.dir, name)).catch(() => undefined);
}

/** Decodes one generation with the journal lines that apply to it, or says why it cannot. */
function tryGeneration(o: LoadOptions, gen: Generation, scan: JournalScan | null): Chosen | string {
  if (gen.read === null) return 'it is missing';
  if (!gen.read.ok) return gen.read.reason;
  const plan = planReplay(scan?.entries ?? [], scan?.bad ?? [], gen.read.seq, gen.read.at);
  try {
    const decoded = decodeWorkspace(gen.read.raw, plan.apply, {
      migrations: o.migrations,
      verified: gen.read.verified,
    });
    return { gen, decoded, plan };
  } catch (error) {
    if (error instanceof DataCorruptError) return error.reason;
    throw error; // newer schema or a failed upgrade: StoreOpenError, files left untouched
  }
}

/**
 * Opens from the newest snapshot generation that is valid, replaying every readable journal
 * line after it. Damage costs only what it hit: a bad snapshot falls back to the one before, a
 * bad line is skipped. Damaged files are kept (moved or copied aside, never overwritten), the
 * recovered state is folded into a new snapshot at once, and a notice says what came back.
 */
export async function loadWorkspace(o: LoadOptions): Promise<Loaded> {
  const journalFile = path.join(o.dir, JOURNAL_FILE);
  const notices: StoreNotice[] = [];
  const journalBytes = await readOrRefuse(o.fs, journalFile);
  const scan: JournalScan | null = journalBytes ? scanJournal(journalBytes) : null;
  const adapter = new SnapshotFile(o.dir, o.fs, o.now);
  const low = new Low<WorkspaceData>(adapter, emptyWorkspace(o.now().toISOString()));
  const journalHolds = (scan?.entries.length ?? 0) > 0 || (scan?.bad.length ?? 0) > 0;

  const rejected: string[] = [];
  let chosen: Chosen | null = null;
  // Older generations are read only when every newer one was rejected: reading and parsing one
  // costs as much as the newest (about 260 MB more at the peak at 100,000 quotes), and when the
  // newest is good nothing below uses them. So `gens` holds the generations tried, which is
  // all of them whenever none could be used.
  const gens: Generation[] = [];
  for (let index = 0; index < GENERATIONS; index += 1) {
    const file = path.join(o.dir, generationName(index));
    const bytes = await readOrRefuse(o.fs, file);
    const gen: Generation = { index, file, bytes, read: bytes ? parseSnapshot(bytes) : null };
    gens.push(gen);
    const result = tryGeneration(o, gen, scan);
    if (typeof result !== 'string') {
      chosen = result;
      break;
    }
    rejected.push(`${generationName(gen.index)}: ${result}`);
  }

  if (chosen === null) {
    if (gens.every((g) => g.bytes === null) && !journalHolds) {
      const fresh = await startFresh(o, low, adapter);
      await removeLeftoverTemps(o);
      return { low, adapter, ...fresh, snapshotBytes: adapter.lastWriteBytes, notices };
    }
    const why = gens.some((g) => g.bytes !== null)
      ? `no copy of it could be used (${rejected.join('; ')})`
      : `${SNAPSHOT_FILE} is missing but ${JOURNAL_FILE} holds changes`;
    const moved = await moveAside(o, [...gens.map((g) => g.file), journalFile]);
    const fresh = await startFresh(o, low, adapter);
    notices.push({
      level: 'error',
      code: 'data_file_corrupt',
      message:
        `The workspace could not be loaded: ${why}. A new workspace was started. ` +
        `The damaged files were kept, not deleted: ${moved.join(', ')}.`,
    });
    await removeLeftoverTemps(o);
    return { low, adapter, ...fresh, snapshotBytes: adapter.lastWriteBytes, notices };
  }

  const { gen, decoded, plan } = chosen;
  low.data = decoded.data;
  adapter.seq = plan.maxSeq;
  const damaged = gen.index > 0 || (scan?.bad.length ?? 0) > 0 || plan.lost.length > 0;
  if (scan?.torn) notices.push(await keepTornTail(o, journalFile, scan.torn));
  const journal = await duringOpen('opening the journal', () =>
    JournalWriter.open(o.fs, journalFile, scan?.goodBytes ?? 0, journalBytes?.length ?? null),
  );
  const loaded: Loaded = {
    low,
    adapter,
    journal,
    seq: plan.maxSeq,
    foldedBytes: foldedPrefix(scan, gen.read),
    snapshotBytes: gen.bytes?.length ?? 0,
    notices,
  };
  try {
    if (damaged) {
      const kept = await setAsideDamage(o, gens.slice(0, gen.index), journalBytes, scan);
      if (decoded.migratedFrom === null) await foldRecovered(loaded, plan, journalBytes);
      notices.push(recoveryNotice(gen, rejected, plan, kept));
    }
    if (decoded.migratedFrom !== null) {
      const from: number = decoded.migratedFrom;
      const backup = await upgradeFiles(o, loaded, from, gen.bytes ?? Buffer.alloc(0), journal);
      notices.push({
        level: 'info',
        code: 'data_migrated',
        message: `This workspace was upgraded from schema ${from} to ${SCHEMA_VERSION}. The original file was kept as ${backup}.`,
      });
    }
  } catch (error) {
    await journal.close().catch(() => undefined);
    throw error;
  }
  await removeLeftoverTemps(o);
  return loaded;
}

/** Bytes of the journal's leading lines that the snapshot already holds. */
function foldedPrefix(scan: JournalScan | null, read: SnapshotRead | null): number {
  if (!scan || !read?.ok || read.seq === null) return 0;
  const seq = read.seq;
  let folded = 0;
  for (const e of scan.entries) {
    if (e.seq > seq) break;
    folded = e.end;
  }
  return folded;
}

async function keepTornTail(
  o: LoadOptions,
  journalFile: string,
  torn: NonNullable<JournalScan['torn']>,
): Promise<StoreNotice> {
  const kept = await freeName(o.fs, `${journalFile}.torn-${fileStamp(o.now())}`);
  await duringOpen('keeping a cut-short change', () => writeFileDurable(o.fs, kept, torn.bytes));
  return {
    level: 'warning',
    code: 'journal_tail_discarded',
    message:
      `The last change made before Attribution Workbench stopped was cut short (${torn.reason}) ` +
      `and was left out; it had never been confirmed as saved. Its bytes were kept in ${kept}.`,
  };
}

/** Moves damaged newer snapshots aside and copies a damaged journal aside; returns the names. */
async function setAsideDamage(
  o: LoadOptions,
  newer: Generation[],
  journalBytes: Buffer | null,
  scan: JournalScan | null,
): Promise<string[]> {
  const kept = await moveAside(
    o,
    newer.filter((g) => g.bytes !== null).map((g) => g.file),
  );
  if (journalBytes && (scan?.bad.length ?? 0) > 0) {
    const name = await freeName(
      o.fs,
      path.join(o.dir, `${JOURNAL_FILE}.corrupt-${fileStamp(o.now())}`),
    );
    await duringOpen('keeping the damaged journal', () =>
      writeFileDurable(o.fs, name, journalBytes),
    );
    kept.push(name);
  }
  return kept;
}

/**
 * Makes the recovered state the newest snapshot, and rewrites the journal with only the good
 * lines the previous generation needs, so the damage is not met again on the next open.
 */
async function foldRecovered(loaded: Loaded, plan: Replay, journal: Buffer | null): Promise<void> {
  await duringOpen('saving the recovered workspace', () => loaded.low.write());
  const source = journal ?? Buffer.alloc(0);
  // Each line's own text plus a clean newline: a recovered line may have lost its newline.
  const newline = Buffer.from('\n');
  const content = Buffer.concat(
    plan.apply.flatMap((e) => [source.subarray(e.start, e.textEnd), newline]),
  );
  await duringOpen('rewriting the journal', () => loaded.journal.replace(content));
  loaded.foldedBytes = content.length;
  loaded.snapshotBytes = loaded.adapter.lastWriteBytes;
}

function recoveryNotice(
  gen: Generation,
  rejected: string[],
  plan: Replay,
  kept: string[],
): StoreNotice {
  const parts: string[] = [];
  if (gen.index > 0) {
    const at = gen.read?.ok && gen.read.at ? ` (saved ${gen.read.at})` : '';
    parts.push(
      `The newest copy could not be used (${rejected.join('; ')}), so the workspace was ` +
        `rebuilt from the earlier copy ${generationName(gen.index)}${at}.`,
    );
  }
  const changes = countChanges(plan.apply);
  parts.push(
    `${plan.apply.length} saved batch${plan.apply.length === 1 ? '' : 'es'} (${changes} ` +
      `change${changes === 1 ? '' : 's'}) were replayed from ${JOURNAL_FILE}.`,
  );
  if (plan.lost.length === 0) parts.push('Every saved change was recovered.');
  else parts.push(describeLoss(plan.lost, JOURNAL_FILE));
  if (kept.length > 0) parts.push(`The damaged files were kept, not deleted: ${kept.join(', ')}.`);
  return {
    level: plan.lost.length > 0 ? 'error' : 'warning',
    code: plan.lost.length > 0 ? 'data_partly_recovered' : 'data_recovered',
    message: `The workspace was damaged on disk and has been recovered. ${parts.join(' ')}`,
  };
}

/**
 * Keeps the originals as workspace.v<old>.bak.*, then writes the upgraded snapshot (which already
 * holds the journal's changes, twice so the previous generation is upgraded too) and empties the
 * journal. A crash in between is safe: journal lines older than the snapshot's schema are skipped.
 */
async function upgradeFiles(
  o: LoadOptions,
  loaded: Loaded,
  from: number,
  original: Buffer,
  journal: JournalWriter,
) {
  const backup = await freeName(o.fs, path.join(o.dir, `workspace.v${from}.bak.json`));
  await duringOpen('keeping the original before upgrading', async () => {
    await writeFileDurable(o.fs, backup, original);
    const lines = await readIfExists(o.fs, journal.file);
    if (lines && journal.size > 0) {
      const name = await freeName(o.fs, path.join(o.dir, `workspace.v${from}.bak.journal`));
      await writeFileDurable(o.fs, name, lines.subarray(0, journal.size));
    }
  });
  await duringOpen('saving the upgraded workspace', async () => {
    await loaded.low.write();
    await loaded.low.write();
  });
  await duringOpen('emptying the journal', () => journal.replace(''));
  loaded.foldedBytes = 0;
  loaded.snapshotBytes = loaded.adapter.lastWriteBytes;
  return backup;
}
