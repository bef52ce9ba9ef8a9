// A small PDF writer for test fixtures: pages of positioned text in the standard Helvetica fonts
// (WinAnsiEncoding, so curly quotes and dashes survive), filled rectangles, an Info dictionary,
// a catalog /Lang, and optional RC4-40 encryption (the standard security handler, revision 2).
import { createHash } from 'node:crypto';

export type PdfFont = 'regular' | 'bold';

/** One run of text; x and y are the baseline start in points, origin at the bottom left. */
export interface PdfText {
  x: number;
  y: number;
  size: number;
  font: PdfFont;
  text: string;
}

export interface PdfRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  texts: PdfText[];
  rects?: PdfRect[];
}

export interface PdfOptions {
  /** Info dictionary entries, e.g. Title, Author, CreationDate ("D:20250323120000Z"). */
  info?: Record<string, string>;
  /** The catalog's /Lang, e.g. "en-US". */
  lang?: string;
  /** Encrypts strings and streams; an empty user password opens without asking. */
  encrypt?: { userPassword: string; ownerPassword: string };
  pageWidth?: number;
  pageHeight?: number;
}

// Advance widths (1/1000 em) of Helvetica and Helvetica-Bold for U+0020..U+007E, from the AFMs.
// prettier-ignore
const REGULAR = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584];
// prettier-ignore
const BOLD = [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584];

/** WinAnsiEncoding codes of the characters outside ASCII and Latin-1 that articles use. */
const WIN_ANSI: Record<string, number> = {
  '\u20ac': 0x80,
  '\u2026': 0x85,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
};
/** Widths of those characters as [regular, bold]. */
const SPECIAL_WIDTHS: Record<string, [number, number]> = {
  '\u20ac': [556, 556],
  '\u2026': [1000, 1000],
  '\u2018': [222, 278],
  '\u2019': [222, 278],
  '\u201c': [333, 500],
  '\u201d': [333, 500],
  '\u2022': [350, 350],
  '\u2013': [556, 556],
  '\u2014': [1000, 1000],
};

function charWidth(ch: string, font: PdfFont): number {
  const special = SPECIAL_WIDTHS[ch];
  if (special) return font === 'bold' ? special[1] : special[0];
  // Accented Latin-1 letters are as wide as their base letter, near enough for wrapping.
  const base = ch.normalize('NFD').charCodeAt(0);
  const table = font === 'bold' ? BOLD : REGULAR;
  return table[base - 32] ?? 556;
}

/** The advance width of a text in points. */
export function textWidth(text: string, size: number, font: PdfFont): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, font);
  return (units * size) / 1000;
}

/** Text as WinAnsi bytes; characters the encoding lacks become '?'. */
function winAnsi(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else out.push(WIN_ANSI[ch] ?? 0x3f);
  }
  return Uint8Array.from(out);
}

function literal(bytes: Uint8Array): string {
  let s = '(';
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) s += `\\${b.toString(8).padStart(3, '0')}`;
    else s += String.fromCharCode(b);
  }
  return `${s})`;
}

const hex = (bytes: Uint8Array) => `<${Buffer.from(bytes).toString('hex')}>`;
const num = (n: number) => String(Math.round(n * 100) / 100);
const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

function contentStream(page: PdfPage): string {
  const ops: string[] = [];
  for (const r of page.rects ?? []) {
    ops.push(`0.6 g ${num(r.x)} ${num(r.y)} ${num(r.width)} ${num(r.height)} re f`);
  }
  for (const t of page.texts) {
    const font = t.font === 'bold' ? 'F2' : 'F1';
    ops.push(
      `BT /${font} ${num(t.size)} Tf ${num(t.x)} ${num(t.y)} Td ${literal(winAnsi(t.text))} Tj ET`,
    );
  }
  return ops.join('\n');
}

// ---- The standard security handler, revision 2 (PDF 1.7, 7.6.3) ----

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Uint8Array[]) => {
  const hash = createHash('md5');
  for (const p of parts) hash.update(p);
  return Uint8Array.from(hash.digest());
};
const padded = (password: string) =>
  Uint8Array.from(Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32));

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

interface Security {
  fileKey: Uint8Array;
  dictionary: string;
}

function security(userPassword: string, ownerPassword: string, id: Uint8Array): Security {
  const permissions = -4;
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, permissions, true);
  const fileKey = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(fileKey, PAD);
  return {
    fileKey,
    dictionary: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex(o)} /U ${hex(u)} /P ${permissions} >>`,
  };
}

function objectKey(fileKey: Uint8Array, objectNumber: number): Uint8Array {
  const suffix = Uint8Array.from([
    objectNumber & 255,
    (objectNumber >> 8) & 255,
    objectNumber >> 16,
    0,
    0,
  ]);
  return md5(fileKey, suffix).subarray(0, 10);
}

/** Writes a PDF with one object per font, page and content stream, and a correct xref table. */
export function writePdf(pages: readonly PdfPage[], options: PdfOptions = {}): Uint8Array {
  const width = options.pageWidth ?? 612;
  const height = options.pageHeight ?? 792;
  const id = md5(latin1(JSON.stringify(pages.map((p) => p.texts.length)) + String(pages.length)));
  const sec = options.encrypt
    ? security(options.encrypt.userPassword, options.encrypt.ownerPassword, id)
    : null;
  // Object numbers: 1 catalog, 2 page tree, 3-4 fonts, then page/content pairs, Info, Encrypt.
  const pageNumber = (i: number) => 5 + 2 * i;
  const infoNumber = 5 + 2 * pages.length;
  const encryptNumber = infoNumber + 1;
  const str = (objectNumber: number, text: string) => {
    const bytes = latin1(text);
    return sec ? hex(rc4(objectKey(sec.fileKey, objectNumber), bytes)) : literal(bytes);
  };
  const bodies: (string | Uint8Array)[] = [
    `<< /Type /Catalog /Pages 2 0 R${options.lang ? ` /Lang ${str(1, options.lang)}` : ''} >>`,
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageNumber(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((page, i) => {
    bodies.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageNumber(i) + 1} 0 R >>`,
    );
    const raw = latin1(contentStream(page));
    const data = sec ? rc4(objectKey(sec.fileKey, pageNumber(i) + 1), raw) : raw;
    bodies.push(
      Buffer.concat([
        latin1(`<< /Length ${data.length} >>\nstream\n`),
        data,
        latin1('\nendstream'),
      ]),
    );
  });
  const info = Object.entries(options.info ?? {})
    .map(([key, value]) => `/${key} ${str(infoNumber, value)}`)
    .join(' ');
  bodies.push(`<< ${info} >>`);
  if (sec) bodies.push(sec.dictionary);

  const trailer =
    `/Root 1 0 R /Info ${infoNumber} 0 R` +
    (sec ? ` /Encrypt ${encryptNumber} 0 R` : '') +
    ` /ID [${hex(id)} ${hex(id)}]`;
  return assemblePdf(bodies, trailer);
}

/**
 * A PDF file from its objects (numbered from 1 in order) with a correct xref table; `trailer` is
 * the trailer dictionary's entries besides /Size, e.g. "/Root 1 0 R".
 */
export function assemblePdf(bodies: readonly (string | Uint8Array)[], trailer: string): Uint8Array {
  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const bytes = Buffer.concat([
      latin1(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? latin1(body) : body,
      latin1('\nendobj\n'),
    ]);
    chunks.push(bytes);
    offset += bytes.length;
  });
  const xref = [
    'xref',
    `0 ${bodies.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ];
  const end = `trailer\n<< /Size ${bodies.length + 1} ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(latin1(`${xref.join('\n')}\n${end}`));
  return Uint8Array.from(Buffer.concat(chunks));
}
