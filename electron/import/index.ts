// The one way in for every file: checks the size, recognises the format from the bytes and the
// name, and hands the bytes to that format's parser. The service, the command line
// (scripts/import-cli.ts), the eval and the tests all call parseFile.
import { parseDocx } from './docx';
import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import { parseMhtml } from './mhtml';
import { parsePdf } from './pdf';
import { parseText } from './text';
import type { ImportFormat, ImportedArticle } from './types';
import { ImportError, LIMITS } from './types';
import { IMPORT_EXTENSIONS } from './extensions';

export { IMPORT_EXTENSIONS };

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Whether the first bytes read as an HTML document (after a BOM and whitespace). */
function sniffsAsHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<\?xml[^>]*>\s*<(!doctype )?html/.test(head)
  );
}

/**
 * The format of a file, from its content where that is certain (a PDF or zip signature) and from
 * its extension otherwise. Throws ImportError('unsupported') for anything else, such as a PDF
 * renamed .docx or a zip that is not a Word file.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const ext = extensionOf(fileName);
  const isPdf = startsWith(bytes, '%PDF-');
  const isZip = startsWith(bytes, 'PK\x03\x04');
  if (isPdf) return 'pdf';
  if (isZip) {
    if (ext === 'docx') return 'docx';
    throw new ImportError(
      'unsupported',
      `${fileName} is a zip archive, not an article. Word files (.docx) are read; other archives are not.`,
    );
  }
  if (ext === 'pdf')
    throw new ImportError(
      'corrupt',
      `${fileName} does not start like a PDF file; it may be damaged.`,
    );
  if (ext === 'docx')
    throw new ImportError(
      'corrupt',
      `${fileName} is not a Word (.docx) file; it may be damaged or renamed.`,
    );
  if (ext === 'doc')
    throw new ImportError(
      'unsupported',
      `${fileName} is an old Word (.doc) file. Save it as .docx in Word or LibreOffice and import that.`,
    );
  for (const format of ['html', 'mhtml', 'markdown', 'text'] as const) {
    if (IMPORT_EXTENSIONS[format].includes(ext))
      return format === 'text' && sniffsAsHtml(bytes) ? 'html' : format;
  }
  if (ext === '' || sniffsAsHtml(bytes)) return sniffsAsHtml(bytes) ? 'html' : 'text';
  throw new ImportError(
    'unsupported',
    `${fileName}: .${ext} files are not read. Import web pages (.html, .mhtml), PDF, Word (.docx), Markdown (.md) or plain text (.txt).`,
  );
}

/** Parses a file into metadata and text blocks. Throws ImportError for every expected failure. */
export async function parseFile(fileName: string, bytes: Uint8Array): Promise<ImportedArticle> {
  if (bytes.length > LIMITS.fileBytes) {
    throw new ImportError(
      'too_large',
      `${fileName} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; files over ${LIMITS.fileBytes / 1024 / 1024} MB are not imported.`,
    );
  }
  if (bytes.length === 0) throw new ImportError('no_text', `${fileName} is empty.`);
  const format = detectFormat(fileName, bytes);
  const article = await parseAs(format, bytes, fileName);
  const chars = article.blocks.reduce((sum, block) => sum + block.text.length + 2, 0);
  if (chars > LIMITS.textChars) {
    throw new ImportError(
      'too_large',
      `${fileName} holds ${chars.toLocaleString('en')} characters of text; articles are limited to ${LIMITS.textChars.toLocaleString('en')}.`,
    );
  }
  if (!article.blocks.some((block) => block.text.trim() !== '')) {
    throw new ImportError('no_text', `${fileName} has no article text to import.`);
  }
  return article;
}

function parseAs(
  format: ImportFormat,
  bytes: Uint8Array,
  fileName: string,
): Promise<ImportedArticle> {
  switch (format) {
    case 'html':
      return parseHtml(bytes, { fileName });
    case 'mhtml':
      return parseMhtml(bytes, { fileName });
    case 'pdf':
      return parsePdf(bytes, { fileName });
    case 'docx':
      return parseDocx(bytes, { fileName });
    case 'markdown':
      return parseMarkdown(bytes, { fileName });
    case 'text':
      return parseText(bytes, { fileName });
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
