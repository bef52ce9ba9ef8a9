// Typographic normalisation for re-anchoring: maps text to a comparison form in which curly and
// straight quotes, dashes, spacing and Unicode forms agree, with offsets back to the original.

/**
 * A comparison form of a text. Character i of `text` came from original[starts[i], ends[i]):
 * one original character may give several (NFKC turns "…" into "..."), and several may give
 * one (a run of whitespace becomes one space).
 */
export interface NormalisedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Apostrophes, primes and single quotation marks all compare as "'". */
const SINGLE_QUOTES = /^[\u2018\u2019\u201A\u201B\u2032\u02BC`]$/;
/** Double quotation marks, guillemets and double primes all compare as '"'. */
const DOUBLE_QUOTES = /^[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]$/;
/** Hyphens, en/em dashes, the minus sign and friends all compare as "-". */
const DASHES = /^[-\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]$/;
/** Invisible format characters (zero-width space, soft hyphen, BOM...) are dropped. */
const INVISIBLE = /^\p{Cf}$/u;
const WHITESPACE = /^\s$/;
const COMBINING = /^\p{M}$/u;

const SPACE = 32;
const DASH = 45;

/** Folds one cluster (a character and its combining marks) to its comparison characters. */
function foldCluster(cluster: string): string {
  let out = '';
  for (const ch of cluster.normalize('NFKC')) {
    if (INVISIBLE.test(ch)) continue;
    if (WHITESPACE.test(ch)) out += ' ';
    else if (DASHES.test(ch)) out += '-';
    else if (SINGLE_QUOTES.test(ch)) out += "'";
    else if (DOUBLE_QUOTES.test(ch)) out += '"';
    else out += ch;
  }
  return out;
}

/** Lone non-ASCII characters recur (’ “ ” — …): fold each once. */
const foldCache = new Map<string, string>();

/**
 * Collects the normalised characters with their sources, merging spaces and dashes. One
 * instance is reused across calls (normalising is synchronous, so never re-entered): for the
 * short quotes and contexts of many selectors, allocating fresh arrays cost more than the work.
 */
class Builder {
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;

  add(code: number, start: number, end: number): void {
    const last = this.length > 0 ? this.codes[this.length - 1] : -1;
    if (code === SPACE) {
      if (last === SPACE) this.ends[this.length - 1] = end;
      // A space after a dash is swallowed by it, and maps to nothing.
      else if (last !== DASH) this.push(code, start, end);
    } else if (code === DASH) {
      if (last === DASH) this.ends[this.length - 1] = end;
      else {
        if (last === SPACE) this.length--; // the space before a dash goes too
        this.push(code, start, end);
      }
    } else this.push(code, start, end);
  }

  private push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) {
      const size = this.length * 2;
      const codes = new Uint16Array(size);
      const starts = new Int32Array(size);
      const ends = new Int32Array(size);
      codes.set(this.codes);
      starts.set(this.starts);
      ends.set(this.ends);
      [this.codes, this.starts, this.ends] = [codes, starts, ends];
    }
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  text(): string {
    const chunks: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      const chunk = this.codes.subarray(i, Math.min(this.length, i + 8192));
      // apply, not spread: spreading a typed array walks its iterator, many times slower.
      chunks.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
    }
    // Joined, not concatenated: a long text built with += is a rope, and every search of
    // the article then reads its characters through that rope, about a third slower.
    return chunks.length === 1 ? chunks[0]! : chunks.join('');
  }
}

const scratch = new Builder();

/**
 * Normalises `text` for comparison and records where each normalised character came from.
 * Rules: NFKC per character cluster (so ellipsis, ligatures, full-width forms and no-break
 * spaces fold), quotes and dashes folded as above, invisible characters dropped, any run of
 * whitespace becomes one space, and a run of dashes becomes one "-" that also swallows the
 * spaces around it, so "talks — held", "talks—held" and "talks - held" compare equal. Spaces
 * swallowed by a dash map to nothing, so a span never starts or ends on them.
 */
export function normalise(text: string): NormalisedText {
  fill(text);
  return {
    text: scratch.text(),
    starts: scratch.starts.slice(0, scratch.length),
    ends: scratch.ends.slice(0, scratch.length),
  };
}

function fill(text: string): void {
  const out = scratch;
  out.length = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    // Fast path: plain ASCII not followed by a combining mark (all marks are >= U+0300).
    if (code < 0x80 && next < 0x300) {
      const space = code === 32 || (code >= 9 && code <= 13);
      out.add(space ? SPACE : code === 96 ? 39 : code, i, i + 1);
      i++;
      continue;
    }
    let j = i + (code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000 ? 2 : 1);
    while (j < text.length && text.charCodeAt(j) >= 0x300 && COMBINING.test(text[j]!)) j++;
    const cluster = text.slice(i, j);
    let folded = j === i + 1 ? foldCache.get(cluster) : undefined;
    if (folded === undefined) {
      folded = foldCluster(cluster);
      if (j === i + 1) foldCache.set(cluster, folded);
    }
    // Every character of a folded cluster maps to the whole cluster.
    for (let k = 0; k < folded.length; k++) out.add(folded.charCodeAt(k), i, j);
    i = j;
  }
}

/** The comparison form alone, for quotes and context. */
export function normaliseString(text: string): string {
  if (isFolded(text)) return text;
  fill(text);
  return scratch.text();
}

/**
 * Whether `text` is already in comparison form: printable ASCII (which NFKC leaves alone) with
 * no backtick, no dash and no two spaces in a row, so no rule above changes it. Most quotes
 * and contexts are, and checking costs less than rebuilding them.
 */
function isFolded(text: string): boolean {
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < SPACE || code > 126 || code === DASH || code === 96) return false;
    if (code === SPACE && last === SPACE) return false;
    last = code;
  }
  return true;
}

/** Maps a non-empty normalised range [from, to) back to original offsets. */
export function toOriginal(
  n: NormalisedText,
  from: number,
  to: number,
): { start: number; end: number } {
  if (!(from >= 0 && to <= n.text.length && to > from)) {
    throw new RangeError(`bad normalised range [${from}, ${to}) of ${n.text.length}`);
  }
  return { start: n.starts[from]!, end: n.ends[to - 1]! };
}

/** The first normalised index whose source starts at or after an original offset. */
export function toNormalised(n: NormalisedText, offset: number): number {
  let lo = 0;
  let hi = n.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a normalised range begins and ends on whole original characters: a match that starts
 * on the second dot of a folded "…" cannot be mapped back faithfully.
 */
export function onBoundaries(n: NormalisedText, from: number, to: number): boolean {
  const { starts } = n;
  if (from > 0 && starts[from] === starts[from - 1]) return false;
  if (to < starts.length && starts[to] === starts[to - 1]) return false;
  return true;
}
