// A minimal zip writer for the XLSX export: deflated entries, CRC-32 and sizes in the local
// headers (every part is held until the end, so no data descriptors), no zip64, no comments.
import zlib from 'node:zlib';

/** A part being compressed as it is written, on libuv's thread pool, beside the caller's work. */
export interface ZipPart {
  /** Queues bytes; cheap, since the compression happens off the main thread. */
  write(bytes: Buffer): void;
  /** Bytes queued but not yet compressed: a caller keeping memory bounded waits while it is high. */
  readonly backlog: number;
  /** Resolves once the queue has drained. */
  drained(): Promise<void>;
}

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  chunks: Buffer[];
  compressedSize: number;
  done: Promise<void>;
  stream?: zlib.DeflateRaw;
}

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
  private readonly stamp: { date: number; time: number };

  /** `modifiedAt` (ISO 8601) stamps every entry, so the same input gives the same bytes. */
  constructor(modifiedAt: string) {
    this.stamp = dosDateTime(modifiedAt);
  }

  /** Adds a small part whole (compressed at once, on the calling thread). */
  add(name: string, content: string): void {
    const bytes = Buffer.from(content, 'utf8');
    const compressed = zlib.deflateRawSync(bytes);
    this.entries.push({
      name: Buffer.from(name, 'utf8'),
      crc: zlib.crc32(bytes),
      size: bytes.length,
      chunks: [compressed],
      compressedSize: compressed.length,
      done: Promise.resolve(),
    });
  }

  /** Starts a large part, written a chunk at a time; the archive waits for it in `finish`. */
  open(name: string): ZipPart {
    const stream = zlib.createDeflateRaw();
    const entry: Entry = {
      name: Buffer.from(name, 'utf8'),
      ...{ crc: 0, size: 0, chunks: [], compressedSize: 0, stream },
      done: new Promise((resolve, reject) => {
        stream.on('end', resolve);
        stream.on('error', reject);
        // Destroyed without an error, a stream only closes; after 'end' this rejection is a no-op.
        stream.on('close', () => reject(new Error(`zip part ${name} was stopped`)));
      }),
    };
    stream.on('data', (chunk: Buffer) => {
      entry.chunks.push(chunk);
      entry.compressedSize += chunk.length;
    });
    this.entries.push(entry);
    return {
      write(bytes) {
        entry.crc = zlib.crc32(bytes, entry.crc);
        entry.size += bytes.length;
        stream.write(bytes);
      },
      get backlog() {
        return stream.writableLength;
      },
      drained: () =>
        stream.writableLength === 0 || stream.destroyed
          ? Promise.resolve()
          : new Promise((resolve) => {
              // Both listeners go once either fires, so repeated waits leave none behind.
              const settle = () => {
                stream.off('drain', settle);
                stream.off('close', settle);
                resolve();
              };
              stream.on('drain', settle);
              stream.on('close', settle);
            }),
    };
  }

  /** Stops every part still compressing (after a failure or a cancellation). */
  destroy(): void {
    for (const entry of this.entries) {
      // An unhandled rejection of a part nobody waits for any more would crash the process.
      entry.done.catch(() => undefined);
      entry.stream?.destroy();
    }
  }

  /** Ends the open parts, waits for their compression, and returns the whole archive. */
  async finish(): Promise<Buffer> {
    for (const entry of this.entries) entry.stream?.end();
    await Promise.all(this.entries.map((e) => e.done));
    const out: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of this.entries) {
      if (e.size > MAX_SIZE || offset > MAX_SIZE) throw new Error('XLSX larger than 4 GiB');
      const local = this.header(0x04034b50, e, 30);
      out.push(local, e.name, ...e.chunks);
      const record = this.header(0x02014b50, e, 46);
      record.writeUInt32LE(offset, 42);
      central.push(record, e.name);
      offset += local.length + e.name.length + e.compressedSize;
    }
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
  private header(signature: number, e: Entry, length: number): Buffer {
    const b = Buffer.alloc(length);
    b.writeUInt32LE(signature, 0);
    const at = length === 46 ? 6 : 4; // where "version needed" sits
    if (length === 46) b.writeUInt16LE(20, 4); // made by: MS-DOS, zip 2.0
    b.writeUInt16LE(20, at); // needed: 2.0, for deflate
    b.writeUInt16LE(8, at + 4); // method: deflate (flags before it stay 0)
    b.writeUInt16LE(this.stamp.time, at + 6);
    b.writeUInt16LE(this.stamp.date, at + 8);
    b.writeUInt32LE(e.crc >>> 0, at + 10);
    b.writeUInt32LE(e.compressedSize, at + 14);
    b.writeUInt32LE(e.size, at + 18);
    b.writeUInt16LE(e.name.length, at + 22);
    return b;
  }
}
