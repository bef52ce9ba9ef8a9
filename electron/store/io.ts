// The file-system seam of the store and its durable-write primitives. Everything the store does to
// disk goes through StoreFs, so tests can inject failures (a full disk) without touching the OS.
import { constants } from 'node:fs';
import * as nodeFsPromises from 'node:fs/promises';
import path from 'node:path';

/** The subset of a fs/promises FileHandle the store uses. */
export interface StoreFileHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesRead: number }>;
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/** The subset of fs/promises the store uses; node:fs/promises satisfies it. */
export interface StoreFs {
  open(file: string, flags: string | number, mode?: number): Promise<StoreFileHandle>;
  readFile(file: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  stat(file: string): Promise<{ mtimeMs: number; size: number }>;
}

export const nodeFs: StoreFs = nodeFsPromises;

/** Read-write without O_APPEND: the journal writes at explicit offsets so a torn write is overwritten. */
export const OPEN_RW_CREATE = constants.O_RDWR | constants.O_CREAT;
/** Workspace files hold the analyst's notes: readable by the owner only. */
export const FILE_MODE = 0o600;

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

/** Reads a whole file, or null when it does not exist. Other errors propagate. */
export async function readIfExists(fs: StoreFs, file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

export async function exists(fs: StoreFs, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Makes a rename or create in `dir` durable. Without it a power cut can undo a rename that
 * fsync(file) alone did not cover. Windows cannot open folders; NTFS journals renames itself.
 */
export async function fsyncDir(fs: StoreFs, dir: string): Promise<void> {
  let handle: StoreFileHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    // Some file systems (and Windows) refuse fsync on a folder; that is not a failed write.
    if (process.platform !== 'win32' && code !== 'EINVAL' && code !== 'ENOTSUP') throw error;
  } finally {
    await handle.close();
  }
}

let tempCounter = 0;

/** A temp name in the same folder as `file` (so rename is atomic), unique per process and call. */
export function tempNameFor(file: string): string {
  tempCounter += 1;
  const rand = Math.random().toString(36).slice(2, 8);
  return `${file}.${process.pid}-${tempCounter}-${rand}.tmp`;
}

/**
 * Content produced piece by piece: it calls `write` with each chunk in order and awaits it. A chunk
 * may be reused once its write has resolved, so a long export needs one buffer, not the file's size.
 */
export type ChunkProducer = (write: (chunk: Uint8Array) => Promise<void>) => Promise<void>;

/**
 * Replaces `file` atomically and durably: write a temp file beside it, fsync it, rename it over
 * the target, fsync the folder. A crash leaves either the old or the new content, never a mix; a
 * producer that throws (a cancelled export) leaves the target untouched and no temp file behind.
 */
export async function writeFileDurable(
  fs: StoreFs,
  file: string,
  data: string | Uint8Array | ChunkProducer,
): Promise<void> {
  const temp = tempNameFor(file);
  try {
    const handle = await fs.open(temp, 'w', FILE_MODE);
    try {
      if (typeof data === 'function') {
        let position = 0;
        await data(async (chunk) => {
          await writeFully(handle, chunk, position);
          position += chunk.length;
        });
      } else {
        await handle.writeFile(data);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(fs, path.dirname(file));
}

/** Writes all of `chunk` at `position`: a write may take fewer bytes than it was given. */
export async function writeFully(
  handle: StoreFileHandle,
  chunk: Uint8Array,
  position: number,
): Promise<void> {
  for (let done = 0; done < chunk.length;) {
    const { bytesWritten } = await handle.write(chunk, done, chunk.length - done, position + done);
    if (bytesWritten <= 0) throw new Error('The disk accepted no more bytes.');
    done += bytesWritten;
  }
}

/** A file name for `base` plus suffix that does not exist yet, so nothing is ever overwritten. */
export async function freeName(fs: StoreFs, base: string): Promise<string> {
  if (!(await exists(fs, base))) return base;
  for (let i = 1; ; i += 1) {
    const candidate = `${base}-${i}`;
    if (!(await exists(fs, candidate))) return candidate;
  }
}

/** A timestamp safe in file names on every OS (no colons). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace(/\./g, '-');
}

/** The user-facing reason a write failed, starting "Could not save". */
export function saveErrorMessage(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
      return 'Could not save: disk full. Free some space on the disk, then try again.';
    case 'EDQUOT':
      return 'Could not save: your disk quota is used up. Free some space, then try again.';
    case 'EROFS':
      return 'Could not save: the disk holding the workspace is read-only.';
    case 'EACCES':
    case 'EPERM':
      return 'Could not save: permission to write the workspace folder was denied.';
    case 'EIO':
      return 'Could not save: the disk reported an input/output error.';
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `Could not save: ${detail}`;
    }
  }
}
