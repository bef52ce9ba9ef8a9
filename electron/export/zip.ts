// A minimal zip writer for the XLSX export: deflated entries, CRC-32 and sizes in the local
// headers (every part is held until the end, so no data descriptors), no zip64, no comments.
import zlib from 'node:zlib';

/**
 * A large part, compressed a chunk at a time on libuv's thread pool while the caller builds the
 * next chunk. Each chunk is deflated on its own and ends on a byte boundary without the final
 * bit (a sync flush), so the chunks in order form one valid deflate stream, as pigz does: the
 * chunks compress in parallel, and none waits for the main thread to hand on the next.
 */
export interface ZipPart {
  /** Queues a chunk; cheap, since the compression happens off the main thread. */
  write(bytes: Buffer): void;
  /** Bytes queued but not yet compressed: a caller keeping memory bounded waits while it is high. */
  readonly backlog: number;
  /** Resolves once every chunk queued so far is compressed (or has failed). */
  drained(): Promise<void>;
}

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  /** Compressed chunks, in order; those of a large part arrive as their compression ends. */
  chunks: (Buffer | Promise<Buffer>)[];
  /** Written a chunk at a time, each sync-flushed: the stream still needs its final block. */
  streamed: boolean;
}

const deflateChunk = (bytes: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    zlib.deflateRaw(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH }, (error, out) =>
      error ? reject(error) : resolve(out),
    ),
  );

// An empty final block: what ends a deflate stream whose chunks were all sync-flushed.
const FINAL_BLOCK = zlib.deflateRawSync(Buffer.alloc(0));

// The zip format's 32-bit fields: without zip64, no entry or archive may reach 4 GiB.
const MAX_SIZE = 0xffff_ffff;

/** An MS-DOS date and time (two-second resolution, from 1980), read in UTC so output is stable. */
function dosDateTime(iso: string): { date: number; time: number } {
  const at = new Date(iso);
  const ok = !Number.isNaN(at.getTime()) && at.getUTCFullYear() >= 1980;
  const d = ok ? at : new Date(Date.UTC(1980, 0, 1));
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private stopped = false;
  private readonly stamp: { date: number; time: number };

  /** `modifiedAt` (ISO 8601) stamps every entry, so the same input gives the same bytes. */
  constructor(modifiedAt: string) {
    this.stamp = dosDateTime(modifiedAt);
  }

  /** Adds a small part whole (compressed at once, on the calling thread). */
  add(name: string, content: string): void {
    const bytes = Buffer.from(content, 'utf8');
    this.entries.push({
      name: Buffer.from(name, 'utf8'),
      crc: zlib.crc32(bytes),
      size: bytes.length,
      chunks: [zlib.deflateRawSync(bytes)],
      streamed: false,
    });
  }

  /** Starts a large part, written a chunk at a time; the archive waits for it in `finish`. */
  open(name: string): ZipPart {
    const entry: Entry = {
      ...{ name: Buffer.from(name, 'utf8'), crc: 0, size: 0, chunks: [] },
      streamed: true,
    };
    this.entries.push(entry);
    let backlog = 0;
    let last: Promise<unknown> = Promise.resolve();
    return {
      write: (bytes) => {
        if (this.stopped) throw new Error('the archive was stopped');
        entry.crc = zlib.crc32(bytes, entry.crc);
        entry.size += bytes.length;
        backlog += bytes.length;
        const chunk = deflateChunk(bytes);
        // A failure is reported by finish(); until then nobody may be left holding a rejection.
        chunk.catch(() => undefined);
        last = chunk.finally(() => (backlog -= bytes.length)).catch(() => undefined);
        entry.chunks.push(chunk);
      },
      get backlog() {
        return backlog;
      },
      // The thread pool may finish chunks out of order; waiting for the last queued is enough,
      // since the backlog only matters as a bound on memory.
      drained: () => last.then(() => undefined),
    };
  }

  /** Stops the archive after a failure or a cancellation: `finish` then rejects. */
  destroy(): void {
    this.stopped = true;
  }

  /** Waits for the parts' compression and returns the whole archive. */
  async finish(): Promise<Buffer> {
    if (this.stopped) throw new Error('the archive was stopped');
    const compressed = await Promise.all(
      this.entries.map(async (e) => {
        const chunks = await Promise.all(e.chunks);
        return e.streamed ? [...chunks, FINAL_BLOCK] : chunks;
      }),
    );
    const out: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    this.entries.forEach((e, i) => {
      const chunks = compressed[i]!;
      const size = chunks.reduce((n, c) => n + c.length, 0);
      if (e.size > MAX_SIZE || offset + size > MAX_SIZE) throw new Error('XLSX larger than 4 GiB');
      const local = this.header(0x04034b50, e, size, 30);
      out.push(local, e.name, ...chunks);
      const record = this.header(0x02014b50, e, size, 46);
      record.writeUInt32LE(offset, 42);
      central.push(record, e.name);
      offset += local.length + e.name.length + size;
    });
    const centralSize = central.reduce((n, b) => n + b.length, 0);
    if (offset + centralSize > MAX_SIZE) throw new Error('XLSX larger than 4 GiB');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...out, ...central, end]);
  }

  /**
   * A local header (30 bytes) or central directory record (46 bytes): the same fields in the
   * same order, the central one with "version made by" first. Unset fields stay zero.
   */
  private header(signature: number, e: Entry, compressedSize: number, length: number): Buffer {
    const b = Buffer.alloc(length);
    b.writeUInt32LE(signature, 0);
    const at = length === 46 ? 6 : 4; // where "version needed" sits
    if (length === 46) b.writeUInt16LE(20, 4); // made by: MS-DOS, zip 2.0
    b.writeUInt16LE(20, at); // needed: 2.0, for deflate
    b.writeUInt16LE(8, at + 4); // method: deflate (flags before it stay 0)
    b.writeUInt16LE(this.stamp.time, at + 6);
    b.writeUInt16LE(this.stamp.date, at + 8);
    b.writeUInt32LE(e.crc >>> 0, at + 10);
    b.writeUInt32LE(compressedSize, at + 14);
    b.writeUInt32LE(e.size, at + 18);
    b.writeUInt16LE(e.name.length, at + 22);
    return b;
  }
}
