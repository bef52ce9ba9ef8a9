// Bytes to text for every importer that reads a text file (plain text, Markdown, later HTML):
// finds the encoding (BOM, valid UTF-8, a declared charset, else chardet checked against a
// decode), refuses binary data, and says when the encoding was only a guess.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportError } from './types';

export interface DecodeOptions {
  /** For messages. */
  fileName: string;
  /** A charset the file itself declares (an HTML meta tag, a MIME header); used when it fits. */
  declared?: string;
}

export interface DecodedText {
  /** The text, without a byte order mark. */
  text: string;
  /** The encoding used, as people write it: "UTF-8", "Windows-1252", "Shift_JIS". */
  encoding: string;
  /** True when neither a BOM, valid UTF-8 nor a usable declaration settled the encoding. */
  guessed: boolean;
  /** For the analyst, e.g. "Read as Windows-1252 (guessed)"; empty when nothing was guessed. */
  warnings: string[];
}

/** How much of a file the sniffing steps look at; the whole file is decoded only once. */
const SAMPLE_BYTES = 64 * 1024;

// PNG, GIF, JPEG, ELF, zip (and empty zip), gzip, 7z, RAR, OLE2 (old .doc/.xls), PDF, wasm, Mach-O.
const SIGNATURES = (
  '89504e47 47494638 ffd8ff 7f454c46 504b0304 504b0506 1f8b 377abcaf271c 526172211a07 ' +
  'd0cf11e0a1b11ae1 255044462d 0061736d cffaedfe'
)
  .split(' ')
  .map((hex) => hex.match(/../g)!.map((h) => parseInt(h, 16)));

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  // UTF-32LE first: its BOM begins with the UTF-16LE one.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Decodes a text file. Throws ImportError('unsupported') when the bytes are binary data (a known
 * file signature, NUL bytes outside UTF-16, or many control characters).
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const notText = new ImportError(
    'unsupported',
    `${options.fileName} is not a text file (it looks like binary data).`,
  );
  if (SIGNATURES.some((sig) => startsWith(bytes, sig))) throw notText;
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  const utf16 = bom ? null : utf16ByNulPattern(bytes);
  if (!bom && !utf16 && bytes.subarray(0, SAMPLE_BYTES).includes(0)) throw notText;
  let decoded: DecodedText;
  if (bom) decoded = settled(iconv.decode(bytes, bom.encoding), bom.encoding);
  else if (utf16) decoded = guessed(iconv.decode(bytes, utf16), utf16);
  else decoded = decodeLegacyOrUtf8(bytes, options.declared);
  if (tooManyControls(decoded.text)) throw notText;
  return decoded;
}

/** Valid UTF-8, else mostly UTF-8, else a usable declaration, else the best-scoring guess. */
function decodeLegacyOrUtf8(bytes: Uint8Array, declared: string | undefined): DecodedText {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return settled(utf8, 'utf-8');

  // Before any declaration: legacy text hardly ever holds valid UTF-8 sequences by chance.
  const mixed = mostlyUtf8(bytes);
  if (mixed) {
    const s = mixed.stray === 1 ? ' that was' : 's that were';
    return {
      ...guessed(mixed.text, 'utf-8'),
      warnings: [`Read as UTF-8; ${mixed.stray} byte${s} not UTF-8 read as Windows-1252 (guessed)`],
    };
  }

  const label = declared === undefined ? null : normalizeLabel(declared);
  if (label !== null && label !== 'utf-8' && iconv.encodingExists(label)) {
    const text = iconv.decode(bytes, label);
    if (!/[\ufffd\u0080-\u009f]/.test(text)) return settled(text, label);
  }

  const best = bestCandidate(sampleOfNonAscii(bytes));
  return guessed(iconv.decode(bytes, best), best);
}

function settled(text: string, encoding: string): DecodedText {
  return { text, encoding: displayName(encoding), guessed: false, warnings: [] };
}

function guessed(text: string, encoding: string): DecodedText {
  const name = displayName(encoding);
  return { text, encoding: name, guessed: true, warnings: [`Read as ${name} (guessed)`] };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

const LATIN1_LABELS = new Set('iso-8859-1 iso8859-1 latin1 l1 us-ascii ascii cp1252'.split(' '));

/** Windows-1252 for the labels browsers also read as Windows-1252 (it only adds characters). */
function normalizeLabel(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (l === '') return null;
  if (LATIN1_LABELS.has(l)) return 'windows-1252';
  if (l === 'iso-8859-9' || l === 'latin5') return 'windows-1254';
  if (l === 'utf8') return 'utf-8';
  if (l.startsWith('utf-16') || l.startsWith('utf-32')) return null; // without a BOM or NULs it is not
  return l;
}

function displayName(encoding: string): string {
  const l = encoding.toLowerCase();
  if (l.startsWith('windows-')) return `Windows-${l.slice(8)}`;
  if (l === 'shift_jis') return 'Shift_JIS';
  if (l === 'big5') return 'Big5';
  return l.toUpperCase();
}

/** BOM-less UTF-16 shows itself by NUL bytes, all at even or all at odd offsets. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // NULs at one parity only: ASCII characters in UTF-16 (even a few newlines in CJK text).
  if (oddNul >= pairs * 0.05 && evenNul * 10 <= oddNul) return 'utf-16le';
  if (evenNul >= pairs * 0.05 && oddNul * 10 <= evenNul) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// A well-formed multi-byte UTF-8 sequence, or (captured) a byte that cannot start one; matched
// on the bytes read as Latin-1, one character per byte.
const UTF8_OR_STRAY =
  /[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}|([\x80-\xff])/g;

/**
 * A UTF-8 file with a few stray legacy bytes (text pasted from an old file) reads best as UTF-8
 * with each stray byte read as Windows-1252; guessing one legacy encoding for the whole file
 * would garble every UTF-8 character instead. Null unless the valid sequences clearly dominate.
 */
function mostlyUtf8(bytes: Uint8Array): { text: string; stray: number } | null {
  let valid = 0;
  const strays: number[] = [];
  for (const match of asLatin1(bytes).matchAll(UTF8_OR_STRAY)) {
    if (match[1] === undefined) valid++;
    else strays.push(match.index);
    // Legacy text shows that early; stop before walking (and remembering) a whole large file.
    if (strays.length >= 64 && strays.length * 3 > valid) return null;
  }
  if (valid < 3 || strays.length * 3 > valid) return null;
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let start = 0;
  for (const i of strays) {
    parts.push(
      decoder.decode(bytes.subarray(start, i)),
      iconv.decode(bytes.subarray(i, i + 1), 'windows-1252'),
    );
    start = i + 1;
  }
  parts.push(decoder.decode(bytes.subarray(start)));
  return { text: parts.join(''), stray: strays.length };
}

function asLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * The lines that hold non-ASCII bytes, up to SAMPLE_BYTES: ASCII lines read the same in every
 * candidate, and would only dilute chardet's statistics and the scores below.
 */
function sampleOfNonAscii(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let lineStart = 0;
  let hasHigh = false;
  for (let i = 0; i <= bytes.length && size < SAMPLE_BYTES; i++) {
    const b = i < bytes.length ? bytes[i]! : 0x0a;
    if (b >= 0x80) hasHigh = true;
    else if (b === 0x0a) {
      if (hasHigh) {
        const line = bytes.subarray(lineStart, Math.min(i + 1, lineStart + SAMPLE_BYTES - size));
        chunks.push(line);
        size += line.length;
      }
      lineStart = i + 1;
      hasHigh = false;
    }
  }
  return Buffer.concat(chunks);
}

/** Encodings that chardet names but that are better read as their Windows superset. */
const SUPERSET: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-9': 'windows-1254',
};

const FALLBACKS = ['windows-1252', 'iso-8859-15', 'windows-1250', 'iso-8859-2'];
const TIE_ORDER = 'windows-1252 gb18030 shift_jis euc-kr euc-jp big5 windows-1251'.split(' ');

/**
 * chardet's candidates, each decoded and scored by how much its decode reads like text, plus the
 * Latin fallbacks (chardet never names ISO-8859-15, and on short texts misses the others). The
 * score is the plausibility plus chardet's confidence (0 to 1, weighted by the evidence), so a
 * clearly better decode beats chardet's ranking and chardet settles near ties.
 */
function bestCandidate(sample: Uint8Array): string {
  const confidence = new Map<string, number>();
  for (const match of chardet.analyse(sample)) {
    const raw = match.name.toLowerCase();
    const name = SUPERSET[raw] ?? raw;
    if (/^(utf|ascii|iso-2022|iso_2022|mbcs|sbcs)/.test(name) || !iconv.encodingExists(name))
      continue;
    confidence.set(name, Math.max(confidence.get(name) ?? 0, match.confidence / 100));
  }
  for (const fallback of FALLBACKS) if (!confidence.has(fallback)) confidence.set(fallback, 0);
  // Candidates that read the sample identically are one candidate: its best confidence, and the
  // name of the commoner encoding (a Swedish text is Windows-1252, not Windows-1257).
  const rank = (name: string) =>
    (TIE_ORDER.indexOf(name) + TIE_ORDER.length + 1) % (TIE_ORDER.length + 1);
  const names = [...confidence.keys()].sort((a, b) => rank(a) - rank(b));
  const byText = new Map<string, { name: string; confidence: number }>();
  for (const name of names) {
    const text = iconv.decode(sample, name);
    const seen = byText.get(text);
    const conf = confidence.get(name) ?? 0;
    if (!seen) byText.set(text, { name, confidence: conf });
    else seen.confidence = Math.max(seen.confidence, conf);
  }
  // chardet's statistics need material: on a few accented letters its ranking is mostly noise
  // (it says ISO-8859-2 for "naïve café"), so its say grows with the non-ASCII bytes it saw.
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  const weight = 0.5 + 0.5 * Math.min(1, high / 64);
  // On a tie (a short text often reads equally well in several), the commoner encoding wins.
  let best = 'windows-1252';
  let bestScore = -Infinity;
  for (const [text, candidate] of byText) {
    const score = plausibility(text) + candidate.confidence * weight;
    if (score > bestScore + 1e-9) {
      best = candidate.name;
      bestScore = score;
    }
  }
  return best;
}

// Letters common in Western European languages: a decode into these is preferred to a Central
// European one that reads equally as letters (chardet often says ISO-8859-2 for short French).
const WESTERN = new Set('àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒŸ');
// Letters of Polish, Czech, Slovak, Hungarian, Romanian, Croatian and Turkish: almost as good.
const CENTRAL = new Set('ąćęłńśźżčďěňřšťůžľĺŕőűășțşţđğıĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽĽĹŔŐŰĂȘȚŞŢĐĞİ');
const PUNCTUATION = new Set('\u00a0‘’‚“”„«»‹›–—…•·€£¥¢°©®™§¿¡′″\u2009\u202f');
// Symbols that Latin-1 has but text hardly ever uses; they are letters in ISO-8859-15 and -2.
const RARE = new Set('¤¦¨¯´¸');
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Half-width katakana and lone Hangul jamo are what Japanese read as Shift_JIS or EUC-KR
// (or the reverse) turns into; real text hardly uses them.
const ODD_CJK = /[\uff61-\uff9f\u3130-\u318f]/u;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * How much a decode reads like text, averaged over its non-ASCII characters: about 2 for clean
 * text, below 0 for mojibake. Replacement characters and controls cost most; so do Latin words
 * made only of accented letters ("Ìîñêâà", Cyrillic read as Latin-1), case flipping inside a word
 * ("мОСКВА", KOI8-R read as Windows-1251), and symbols wedged between letters ("Za¿ó³æ").
 */
export function plausibility(text: string): number {
  let total = 0;
  let count = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}]+|[^\p{L}\p{M}\p{ASCII}]/gu)) {
    const token = match[0];
    if (!LETTER.test(token)) {
      const at = match.index;
      count++;
      total += symbolScore(
        token,
        LETTER.test(text[at - 1] ?? ' ') && LETTER.test(text[at + 1] ?? ' '),
      );
      continue;
    }
    const chars = [...token];
    const word = {
      latin: /\p{Script=Latin}/u.test(token),
      ascii: /[A-Za-z]/.test(token),
      length: chars.length,
      flips: /\p{Ll}\p{Lu}/u.test(token),
    };
    for (const ch of chars) {
      if (ch.charCodeAt(0) < 0x80) continue;
      count++;
      total += letterScore(ch, word);
    }
  }
  return count === 0 ? 2 : total / count;
}

interface Word {
  latin: boolean;
  ascii: boolean;
  length: number;
  flips: boolean;
}

function letterScore(ch: string, word: Word): number {
  if (word.flips) return -1;
  if (word.length === 1 || ODD_CJK.test(ch)) return 0; // "à" or "ŕ", "½" or "œ": no evidence
  // Kana are the commonest characters of Japanese; a wrong CJK decode gives rare Han instead.
  if (KANA.test(ch)) return 2.2;
  if (!word.latin) return 2;
  if (word.length >= 4 && !word.ascii) return -2;
  return WESTERN.has(ch) ? 2 : CENTRAL.has(ch) ? 1.5 : 1;
}

function symbolScore(ch: string, betweenLetters: boolean): number {
  if (/[\ufffd\u0080-\u009f\ue000-\uf8ff]/.test(ch)) return -10;
  if (CJK.test(ch)) return 2;
  if (betweenLetters && ch !== '’' && ch !== '·') return -3;
  if (RARE.has(ch)) return -1;
  return PUNCTUATION.has(ch) ? 2 : 0;
}

/** Binary data decoded as a legacy encoding still shows as C0 controls (and NULs). */
function tooManyControls(text: string): boolean {
  const sample = text.slice(0, SAMPLE_BYTES);
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g)?.length ?? 0;
  // A few are tolerated: old DOS files end with Ctrl-Z, and canonical text drops controls anyway.
  return controls >= Math.max(4, sample.length * 0.02);
}
