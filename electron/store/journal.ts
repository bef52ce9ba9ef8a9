// The append-only journal: one checksummed JSON line per group of commits, fsynced before the
// commits are acknowledged, so saving an edit costs the size of the edit, not of the workspace.
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { StoreFileHandle, StoreFs } from './io';
import { FILE_MODE, OPEN_RW_CREATE, fsyncDir, writeFully } from './io';

export interface JournalEntry {
  /** Consecutive across the journal's life; a gap means a lost line. */
  seq: number;
  /** Schema version the changes were written in. */
  v: number;
  at: string;
  /** Not validated here: what is valid depends on the schema version. */
  changes: unknown[];
  /** 1-based line number in the file, for messages. */
  line: number;
}

const PREFIX = /^\{"crc":"([0-9a-f]{8})",/;
const PREFIX_LENGTH = '{"crc":"00000000",'.length;

function checksum(payload: string): string {
  return (crc32(payload) >>> 0).toString(16).padStart(8, '0');
}

/**
 * One journal line: `{"crc":"…","seq":n,"v":1,"at":"…","changes":[…]}` + newline. The CRC32
 * covers the rest of the line, so a torn or bit-flipped line is detected, never replayed.
 */
export function encodeEntry(seq: number, v: number, at: string, changesJson: string): string {
  const payload = `{"seq":${seq},"v":${v},"at":${JSON.stringify(at)},"changes":${changesJson}}`;
  return `{"crc":"${checksum(payload)}",${payload.slice(1)}\n`;
}

/** Decodes one line (without its newline), or returns why it is bad. */
export function decodeLine(bytes: Uint8Array, line: number): JournalEntry | string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not valid UTF-8';
  }
  const match = PREFIX.exec(text);
  if (!match) return 'no checksum';
  const payload = `{${text.slice(PREFIX_LENGTH)}`;
  if (checksum(payload) !== match[1]) return 'checksum mismatch';
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return 'not valid JSON';
  }
  const e = raw as Partial<Record<keyof JournalEntry, unknown>>;
  if (
    typeof raw !== 'object' ||
    raw === null ||
    !Number.isSafeInteger(e.seq) ||
    (e.seq as number) < 1 ||
    !Number.isSafeInteger(e.v) ||
    (e.v as number) < 0 ||
    typeof e.at !== 'string' ||
    !Array.isArray(e.changes)
  ) {
    return 'malformed entry';
  }
  return { seq: e.seq as number, v: e.v as number, at: e.at, changes: e.changes, line };
}

export interface JournalScan {
  entries: JournalEntry[];
  /** Bytes up to and including the last good line: where the next append goes. */
  goodBytes: number;
  /** A bad or partial last line: a crash mid-append, never acknowledged, safe to drop. */
  torn: { bytes: Buffer; reason: string } | null;
  /** A bad line followed by more lines: real damage. */
  damage: { line: number; reason: string } | null;
}

export function scanJournal(buf: Buffer): JournalScan {
  const scan: JournalScan = { entries: [], goodBytes: 0, torn: null, damage: null };
  let offset = 0;
  let line = 0;
  while (offset < buf.length) {
    line += 1;
    const newline = buf.indexOf(0x0a, offset);
    if (newline === -1) {
      // Every append ends with a newline; a line without one was cut short.
      scan.torn = { bytes: buf.subarray(offset), reason: 'it was only partly written' };
      return scan;
    }
    const decoded = decodeLine(buf.subarray(offset, newline), line);
    const isLast = newline === buf.length - 1;
    if (typeof decoded === 'string') {
      if (isLast) scan.torn = { bytes: buf.subarray(offset), reason: `${decoded}` };
      else scan.damage = { line, reason: decoded };
      return scan;
    }
    const previous = scan.entries[scan.entries.length - 1];
    if (previous && decoded.seq !== previous.seq + 1) {
      scan.damage = { line, reason: `sequence jumps from ${previous.seq} to ${decoded.seq}` };
      return scan;
    }
    scan.entries.push(decoded);
    offset = newline + 1;
    scan.goodBytes = offset;
  }
  return scan;
}

/** Appends lines durably at known offsets, so a failed append can be cut off again. */
export class JournalWriter {
  /** Bytes of good, fsynced lines. */
  size: number;
  private handle: StoreFileHandle;
  /** A failed append may have left bytes past `size`; cut them before the next append. */
  private dirty = false;
  /** A journal replacement whose folder fsync failed; retried before the next append. */
  private dirSyncPending = false;

  private constructor(
    private readonly fs: StoreFs,
    readonly file: string,
    handle: StoreFileHandle,
    size: number,
  ) {
    this.handle = handle;
    this.size = size;
  }

  /**
   * Opens (creating if missing) and keeps the first `goodBytes`; a torn tail past them is cut
   * off durably so the next append starts on a clean line.
   */
  static async open(
    fs: StoreFs,
    file: string,
    goodBytes: number,
    fileBytes: number | null,
  ): Promise<JournalWriter> {
    const handle = await fs.open(file, OPEN_RW_CREATE, FILE_MODE);
    try {
      if (fileBytes === null) await fsyncDir(fs, path.dirname(file));
      else if (fileBytes > goodBytes) {
        await handle.truncate(goodBytes);
        await handle.sync();
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    return new JournalWriter(fs, file, handle, goodBytes);
  }

  async append(line: string): Promise<void> {
    const bytes = Buffer.from(line, 'utf8');
    if (this.dirSyncPending) {
      await fsyncDir(this.fs, path.dirname(this.file));
      this.dirSyncPending = false;
    }
    try {
      if (this.dirty) await this.handle.truncate(this.size);
      this.dirty = false;
      await writeFully(this.handle, bytes, this.size);
      await this.handle.datasync();
    } catch (error) {
      this.dirty = true;
      // Cut the partial line now, so a crash before the next append cannot replay a change
      // whose commit was rejected (the rejected change must not come back after a restart).
      try {
        await this.handle.truncate(this.size);
        await this.handle.datasync();
        this.dirty = false;
      } catch {
        // Still dirty: the next append retries the cut before writing.
      }
      throw error;
    }
    this.size += bytes.length;
  }

  /** Durably replaces the whole journal with `content` (used after compaction). */
  async replace(content: string): Promise<void> {
    const bytes = Buffer.from(content, 'utf8');
    const temp = `${this.file}.tmp`;
    const next = await this.fs.open(temp, 'w', FILE_MODE);
    try {
      if (bytes.length > 0) await next.writeFile(bytes);
      await next.sync();
      await this.fs.rename(temp, this.file);
    } catch (error) {
      await next.close().catch(() => undefined);
      await this.fs.unlink(temp).catch(() => undefined);
      throw error;
    }
    // From the rename on, the name points at the new file: switch to it whatever happens next,
    // or later appends would go to an unlinked file.
    const previous = this.handle;
    this.handle = next;
    this.size = bytes.length;
    this.dirty = false;
    this.dirSyncPending = true;
    await previous.close().catch(() => undefined);
    await fsyncDir(this.fs, path.dirname(this.file));
    this.dirSyncPending = false;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
