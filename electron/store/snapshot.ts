// Snapshot generations: workspace.json and the two before it, each stamped with a CRC32 of its
// content and the journal sequence it folds up to, so a damaged snapshot is detected (never
// half-trusted) and the workspace opens from the previous generation plus the journal.
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Adapter } from 'lowdb';
import type { WorkspaceData } from '../../shared/domain/workspace';
import type { StoreFs } from './io';
import { FILE_MODE, exists, fsyncDir, tempNameFor } from './io';

export const SNAPSHOT_FILE = 'workspace.json';
/** workspace.json, workspace.json.1, workspace.json.2: newest first. */
export const GENERATIONS = 3;

export function generationName(n: number): string {
  return n === 0 ? SNAPSHOT_FILE : `${SNAPSHOT_FILE}.${n}`;
}

// The envelope keys come first so the checksum can be found without parsing 70 MB of JSON. They
// start with `$` so they can never collide with a workspace field.
const HEAD = Buffer.from('{"$crc":"');
const CRC_END = HEAD.length + 8;
const OPEN_BRACE = crc32('{');

/** The file's bytes: `{"$crc":"…","$seq":n,"$at":"…",` + the workspace's own JSON fields. */
export function encodeSnapshot(data: unknown, seq: number, at: string): Buffer {
  const body = JSON.stringify(data);
  if (body === undefined || !body.startsWith('{')) {
    throw new Error('A snapshot must hold a JSON object.');
  }
  const head = `"$seq":${seq},"$at":${JSON.stringify(at)}`;
  const rest = Buffer.from(body === '{}' ? `${head}}` : `${head},${body.slice(1)}`, 'utf8');
  const crc = (crc32(rest, OPEN_BRACE) >>> 0).toString(16).padStart(8, '0');
  return Buffer.concat([HEAD, Buffer.from(`${crc}",`), rest]);
}

export type SnapshotRead =
  | {
      ok: true;
      raw: Record<string, unknown>;
      /** Journal sequence folded into it; null for a file written before snapshots had one. */
      seq: number | null;
      at: string | null;
      /**
       * The file carries the header and its checksum matches every byte after it: it is a
       * snapshot this app serialized from already-validated data, untouched since.
       */
      verified: boolean;
    }
  | { ok: false; reason: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks and parses a snapshot file. A stamped file must match its checksum; an older unstamped
 * file is accepted as it was before (JSON and the schema are its only checks). Never throws.
 */
export function parseSnapshot(bytes: Buffer): SnapshotRead {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const stamped = bytes.subarray(0, HEAD.length).equals(HEAD);
  if (stamped) {
    const stored = bytes.subarray(HEAD.length, CRC_END).toString('latin1');
    const actual = (crc32(bytes.subarray(CRC_END + 2), OPEN_BRACE) >>> 0)
      .toString(16)
      .padStart(8, '0');
    if (stored !== actual || bytes.subarray(CRC_END, CRC_END + 2).toString() !== '",') {
      return { ok: false, reason: 'its checksum does not match its content' };
    }
  }
  let text: string;
  try {
    // fatal: a flipped byte that breaks UTF-8 is damage, not a replacement character. A matching
    // checksum already proves these are the bytes encodeSnapshot made from a string, which are
    // valid UTF-8, and the plain decoder is faster on a 70 MB file.
    text = stamped
      ? bytes.toString('utf8')
      : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 text' };
  }
  if (/^\0*$/.test(text)) return { ok: false, reason: 'the file holds only zero bytes' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `the file is not valid JSON (${detail})` };
  }
  if (!isObject(raw)) return { ok: false, reason: 'the file does not hold a workspace' };
  if (!stamped) return { ok: true, raw, seq: null, at: null, verified: false };
  const seq = raw.$seq;
  const at = raw.$at;
  if (!Number.isSafeInteger(seq) || (seq as number) < 0 || typeof at !== 'string') {
    return { ok: false, reason: 'its header is malformed' };
  }
  delete raw.$crc;
  delete raw.$seq;
  delete raw.$at;
  return { ok: true, raw, seq: seq as number, at, verified: true };
}

/**
 * Durably writes `bytes` as the newest generation: temp file, fsync, then workspace.json.1 →
 * .2 (the oldest is dropped), workspace.json → .1, temp → workspace.json, fsync the folder. A
 * crash in between leaves at least the previous generation under its .1 name, which opening
 * falls back to. With no workspace.json (it was damaged and set aside) nothing is rotated.
 */
export async function writeGeneration(fs: StoreFs, dir: string, bytes: Uint8Array): Promise<void> {
  const newest = path.join(dir, generationName(0));
  const temp = tempNameFor(newest);
  try {
    const handle = await fs.open(temp, 'w', FILE_MODE);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (await exists(fs, newest)) {
      for (let n = GENERATIONS - 1; n > 0; n -= 1) {
        const older = path.join(dir, generationName(n - 1));
        if (await exists(fs, older)) await fs.rename(older, path.join(dir, generationName(n)));
      }
    }
    await fs.rename(temp, newest);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(fs, dir);
}

/**
 * The lowdb adapter of the workspace. Writes stamp the snapshot with `seq`, which the store
 * sets to the last journal sequence the data holds before each write. Opening reads the
 * generations itself (see load.ts), so read() is not used.
 */
export class SnapshotFile implements Adapter<WorkspaceData> {
  readonly filename: string;
  /** The journal sequence the next write folds up to. */
  seq = 0;
  /** Size written by the last successful write(). */
  lastWriteBytes = 0;

  constructor(
    readonly dir: string,
    private readonly fs: StoreFs,
    private readonly now: () => Date,
  ) {
    this.filename = path.join(dir, SNAPSHOT_FILE);
  }

  read(): Promise<WorkspaceData | null> {
    return Promise.reject(new Error('The workspace is read by loadWorkspace, not by lowdb.'));
  }

  /** Serializes before its first await: the file holds the data as it was when called. */
  async write(data: WorkspaceData): Promise<void> {
    const bytes = encodeSnapshot(data, this.seq, this.now().toISOString());
    await writeGeneration(this.fs, this.dir, bytes);
    this.lastWriteBytes = bytes.length;
  }
}
