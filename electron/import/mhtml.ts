// Web archives (.mhtml, .mht: Chrome's "Save as single file", Word and IE's "Web archive"): the
// MIME multipart is unpacked, its HTML part decoded (quoted-printable or base64, in its charset)
// and read like any saved page. Images, style sheets and frames in the other parts are ignored.
import { decodeHtmlBytes } from './html-decode';
import { importHtml } from './html';
import type { ImportedArticle, ParseOptions } from './types';
import { ImportError } from './types';

interface MimePart {
  headers: Map<string, string>;
  /** The raw body, one character per byte (latin1). */
  body: string;
}

/** Splits a header block into lower-cased names and unfolded values. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** Headers and body of one MIME entity; the headers end at the first empty line. */
function splitEntity(raw: string): MimePart {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { headers: parseHeaders(raw), body: '' };
  return { headers: parseHeaders(raw.slice(0, m.index)), body: raw.slice(m.index + m[0].length) };
}

/** A parameter of a structured header value: boundary="x" or charset=utf-8. */
function headerParam(value: string | undefined, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(
    value ?? '',
  );
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function mediaType(value: string | undefined): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The parts of a multipart body, between "--boundary" lines, up to "--boundary--". */
function splitMultipart(body: string, boundary: string): MimePart[] {
  const delimiter = `--${boundary}`;
  const parts: MimePart[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const after = at + delimiter.length;
    if (body.startsWith('--', after)) break;
    const next = body.indexOf(`\n${delimiter}`, after);
    const lineEnd = body.indexOf('\n', after);
    if (lineEnd < 0) break;
    const end = next < 0 ? body.length : next;
    parts.push(splitEntity(body.slice(lineEnd + 1, end).replace(/\r$/, '')));
    at = next < 0 ? -1 : next + 1;
  }
  return parts;
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c & 0xff);
  }
  return Uint8Array.from(bytes);
}

function decodeBody(part: MimePart): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return Buffer.from(part.body, 'latin1');
}

/** The HTML part of an archive: the one the root names as its start, else the first text/html part. */
function htmlPart(root: MimePart, fileName: string): MimePart {
  const type = root.headers.get('content-type');
  if (mediaType(type) === 'text/html') return root;
  const boundary = headerParam(type, 'boundary');
  if (!mediaType(type).startsWith('multipart/') || !boundary) {
    throw new ImportError(
      'corrupt',
      `${fileName} is not a web archive: it has no MIME multipart body.`,
    );
  }
  const parts = splitMultipart(root.body, boundary);
  const html = parts.filter((p) => mediaType(p.headers.get('content-type')) === 'text/html');
  const start = headerParam(type, 'start');
  const chosen = (start && html.find((p) => p.headers.get('content-id') === start)) || html[0];
  if (!chosen)
    throw new ImportError(
      'no_text',
      `${fileName} holds no web page (no HTML part in the archive).`,
    );
  return chosen;
}

/** Parses a web archive. Throws ImportError('corrupt') when it is not MIME, 'no_text' without an HTML part. */
export async function parseMhtml(
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<ImportedArticle> {
  // Latin-1 keeps every byte as one character, so bodies can be cut and decoded exactly.
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const root = splitEntity(raw.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''));
  const part = htmlPart(root, options.fileName);
  const charset = headerParam(part.headers.get('content-type'), 'charset');
  const decoded = decodeHtmlBytes(decodeBody(part), charset);
  const location =
    part.headers.get('content-location') ?? root.headers.get('snapshot-content-location') ?? null;
  return importHtml(
    { html: decoded.html, format: 'mhtml', fallbackUrl: location, warnings: decoded.warnings },
    options,
  );
}
