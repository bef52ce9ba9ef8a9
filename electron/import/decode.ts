// Bytes to text for every importer that reads a text file (plain text, Markdown, later HTML):
// finds the encoding (BOM, valid UTF-8, a declared charset, else chardet checked against a
// decode), refuses binary data, and says when the encoding was only a guess.
import iconv from 'iconv-lite';
import { bestCandidate } from './decode-guess';
import { ImportError } from './types';

export { plausibility } from './decode-guess';

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

/** Binary data decoded as a legacy encoding still shows as C0 controls (and NULs). */
function tooManyControls(text: string): boolean {
  const sample = text.slice(0, SAMPLE_BYTES);
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g)?.length ?? 0;
  // A few are tolerated: old DOS files end with Ctrl-Z, and canonical text drops controls anyway.
  return controls >= Math.max(4, sample.length * 0.02);
}
