// Bytes of a saved web page to a string, the way a browser picks the encoding: a byte order mark,
// then the charset the container declared (an MHTML part's header), then the page's own
// <meta charset> or http-equiv content-type, else UTF-8, else a guess for bytes that are not UTF-8.
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedHtml {
  html: string;
  /** The encoding the bytes were read as, lower case ("utf-8", "windows-1252", "shift_jis"). */
  charset: string;
  warnings: string[];
}

/** How far into the page a charset declaration is looked for (the spec says 1024; saved pages put long <head> material before it). */
const PRESCAN_BYTES = 16 * 1024;

/**
 * WHATWG label aliases whose decoder differs from iconv-lite's reading of the same name: browsers
 * read Latin-1 and ASCII as windows-1252, Shift_JIS as Microsoft's superset, and so on.
 */
const ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  shift_jis: 'cp932',
  'shift-jis': 'cp932',
  sjis: 'cp932',
  'x-sjis': 'cp932',
  ms_kanji: 'cp932',
  'windows-31j': 'cp932',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  gb_2312: 'gbk',
  'gb_2312-80': 'gbk',
  chinese: 'gbk',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  'windows-949': 'cp949',
  big5: 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  'x-x-big5': 'big5hkscs',
  'x-user-defined': 'windows-1252',
};

/**
 * The decoder name for a declared charset label, or null for a label we cannot decode. A declared
 * UTF-16 is read as UTF-8, as browsers do: a page whose declaration could be read as ASCII is not
 * UTF-16.
 */
export function normalizeCharset(label: string): string | null {
  const name = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (name === '') return null;
  if (/^utf-?16/.test(name)) return 'utf-8';
  const mapped = ALIASES[name] ?? name;
  if (mapped === 'utf-8') return mapped;
  if (iconv.encodingExists(mapped)) return mapped;
  if (supportedByTextDecoder(mapped)) return mapped;
  return null;
}

function supportedByTextDecoder(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** The charset a page declares in its first bytes (meta charset, http-equiv, XML prolog), as written. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so markup reads the same whatever the encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  for (const tag of head.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = attributesOf(tag[1]!);
    const direct = attrs.get('charset');
    if (direct) return direct;
    const content = attrs.get('content');
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-type' && content) {
      const charset = /charset\s*=\s*["']?\s*([^\s"';]+)/i.exec(content);
      if (charset) return charset[1]!;
    }
  }
  return xml ? xml[1]! : null;
}

/** The attributes of a start tag's inside, names in lower case; the first of a repeated name wins. */
function attributesOf(inside: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of inside.matchAll(/([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    const name = m[1]!.toLowerCase();
    const raw = m[2] ?? '';
    if (!attrs.has(name)) attrs.set(name, raw.replace(/^(["'])([\s\S]*)\1$/, '$2').trim());
  }
  return attrs;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A guess for bytes that declare nothing and are not UTF-8: a CJK encoding when chardet is sure, else windows-1252. */
function guessLegacyCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 256 * 1024);
  for (const match of analyse(sample)) {
    const name = normalizeCharset(match.name);
    if (name && /^(cp932|euc-jp|gbk|gb18030|big5hkscs|cp949)$/.test(name) && match.confidence >= 50)
      return name;
  }
  return 'windows-1252';
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (iconv.encodingExists(charset))
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
  return new TextDecoder(charset).decode(bytes);
}

/**
 * Decodes a page. `transportCharset` is what a container said about the bytes (an MHTML part's
 * Content-Type), which outranks the page's own declaration as an HTTP header would. Never throws:
 * an unknown label falls back to UTF-8 with a warning.
 */
export function decodeHtmlBytes(bytes: Uint8Array, transportCharset?: string | null): DecodedHtml {
  const warnings: string[] = [];
  const bom = bomCharset(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    return { html: decodeAs(body, bom.charset), charset: bom.charset, warnings };
  }
  for (const label of [transportCharset ?? null, declaredCharset(bytes)]) {
    if (label === null) continue;
    const charset = normalizeCharset(label);
    if (charset) return { html: decodeAs(bytes, charset), charset, warnings };
    warnings.push(
      `The page declares an unknown character set (${label.slice(0, 40)}); it was read as UTF-8.`,
    );
    return { html: decodeAs(bytes, 'utf-8'), charset: 'utf-8', warnings };
  }
  if (isValidUtf8(bytes)) return { html: decodeAs(bytes, 'utf-8'), charset: 'utf-8', warnings };
  const guess = guessLegacyCharset(bytes);
  warnings.push(`The page declares no character set and is not UTF-8; it was read as ${guess}.`);
  return { html: decodeAs(bytes, guess), charset: guess, warnings };
}
