// UTF-8 output for the text exports: bytes gathered in one buffer that grows rarely, either kept
// whole (an export made in memory) or drained into a file chunk by chunk (an export being saved).

/** Where streamed bytes go, a chunk at a time; the chunk is reused once the promise resolves. */
export type ChunkSink = (chunk: Uint8Array) => Promise<void>;

/**
 * UTF-8 bytes gathered a record at a time, in one buffer that grows rarely. Encoding each record
 * as soon as it is built is faster than encoding megabytes of text at once: the record's few
 * pieces are still in the cache, where flattening a long concatenation first would chase
 * pointers all over the heap. In memory, one buffer sized early from a sample rather than
 * pieces joined at the end: every buffer counts towards V8's external memory, and allocating
 * twice the output's size set off full garbage collections of the whole workspace. Streamed,
 * the buffer is drained now and then and reused, so it stays the size of one chunk.
 */
export class Utf8Output {
  private buffer: Buffer;
  private used = 0;

  constructor(initialBytes = 1 << 20) {
    this.buffer = Buffer.allocUnsafeSlow(initialBytes);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.used;
  }

  /** Makes room for `bytes` in all, so that a good estimate spares the copies of growing. */
  reserve(bytes: number): void {
    if (bytes > this.buffer.length) this.resize(bytes);
  }

  write(text: string): void {
    // Three bytes per UTF-16 unit is the most UTF-8 can need (a surrogate pair takes 4 for 2).
    const needed = this.used + text.length * 3;
    if (needed > this.buffer.length) this.resize(Math.max(needed, this.buffer.length * 1.5));
    this.used += this.buffer.write(text, this.used);
  }

  /**
   * Hands the bytes written so far to `sink` and starts again at the front of the same buffer,
   * so a streamed export holds one chunk, never the whole file.
   */
  async drainTo(sink: ChunkSink): Promise<void> {
    if (this.used === 0) return;
    await sink(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** The bytes written: a view of the buffer, whose unused tail is not copied away. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }

  private resize(bytes: number): void {
    const next = Buffer.allocUnsafeSlow(Math.ceil(bytes));
    this.buffer.copy(next, 0, 0, this.used);
    this.buffer = next;
  }
}
