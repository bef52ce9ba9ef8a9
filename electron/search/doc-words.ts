// Each document's words in order as term ids (phrases are checked on these, and ranking reads
// their lengths), stored back to back in large chunks and found by typed arrays of offsets: a
// build keeps 185,000 documents, and an object per document (a buffer, or even a view) was a
// long-lived allocation each for the collector to copy and trace.

/** Words per chunk (4 MB): a build fills about five of them. */
const CHUNK = 1 << 20;

export class DocWords {
  private readonly chunks: Int32Array[] = [new Int32Array(CHUNK)];
  private chunkUsed = 0;
  private count = 0;
  /** Per document number: its chunk, where its words start there, and how many (-1 once removed). */
  private chunkOf = new Int32Array(1024);
  private startOf = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private live = 0;
  private total = 0;

  /** Numbers given so far (one past the highest). */
  get limit(): number {
    return this.count;
  }

  /** The mean number of words of a live document (at least 1). */
  get meanLength(): number {
    return this.live === 0 ? 1 : Math.max(1, this.total / this.live);
  }

  /** A document's words (a view made on each call), or undefined when it was removed. */
  words(doc: number): Int32Array | undefined {
    const len = this.lengths[doc] ?? -1;
    if (doc >= this.count || len < 0) return undefined;
    const from = this.startOf[doc]!;
    return this.chunks[this.chunkOf[doc]!]!.subarray(from, from + len);
  }

  /** How many words a document has (0 once removed). */
  lengthOf(doc: number): number {
    return doc < this.count ? Math.max(0, this.lengths[doc]!) : 0;
  }

  /** Keeps the first `count` of `seq` as the next document's words; returns its number. */
  push(seq: Int32Array, count: number): number {
    let chunk = this.chunks[this.chunks.length - 1]!;
    if (count > chunk.length - this.chunkUsed) {
      chunk = new Int32Array(Math.max(CHUNK, count));
      this.chunks.push(chunk);
      this.chunkUsed = 0;
    }
    const doc = this.count++;
    if (doc >= this.lengths.length) {
      const n = this.lengths.length * 2;
      this.chunkOf = grown(this.chunkOf, n);
      this.startOf = grown(this.startOf, n);
      this.lengths = grown(this.lengths, n);
    }
    // A paragraph is some sixty words: a loop beats making a view to copy them with set().
    const at = this.chunkUsed;
    if (count <= 256) for (let i = 0; i < count; i++) chunk[at + i] = seq[i]!;
    else chunk.set(seq.subarray(0, count), at);
    this.chunkOf[doc] = this.chunks.length - 1;
    this.startOf[doc] = this.chunkUsed;
    this.lengths[doc] = count;
    this.chunkUsed += count;
    this.live += 1;
    this.total += count;
    return doc;
  }

  /** Forgets a document's words (their room is not reused); returns what they were. */
  remove(doc: number): Int32Array | undefined {
    const words = this.words(doc);
    if (words === undefined) return undefined;
    this.lengths[doc] = -1;
    this.live -= 1;
    this.total -= words.length;
    return words;
  }
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
