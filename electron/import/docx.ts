// Word (.docx) import: the zip is checked by ./zip-guard before mammoth reads it, mammoth (external
// file access off, images never read) turns the document into HTML with headings, quotes and list
// items kept, and ./docx-html turns that into blocks; metadata comes from docProps/core.xml.
import mammoth from 'mammoth';
import { coreProperties } from './docx-core';
import { blocksFromHtml } from './docx-html';
import type { ImportedArticle, ParseOptions } from './types';
import { emptyMetadata, ImportError } from './types';
import type { ZipEntry } from './zip-guard';
import { checkZip, readZipEntry } from './zip-guard';

/** Word's own styles, by display name and by id, on top of mammoth's default map. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  'p.Title => h1:fresh',
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  'p.Quote => blockquote > p:fresh',
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  'p.IntenseQuote => blockquote > p:fresh',
  "p[style-name='Block Text'] => blockquote > p:fresh",
];

const RELATIONSHIPS = '_rels/.rels';

function decodeXml(data: Uint8Array): string {
  // Word writes UTF-8; UTF-16 parts carry a byte order mark.
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

/** The main document part named by the package relationships, as mammoth finds it. */
function mainPartName(relationships: string | null, entries: Map<string, ZipEntry>): string {
  const rel = relationships
    ? /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*>/.exec(relationships)?.[0]
    : undefined;
  const target = rel ? /\bTarget="\/?([^"]+)"/.exec(rel)?.[1] : undefined;
  return target !== undefined && entries.has(target) ? target : 'word/document.xml';
}

/**
 * Reads a Word file into blocks. Throws ImportError: 'too_large' or 'corrupt' from the zip check,
 * 'unsupported' for a zip that is not a Word document, 'corrupt' for one mammoth cannot read.
 */
export async function parseDocx(
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<ImportedArticle> {
  const { fileName } = options;
  const parts = new Map<string, string>();
  const entries = checkZip(bytes, fileName, (entry, data) => {
    if (!/\.(xml|rels)$/i.test(entry.name)) return;
    const xml = decodeXml(data);
    // Word never writes a DOCTYPE; one can only be there to make a parser fetch or expand entities.
    if (/<!DOCTYPE/i.test(xml)) {
      throw new ImportError(
        'corrupt',
        `${fileName} contains an XML document type declaration (in ${entry.name}), which Word never writes; the file is not read.`,
      );
    }
    if (entry.name === RELATIONSHIPS || entry.name === 'docProps/core.xml')
      parts.set(entry.name, xml);
  });
  const main = mainPartName(parts.get(RELATIONSHIPS) ?? null, entries);
  const mainEntry = entries.get(main);
  const root = mainEntry ? decodeXml(readZipEntry(bytes, mainEntry, fileName)).slice(0, 4096) : '';
  if (!/<(?:[\w.-]+:)?document[\s>]/.test(root)) {
    throw new ImportError(
      'unsupported',
      `${fileName} is not a Word document (it has no word/document.xml); only Word (.docx) files are read.`,
    );
  }
  const core = parts.get('docProps/core.xml');
  const metadata = core ? coreProperties(core) : emptyMetadata();

  let images = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // A style map embedded in the file would let it choose how it is read.
        includeEmbeddedStyleMap: false,
        // Off by default in mammoth 1.11+; said here so no later change turns it on unseen.
        externalFileAccess: false,
        // Images are counted, never read: neither embedded bytes nor linked files are touched.
        convertImage: mammoth.images.imgElement(() => {
          images++;
          return Promise.resolve({ src: '' });
        }),
      },
    );
    html = result.value;
  } catch {
    throw new ImportError('corrupt', `${fileName} could not be read; the Word file is damaged.`);
  }
  const { blocks, notes } = blocksFromHtml(html);
  const warnings: string[] = [];
  if (images > 0) warnings.push(`${images} ${images === 1 ? 'image was' : 'images were'} skipped.`);
  if (notes > 0) {
    const what = notes === 1 ? 'footnote or endnote was' : 'footnotes and endnotes were';
    warnings.push(`${notes} ${what} moved to the end of the text.`);
  }
  return { format: 'docx', metadata, blocks, warnings };
}
