// A hash table over the dictionary's plain ASCII terms (letters and digits, lower case) that finds
// a word's term id from where it sits in a text, comparing characters in place: most words of
// news text are such words, and looking them up without making a string of each spares the
// build most of its allocation and garbage collection. The table and the terms' characters are
// kept in typed arrays of their own (not the dictionary's strings, scattered over the heap): a
// build looks up five million words, and following pointers to strings was most of its time.

const PLAIN = /^[a-z0-9]+$/;

export class AsciiTerms {
  /** Open addressing, four numbers a slot: term id + 1 (0 when empty), the term's hash, where its
   * characters start in `chars` and how many: a lookup reads one slot and the characters. */
  private slots = new Int32Array(4 << 16);
  private count = 0;
  /** Each plain term's characters, one byte each, back to back. */
  private chars = new Uint8Array(1 << 16);
  private charsUsed = 0;

  constructor(private readonly terms: readonly string[]) {}

  /** Registers a term just added to the dictionary (ignored unless plain ASCII). */
  added(term: number): void {
    const word = this.terms[term]!;
    if (!PLAIN.test(word)) return;
    if ((this.count + 1) * 8 > this.slots.length) this.grow();
    if (this.charsUsed + word.length > this.chars.length) {
      const more = new Uint8Array(Math.max(this.chars.length * 2, this.charsUsed + word.length));
      more.set(this.chars);
      this.chars = more;
    }
    const at = this.charsUsed;
    for (let k = 0; k < word.length; k++) this.chars[this.charsUsed++] = word.charCodeAt(k);
    this.place(term, hashOf(word, 0, word.length), at, word.length);
    this.count += 1;
  }

  /** The id of the term text[start, end) is, lower-cased; -1 when the dictionary lacks it. */
  find(text: string, start: number, end: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const len = end - start;
    const hash = hashOf(text, start, end);
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = slots[4 * i]!;
      if (slot === 0) return -1;
      if (slots[4 * i + 1] !== hash || slots[4 * i + 3] !== len) continue;
      const at = slots[4 * i + 2]!;
      let k = 0;
      while (k < len && this.chars[at + k] === lower(text.charCodeAt(start + k))) k++;
      if (k === len) return slot - 1;
    }
  }

  private place(term: number, hash: number, at: number, len: number): void {
    const mask = (this.slots.length >> 2) - 1;
    let i = hash & mask;
    while (this.slots[4 * i] !== 0) i = (i + 1) & mask;
    this.slots[4 * i] = term + 1;
    this.slots[4 * i + 1] = hash;
    this.slots[4 * i + 2] = at;
    this.slots[4 * i + 3] = len;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 4) {
      if (old[i] !== 0) this.place(old[i]! - 1, old[i + 1]!, old[i + 2]!, old[i + 3]!);
    }
  }
}

/** ASCII upper case to lower case; anything else unchanged. */
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** FNV-1a, then mixed, over text[start, end) with ASCII letters lower-cased (a signed 32-bit value). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lower(text.charCodeAt(i)), 0x01000193);
  // FNV's low bits mix poorly and the table indexes by them: a final avalanche (MurmurHash3's
  // fmix32) spreads every input bit over them. Without it, probes ran long on real vocabularies.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
