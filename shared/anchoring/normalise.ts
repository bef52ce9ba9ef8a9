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
const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`']);
/** Double quotation marks, guillemets and double primes all compare as '"'. */
const DOUBLE_QUOTES = new Set([
  '\u201C',
  '\u201D',
  '\u201E',
  '\u201F',
  '\u2033',
  '\u00AB',
  '\u00BB',
]);
/** Hyphens, en/em dashes, the minus sign and friends all compare as "-". */
const DASHES = /^[-\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]$/;
/** Invisible format characters (zero-width space, soft hyphen, BOM...) are dropped. */
const INVISIBLE = /^\p{Cf}$/u;
const WHITESPACE = /^\s$/;
const COMBINING = /^\p{M}$/u;

type Kind = 'char' | 'space' | 'dash';

/**
 * Normalises `text` for comparison and records where each normalised character came from.
 * Rules: NFKC per character cluster (so ellipsis, ligatures, full-width forms and no-break
 * spaces fold), quotes and dashes folded as above, invisible characters dropped, any run of
 * whitespace becomes one space, and a run of dashes becomes one "-" that also swallows the
 * spaces around it, so "talks — held", "talks—held" and "talks - held" compare equal. Spaces
 * swallowed by a dash map to nothing, so a span never starts or ends on them.
 */
export function normalise(text: string): NormalisedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last: Kind | null = null;

  const emit = (ch: string, kind: Kind, start: number, end: number): void => {
    if (kind === 'space') {
      if (last === 'space') ends[ends.length - 1] = end;
      else if (last !== 'dash') push(' ', kind, start, end);
      return;
    }
    if (kind === 'dash') {
      if (last === 'dash') ends[ends.length - 1] = end;
      else {
        if (last === 'space') pop();
        push('-', kind, start, end);
      }
      return;
    }
    push(ch, kind, start, end);
  };
  const push = (ch: string, kind: Kind, start: number, end: number): void => {
    out.push(ch);
    starts.push(start);
    ends.push(end);
    last = kind;
  };
  const pop = (): void => {
    out.pop();
    starts.pop();
    ends.pop();
  };

  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // Fast path: plain ASCII not followed by a combining mark (all marks are >= U+0300).
    if (code < 0x80 && !(next >= 0x300)) {
      const ch = text[i]!;
      const space = code === 32 || (code >= 9 && code <= 13);
      const kind: Kind = code === 45 ? 'dash' : space ? 'space' : 'char';
      emit(code === 96 ? "'" : ch, kind, i, i + 1);
      i++;
      continue;
    }
    let j = i + (code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000 ? 2 : 1);
    while (j < text.length && COMBINING.test(text[j]!)) j++;
    for (const ch of text.slice(i, j).normalize('NFKC')) {
      if (INVISIBLE.test(ch)) continue;
      if (WHITESPACE.test(ch)) emit(' ', 'space', i, j);
      else if (DASHES.test(ch)) emit('-', 'dash', i, j);
      else if (SINGLE_QUOTES.has(ch)) emit("'", 'char', i, j);
      else if (DOUBLE_QUOTES.has(ch)) emit('"', 'char', i, j);
      else emit(ch, 'char', i, j);
    }
    i = j;
  }
  // Characters outside the BMP are emitted as one string of two code units: split the map.
  const joined = out.join('');
  if (joined.length === out.length) {
    return { text: joined, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  }
  const s2: number[] = [];
  const e2: number[] = [];
  out.forEach((ch, k) => {
    for (let u = 0; u < ch.length; u++) {
      s2.push(starts[k]!);
      e2.push(ends[k]!);
    }
  });
  return { text: joined, starts: Int32Array.from(s2), ends: Int32Array.from(e2) };
}

/** The comparison form alone, for quotes and context. */
export function normaliseString(text: string): string {
  return normalise(text).text;
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
