// The new text prepared once for re-anchoring many selectors: its normalised form and, on
// demand, an index of its 8-character substrings so exact look-ups do not rescan the text.
import { normalise } from './normalise';
import type { NormalisedText } from './normalise';

/** Quotes at least this long are looked up through the index; shorter ones by scanning. */
const GRAM = 8;

/** A piece occurring more often than this says little about where a quote is. */
const COMMON = 64;
/** The share of a quote's pieces that must agree on a place before it is worth verifying. */
const MIN_SUPPORT = 0.2;
/** Votes this close together count for one place. */
const DRIFT = 16;

function gramHash(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
  return h;
}

/** Where likelyStarts collects its votes, reused: a quote casts hundreds. */
let voteBuffer = new Int32Array(1024);

/** Whether text[at, at + 8) is the 8 characters of `quote` from `offset`. */
function samePiece(text: string, at: number, quote: string, offset: number): boolean {
  for (let k = 0; k < GRAM; k++) {
    if (text.charCodeAt(at + k) !== quote.charCodeAt(offset + k)) return false;
  }
  return true;
}

/** Hash chains: head[bucket] is the first position, next[position] the following one. */
interface GramIndex {
  head: Int32Array;
  next: Int32Array;
  mask: number;
  /** Chain lengths, to pick a quote's rarest piece. */
  count: Int32Array;
}

export class PreparedText {
  readonly original: string;
  readonly norm: NormalisedText;
  private readonly useIndex: boolean;
  private index: GramIndex | null = null;

  /**
   * `useIndex` pays off when many selectors share the text: building costs about one scan,
   * while each look-up then touches only the positions sharing one 8-character piece of the
   * quote.
   */
  constructor(original: string, useIndex: boolean) {
    this.original = original;
    this.norm = normalise(original);
    this.useIndex = useIndex;
  }

  /** Every normalised offset at which `quote` (already normalised) occurs, ascending. */
  occurrences(quote: string): number[] {
    const text = this.norm.text;
    const found: number[] = [];
    if (quote === '') return found;
    if (!this.useIndex || quote.length < GRAM) {
      for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
      return found;
    }
    // Look up the quote's rarest piece among a few: "the talks" would walk a long chain.
    const { head, next, mask, count } = this.buildIndex();
    let offset = 0;
    let fewest = Infinity;
    const step = Math.max(1, Math.floor((quote.length - GRAM) / 4));
    for (let o = 0; o + GRAM <= quote.length; o += step) {
      const n = count[gramHash(quote, o) & mask]!;
      if (n < fewest) [offset, fewest] = [o, n];
    }
    for (let i = head[gramHash(quote, offset) & mask]!; i !== -1; i = next[i]!) {
      if (i >= offset && text.startsWith(quote, i - offset)) found.push(i - offset);
    }
    return found;
  }

  /**
   * Where an approximate copy of `quote` (normalised) may start, best first: each of its
   * 8-character pieces found in the text votes for the start it implies. A quote with a few
   * typos keeps most pieces intact. Pieces found more than 64 times (common phrases) are not
   * counted: they vote everywhere. Needs the index; without it, returns null.
   */
  likelyStarts(quote: string, max: number): number[] | null {
    if (!this.useIndex || quote.length < GRAM) return null;
    const text = this.norm.text;
    const { head, next, mask } = this.buildIndex();
    let votes = voteBuffer;
    let count = 0;
    const stride = Math.max(1, Math.floor(quote.length / 64));
    let grams = 0;
    for (let offset = 0; offset + GRAM <= quote.length; offset += stride) {
      grams++;
      const before = count;
      let found = 0;
      for (
        let i = head[gramHash(quote, offset) & mask]!;
        i !== -1 && found <= COMMON;
        i = next[i]!
      ) {
        if (!samePiece(text, i, quote, offset)) continue;
        if (count === votes.length) {
          votes = new Int32Array(2 * count);
          votes.set(voteBuffer);
          voteBuffer = votes;
        }
        votes[count++] = i - offset;
        found++;
      }
      if (found > COMMON) count = before;
    }
    // Starts within a few characters of each other (indels shift them) are one place. (A typed
    // array sorts numerically, and several times faster than an array with a comparator.)
    const sorted = votes.subarray(0, count).sort();
    const places: { start: number; votes: number }[] = [];
    for (const v of sorted) {
      const last = places[places.length - 1];
      if (last && v - last.start <= DRIFT) last.votes++;
      else places.push({ start: v, votes: 1 });
    }
    // A place backed by few of the pieces is a shared phrase, not the quote.
    const enough = Math.max(1, Math.ceil(grams * MIN_SUPPORT));
    return places
      .filter((p) => p.votes >= enough)
      .sort((a, b) => b.votes - a.votes)
      .slice(0, max)
      .map((p) => p.start);
  }

  private buildIndex(): GramIndex {
    if (this.index) return this.index;
    const text = this.norm.text;
    const grams = Math.max(0, text.length - GRAM + 1);
    let size = 1024;
    while (size < 2 * grams) size *= 2;
    const head = new Int32Array(size).fill(-1);
    const count = new Int32Array(size);
    const next = new Int32Array(Math.max(1, grams)).fill(-1);
    const mask = size - 1;
    // Inserted from the end so that each chain lists positions in ascending order.
    for (let i = grams - 1; i >= 0; i--) {
      const bucket = gramHash(text, i) & mask;
      next[i] = head[bucket]!;
      head[bucket] = i;
      count[bucket]!++;
    }
    this.index = { head, next, mask, count };
    return this.index;
  }
}
