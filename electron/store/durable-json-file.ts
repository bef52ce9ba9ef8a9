// A lowdb adapter that really reaches the disk: fsync(temp), rename, fsync(folder). lowdb's own
// JSONFile never fsyncs, treats a file holding `null` as "no data" and overwrites it.
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { StoreFs } from './io';
import { exists, nodeFs, writeFileDurable } from './io';

/** The file exists but does not hold a JSON value we can use (empty, truncated, NUL, `null`). */
export class UnreadableJsonError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} could not be read: ${reason}`);
    this.name = 'UnreadableJsonError';
  }
}

export interface DurableJsonFileOptions<T> {
  /** Turns the parsed JSON into T or throws; lets the caller validate and migrate in read(). */
  decode: (raw: unknown) => T;
  fs?: StoreFs;
}

const BOM = '\uFEFF';

export class DurableJsonFile<T> implements Adapter<T> {
  readonly filename: string;
  /** Size of the file at the last read(), or null when it did not exist. */
  lastReadBytes: number | null = null;
  /** Size written by the last successful write(). */
  lastWriteBytes = 0;
  private readonly fs: StoreFs;
  private readonly decode: (raw: unknown) => T;
  /** Set when read() failed: a file we could not read must never be written over. */
  private refuseWrites = false;

  constructor(filename: string, options: DurableJsonFileOptions<T>) {
    this.filename = path.resolve(filename);
    this.fs = options.fs ?? nodeFs;
    this.decode = options.decode;
  }

  /** Null only when the file does not exist; anything unreadable throws. */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.filename);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') {
        this.lastReadBytes = null;
        return null;
      }
      throw error;
    }
    this.lastReadBytes = bytes.length;
    try {
      return this.decode(this.parse(bytes));
    } catch (error) {
      this.refuseWrites = true;
      throw error;
    }
  }

  /**
   * Serializes synchronously, before the first await, so the file holds the data exactly as it
   * was when write() was called even if it changes while the bytes are being written.
   */
  async write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    if (text === undefined) throw new Error('Refusing to write a value JSON cannot represent.');
    if (this.refuseWrites) {
      if (await exists(this.fs, this.filename)) {
        throw new Error(
          `Refusing to overwrite ${this.filename}: it could not be read. Move it aside first.`,
        );
      }
      this.refuseWrites = false;
    }
    const bytes = Buffer.from(text, 'utf8');
    await writeFileDurable(this.fs, this.filename, bytes);
    this.lastWriteBytes = bytes.length;
  }

  private parse(bytes: Buffer): unknown {
    if (bytes.length === 0) throw new UnreadableJsonError(this.filename, 'the file is empty');
    let text: string;
    try {
      // fatal: a flipped byte that breaks UTF-8 is damage, not a replacement character.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableJsonError(this.filename, 'the file is not valid UTF-8 text');
    }
    if (text.startsWith(BOM)) text = text.slice(1);
    if (/^\0*$/.test(text)) {
      throw new UnreadableJsonError(this.filename, 'the file holds only zero bytes');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UnreadableJsonError(this.filename, `the file is not valid JSON (${detail})`);
    }
    if (raw === null) throw new UnreadableJsonError(this.filename, 'the file holds null');
    return raw;
  }
}
