// The quick-open head: a small file written beside the workspace when it closes, holding the
// service's answers to the window's first calls (the article list, the sources, the first
// article and its quotes), stamped with the exact state of the data files it was made from. At
// the next open, a head whose stamps still match answers those calls at once, while the whole
// workspace loads behind it. It is a cache, never a source of truth: no recovery reads it, a
// head that does not match (a crash, an edit, a copied folder, damage) is ignored, and opening
// then proceeds exactly as without it.
//
// The file is two parts, each `crc32\nJSON` on lines of their own: the first paint's answers with
// the stamp, then the answers asked for after the paint (the whole sources table, three quarters
// of the file at 5,000 sources). Only the first is checked and parsed at open; the second when
// it is first asked for, so the window's first answers wait for half a megabyte, not two.
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { SCHEMA_VERSION } from '../../shared/domain/workspace';
import type { StoreFs } from './io';
import { FILE_MODE, isMissing, tempNameFor } from './io';
import { JOURNAL_FILE } from './load';
import { SNAPSHOT_FILE } from './snapshot';

export const HEAD_FILE = 'workspace.head.json';
/** A head larger than this is not a head (its answers are a few megabytes at 100,000 quotes). */
const MAX_HEAD_BYTES = 64 * 1024 * 1024;
// The snapshot's own header, `{"$crc":"xxxxxxxx",`: its checksum names its content exactly.
const SNAPSHOT_HEAD_BYTES = 19;

/** What the data files were when the head was written. Any difference voids the head. */
export interface HeadStamp {
  schemaVersion: number;
  snapshotCrc: string;
  snapshotBytes: number;
  snapshotMtimeMs: number;
  journalBytes: number;
  journalMtimeMs: number;
}

export interface Head {
  stamp: HeadStamp;
  /** Each first-paint answer under its call's key (see answerKey), as the service gave it. */
  answers: Record<string, unknown>;
  /**
   * The answers asked for after the first paint, by key: read from the second part on the first
   * call and kept. Empty when the head has no second part or it is damaged (then those calls
   * wait for the workspace, as without a head).
   */
  later: () => Record<string, unknown>;
}

export type HeadRead = { ok: true; head: Head } | { ok: false; reason: string };

/** The key of one call: the channel and its input as JSON (no input and `{}` are the same). */
export function answerKey(channel: string, input: unknown): string {
  const none =
    input === undefined ||
    input === null ||
    (typeof input === 'object' && Object.keys(input).length === 0);
  return `${channel} ${none ? '' : JSON.stringify(input)}`;
}

async function statOrNull(fs: StoreFs, file: string) {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** The stamp of the data files as they are now, or a reason there can be none. */
export async function currentStamp(fs: StoreFs, dir: string): Promise<HeadStamp | string> {
  const snapshotFile = path.join(dir, SNAPSHOT_FILE);
  const snapshot = await statOrNull(fs, snapshotFile);
  if (snapshot === null) return 'there is no snapshot';
  const journal = await statOrNull(fs, path.join(dir, JOURNAL_FILE));
  const handle = await fs.open(snapshotFile, 'r');
  let first: Buffer;
  try {
    first = Buffer.alloc(SNAPSHOT_HEAD_BYTES);
    const { bytesRead } = await handle.read(first, 0, SNAPSHOT_HEAD_BYTES, 0);
    first = first.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const match = /^\{"\$crc":"([0-9a-f]{8})",$/.exec(first.toString('latin1'));
  if (!match) return 'the snapshot carries no checksum';
  return {
    schemaVersion: SCHEMA_VERSION,
    snapshotCrc: match[1]!,
    snapshotBytes: snapshot.size,
    snapshotMtimeMs: snapshot.mtimeMs,
    journalBytes: journal?.size ?? -1,
    journalMtimeMs: journal?.mtimeMs ?? -1,
  };
}

function sameStamp(a: HeadStamp, b: HeadStamp): boolean {
  return (Object.keys(b) as (keyof HeadStamp)[]).every((key) => a[key] === b[key]);
}

/**
 * Writes the head for the data files as they are now: called with the store flushed, compacted
 * and its journal closed, the lock still held. A temp file renamed into place; no fsync, since a
 * head lost or torn by a power cut is only a slower next open (its checksum refuses a torn one).
 */
export async function writeHead(
  fs: StoreFs,
  dir: string,
  answers: Record<string, unknown>,
  later: Record<string, unknown> = {},
): Promise<void> {
  const target = path.join(dir, HEAD_FILE);
  const stamp = await currentStamp(fs, dir);
  if (typeof stamp === 'string') {
    await fs.unlink(target).catch(() => undefined);
    return;
  }
  // JSON.stringify escapes every newline inside strings, so a newline only ever ends a line.
  const part = (body: string) => `${(crc32(body) >>> 0).toString(16).padStart(8, '0')}\n${body}`;
  const temp = tempNameFor(target);
  try {
    const handle = await fs.open(temp, 'w', FILE_MODE);
    try {
      await handle.writeFile(
        `${part(JSON.stringify({ stamp, answers }))}\n${part(JSON.stringify(later))}`,
      );
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

const NEWLINE = 0x0a;
const CRC_CHARS = 8;

/**
 * The JSON text of one `crc32\nJSON` part, or null when its checksum fails. The checksum is over
 * the JSON's UTF-8 bytes, checked before they are decoded.
 */
function checkedPart(bytes: Buffer): string | null {
  if (bytes[CRC_CHARS] !== NEWLINE) return null;
  const body = bytes.subarray(CRC_CHARS + 1);
  const crc = (crc32(body) >>> 0).toString(16).padStart(CRC_CHARS, '0');
  return crc === bytes.toString('latin1', 0, CRC_CHARS) ? body.toString('utf8') : null;
}

/** The second part's answers, or {} when there is none or it is damaged. Never throws. */
function laterAnswers(bytes: Buffer): Record<string, unknown> {
  try {
    const text = bytes.length === 0 ? null : checkedPart(bytes);
    const value: unknown = text === null ? null : JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Reads the head if there is one and it still describes the data files exactly. Never throws. */
export async function readHead(fs: StoreFs, dir: string): Promise<HeadRead> {
  try {
    const file = path.join(dir, HEAD_FILE);
    const info = await statOrNull(fs, file);
    if (info === null) return { ok: false, reason: 'there is no head' };
    if (info.size > MAX_HEAD_BYTES) return { ok: false, reason: 'the head is too large' };
    const [bytes, stamp] = await Promise.all([fs.readFile(file), currentStamp(fs, dir)]);
    if (typeof stamp === 'string') return { ok: false, reason: stamp };
    const end = bytes.indexOf(NEWLINE, CRC_CHARS + 1);
    const first = checkedPart(end === -1 ? bytes : bytes.subarray(0, end));
    if (first === null) return { ok: false, reason: 'the head is damaged' };
    const head = JSON.parse(first) as Omit<Head, 'later'>;
    if (typeof head !== 'object' || head === null || typeof head.answers !== 'object') {
      return { ok: false, reason: 'the head holds no answers' };
    }
    if (!sameStamp(head.stamp, stamp)) return { ok: false, reason: 'the workspace changed since' };
    const rest = end === -1 ? Buffer.alloc(0) : bytes.subarray(end + 1);
    let later: Record<string, unknown> | null = null;
    return {
      ok: true,
      head: {
        stamp: head.stamp,
        answers: head.answers,
        later: () => (later ??= laterAnswers(rest)),
      },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
