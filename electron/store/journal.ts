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

/** A decoded line and where its bytes are (newline included), to copy it into a new journal. */
export interface ScannedEntry extends JournalEntry {
  start: number;
  /** Where the line's text ends: its newline, or a damaged byte that stood in for it. */
  textEnd: number;
  /** Past its newline (or the damaged byte). */
  end: number;
}

/** Bytes that hold no readable line: a damaged line (or more, when a newline was hit). */
export interface BadRegion {
  start: number;
  end: number;
  /** 1-based line number where it starts. */
  line: number;
  reason: string;
}

export interface JournalScan {
  /** Good lines in file order, including lines recovered from inside a damaged region. */
  entries: ScannedEntry[];
  /** Bytes up to the start of a torn tail (or the file's length): where the next append goes. */
  goodBytes: number;
  /** A partial last line without its newline: a crash mid-append, never acknowledged. */
  torn: { bytes: Buffer; reason: string } | null;
  /** Damage to acknowledged lines (complete lines whose checksum fails, anywhere). */
  bad: BadRegion[];
}

const LINE_START = Buffer.from('{"crc":"');

/**
 * Looks for whole lines inside a damaged region: a flipped newline merges two lines into one
 * bad one, and every line starts with `{"crc":"`, so each such start is tried up to the next one
 * (dropping the byte that should have been the newline). The checksum makes a false find
 * practically impossible.
 */
function resync(buf: Buffer, start: number, end: number, line: number): ScannedEntry[] {
  const starts: number[] = [];
  for (let at = buf.indexOf(LINE_START, start); at !== -1 && at < end;) {
    starts.push(at);
    at = buf.indexOf(LINE_START, at + 1);
  }
  const found: ScannedEntry[] = [];
  starts.forEach((s, i) => {
    const next = starts[i + 1] ?? end;
    for (const stop of [next - 1, next]) {
      if (stop <= s) continue;
      const body = buf[stop - 1] === 0x0a ? stop - 1 : stop;
      const decoded = decodeLine(buf.subarray(s, body), line);
      if (typeof decoded !== 'string') {
        found.push({ ...decoded, start: s, textEnd: body, end: stop });
        return;
      }
    }
  });
  return found;
}

/** Reads every line it can; never throws. Damage costs only the lines whose bytes it hit. */
export function scanJournal(buf: Buffer): JournalScan {
  const scan: JournalScan = { entries: [], goodBytes: buf.length, torn: null, bad: [] };
  let run: BadRegion | null = null;
  const closeRun = (): void => {
    if (!run) return;
    const region: BadRegion = run;
    run = null;
    const found = resync(buf, region.start, region.end, region.line);
    const tail = region.end === buf.length && buf[buf.length - 1] !== 0x0a;
    const oneSegment = buf.indexOf(0x0a, region.start) === -1;
    if (tail && oneSegment && found.length === 0) {
      // Every append ends with a newline: a last line without one was cut short by a crash.
      scan.torn = { bytes: buf.subarray(region.start), reason: region.reason };
      scan.goodBytes = region.start;
      return;
    }
    scan.entries.push(...found);
    scan.bad.push(region);
  };
  let offset = 0;
  let line = 0;
  while (offset < buf.length) {
    line += 1;
    const newline = buf.indexOf(0x0a, offset);
    const end = newline === -1 ? buf.length : newline + 1;
    const decoded =
      newline === -1
        ? 'it was only partly written'
        : decodeLine(buf.subarray(offset, newline), line);
    if (typeof decoded === 'string') {
      if (run) run.end = end;
      else run = { start: offset, end, line, reason: decoded };
    } else {
      closeRun();
      scan.entries.push({ ...decoded, start: offset, textEnd: newline, end });
    }
    offset = end;
  }
  closeRun();
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
  async replace(content: string | Uint8Array): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
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

  /**
   * Durably drops the first `offset` bytes (lines a newer snapshot has folded), keeping the rest,
   * appended after the snapshot was taken, as the new journal.
   */
  async dropBefore(offset: number): Promise<void> {
    const bytes = await this.fs.readFile(this.file);
    await this.replace(bytes.subarray(offset, this.size));
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
