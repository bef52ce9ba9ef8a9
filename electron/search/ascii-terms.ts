// A hash table over the dictionary's plain ASCII terms (letters and digits, lower case) that finds
// a word's term id from where it sits in a text, comparing characters in place: most words of
// news text are such words, and looking them up without making a string of each spares the
// build most of its allocation and garbage collection.

const PLAIN = /^[a-z0-9]+$/;

export class AsciiTerms {
  /** Open addressing: term id + 1 per slot, 0 when empty. */
  private slots = new Int32Array(1 << 16);
  private count = 0;

  constructor(private readonly terms: readonly string[]) {}

  /** Registers a term just added to the dictionary (ignored unless plain ASCII). */
  added(term: number): void {
    const word = this.terms[term]!;
    if (!PLAIN.test(word)) return;
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    this.place(term, hashOf(word, 0, word.length, false));
    this.count += 1;
  }

  /** The id of the term text[start, end) is, lower-cased; -1 when the dictionary lacks it. */
  find(text: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let i = hashOf(text, start, end, true) & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === 0) return -1;
      const word = this.terms[slot - 1]!;
      if (word.length !== len) continue;
      let k = 0;
      while (k < len && word.charCodeAt(k) === lower(text.charCodeAt(start + k))) k++;
      if (k === len) return slot - 1;
    }
  }

  private place(term: number, hash: number): void {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = term + 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (const slot of old) {
      if (slot === 0) continue;
      const word = this.terms[slot - 1]!;
      this.place(slot - 1, hashOf(word, 0, word.length, false));
    }
  }
}

/** ASCII upper case to lower case; anything else unchanged. */
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** FNV-1a, then mixed, over text[start, end), lower-casing ASCII letters first when `fold` is set. */
function hashOf(text: string, start: number, end: number, fold: boolean): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (fold ? lower(c) : c), 0x01000193);
  }
  // FNV's low bits mix poorly and the table indexes by them: a final avalanche (MurmurHash3's
  // fmix32) spreads every input bit over them. Without it, probes ran long on real vocabularies.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
