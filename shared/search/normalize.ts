// Normalisation for searching news text: case- and accent-insensitive, with curly and straight
// quotes, dashes and spaces made equal, and words cut the same way for the index, the brute-force
// check and the snippets (which need offsets back into the original text to mark hits exactly).

/** Apostrophes, primes and single quotation marks compare as "'". */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/;
/** Double quotation marks, guillemets and double primes compare as '"'. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
/** Hyphens, en/em dashes, the minus sign and friends compare as "-". */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/;
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /\p{M}/gu;
/** Splits folded text into words: after folding, only letters and digits make words. */
const FOLDED_SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII_WORD = /^[A-Za-z0-9]*$/;

// Folding a character is pure and the alphabet of a workspace is small, so it is cached.
const foldCache = new Map<string, string>();

/**
 * The search form of one character (one code point): letters and digits lower-cased with their
 * accents dropped ("É" → "e", "ﬁ" → "fi"); quotes, dashes and spaces to their plain form; any
 * other character unchanged. May be empty (a lone combining mark) or longer than one.
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128 && ch.length === 1) {
    if (code >= 65 && code <= 90) return ch.toLowerCase();
    if (code === 96) return "'";
    return (code >= 9 && code <= 13) || code === 32 ? ' ' : ch;
  }
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  if (WORD_CHAR.test(ch)) {
    out = ch.toLowerCase().normalize('NFKD').replace(MARKS, '');
    // "ς" is "σ" at the end of a word; whether it is final must not decide a match.
    out = out.replace(/ς/g, 'σ');
  } else if (SINGLE_QUOTES.test(ch)) out = "'";
  else if (DOUBLE_QUOTES.test(ch)) out = '"';
  else if (DASHES.test(ch)) out = '-';
  else if (SPACE.test(ch)) out = ' ';
  else out = ch;
  if (foldCache.size < 10_000) foldCache.set(ch, out);
  return out;
}

/** A text in search form, with `map[i]` the original offset of character i (and map[length] = the original length). */
export interface NormalizedText {
  readonly text: string;
  readonly map: Int32Array;
}

/** Folds a whole text (runs of spaces become one) and keeps the offsets back to the original. */
export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    // A run of spaces is one space: "a \u00A0 b" and "a b" are the same text.
    if (!(folded === ' ' && text.endsWith(' '))) {
      for (let k = 0; k < folded.length; k++) map.push(i);
      text += folded;
    }
    i += width;
  }
  map.push(original.length);
  return { text, map: Int32Array.from(map) };
}

/** Folds a text without keeping offsets (queries, filter values). */
export function normalizeText(original: string): string {
  return normalizeWithMap(original).text;
}

/** Folds one raw word; the fast path covers the plain ASCII words that most news text is made of. */
function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  let out = '';
  for (const ch of word) out += foldChar(ch);
  return out;
}

/**
 * The words of a text in search form, in order. The same cut everywhere: the index, the
 * brute-force scan and the snippets all call this (or tokenizeWithOffsets, which agrees).
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanWords(
    text,
    (start, end) => out.push(text.slice(start, end).toLowerCase()),
    (word) => out.push(word),
  );
  return out;
}

/**
 * The scan under tokenize: calls `plain(start, end)` for each word made only of ASCII letters
 * and digits (its search form is text.slice(start, end) lower-cased: the index looks such words
 * up without making a string), and `folded(word)` with the search form of each other word. With
 * `from` and `to`, it scans text[from, to) exactly as it would scan text.slice(from, to) (the
 * index reads an article's paragraphs in place, without a string for each).
 */
export function scanWords(
  text: string,
  plain: (start: number, end: number) => void,
  folded: (word: string) => void,
  from = 0,
  to = text.length,
): void {
  // A hand-written scan: a Unicode-class regex split measured about ten times slower, and news
  // text is mostly ASCII words between (often typographic) punctuation.
  let start = -1;
  let ascii = true;
  const flush = (end: number) => {
    if (start < 0) return;
    if (ascii) plain(start, end);
    else pushFolded(text.slice(start, end), folded);
    start = -1;
    ascii = true;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      if (word) {
        if (start < 0) start = i;
      } else flush(i);
    } else if (isWordUnit(text, i, from, to)) {
      if (start < 0) start = i;
      ascii = false;
    } else flush(i);
  }
  flush(to);
}

const wordUnitCache = new Map<number, boolean>();
/**
 * Whether the UTF-16 unit at i belongs to a word (letter, digit, mark, or half of a surrogate
 * pair), looking no further than text[from, to).
 */
function isWordUnit(text: string, i: number, from: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    // Judge the whole code point (both halves get its verdict); a lone half is no letter.
    const high = c <= 0xdbff ? c : i - 1 >= from ? text.charCodeAt(i - 1) : 0;
    const low = c <= 0xdbff ? (i + 1 < to ? text.charCodeAt(i + 1) : 0) : c;
    if (high < 0xd800 || high > 0xdbff || low < 0xdc00 || low > 0xdfff) return false;
    return WORD_CHAR.test(String.fromCharCode(high, low));
  }
  let known = wordUnitCache.get(c);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCharCode(c));
    wordUnitCache.set(c, known);
  }
  return known;
}

/** Folds a raw word with non-ASCII characters and gives its words (folding may cut it again). */
function pushFolded(raw: string, out: (word: string) => void): void {
  const folded = foldWord(raw);
  for (const part of folded.split(FOLDED_SEPARATORS)) if (part !== '') out(part);
}

/** A word of a text with where it sits in the original: [start, end) in UTF-16 offsets. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** The words of a text with their original offsets; the words equal tokenize(text). */
export function tokenizeWithOffsets(original: string): Token[] {
  const { text, map } = normalizeWithMap(original);
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    out.push({ word: m[0], start: map[from]!, end: endOffset(map, to) });
  }
  return out;
}

/** The original offset just after the character that ends before normalized offset `to`. */
function endOffset(map: Int32Array, to: number): number {
  // Several folded characters can share one original character ("ﬁ" → "fi"): the end is the
  // first original offset past the last character's own.
  const last = map[to - 1]!;
  let k = to;
  while (k < map.length - 1 && map[k] === last) k++;
  return map[k]!;
}
