// PDF import: reads the text layer with pdf.js, drops running heads, feet and page numbers, reads
// columns in order, rebuilds paragraphs and headings from the lines' positions and sizes, and takes
// the title from the document's metadata or else from the largest line on page 1.
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { sameTitle } from './article';
import { dropFurniture } from './pdf-furniture';
import type { Fragment, PageItem } from './pdf-layout';
import { fragmentsOf, readingOrder } from './pdf-layout';
import { openPdf, pdfError } from './pdf-load';
import type { OpenedPdf } from './pdf-load';
import { pdfMetadata } from './pdf-metadata';
import type { DocLine, PdfBlock } from './pdf-paragraphs';
import { blocksOf } from './pdf-paragraphs';
import type { ImportedArticle, ImportedMetadata, ParseOptions } from './types';
import { emptyMetadata, ImportError, LIMITS } from './types';

/** Longer documents are books or reports, not articles, and would take minutes to read. */
export const MAX_PAGES = 2000;
/** Reading stops with an error past this, so a pathological file cannot hang an import. */
export const TIME_LIMIT_MS = 60_000;

interface PageText {
  height: number;
  fragments: Fragment[];
}

/** One page's text items in page space (points, y up from the bottom, page rotation applied). */
async function readPage(pdf: OpenedPdf, number: number): Promise<PageText> {
  const page = await pdf.doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PageItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    const m = pdf.pdfjs.Util.transform(viewport.transform, item.transform);
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
    // Only left-to-right horizontal text: vertical margin notes and mirrored text are not article.
    if (a <= 0 || Math.abs(b) > 0.05 * a) continue;
    items.push({
      text: item.str,
      x: e,
      y: viewport.height - f,
      width: item.width,
      size: Math.hypot(c, d),
    });
  }
  page.cleanup();
  return { height: viewport.height, fragments: fragmentsOf(items) };
}

/**
 * The block to show as the title, moved to the front where finishArticle looks for it: the one
 * matching the declared title, or, without one, the largest heading on page 1.
 */
function titleFirst(blocks: PdfBlock[], metadata: ImportedMetadata): PdfBlock[] {
  const onPageOne = blocks.filter((b) => b.page === 1 && b.kind === 'heading');
  const declared = metadata.title;
  const chosen = declared
    ? onPageOne.find((b) => sameTitle(b.text, declared))
    : onPageOne.reduce<PdfBlock | undefined>(
        (best, b) => (!best || b.size > best.size ? b : best),
        undefined,
      );
  if (!chosen) return blocks;
  return [chosen, ...blocks.filter((b) => b !== chosen)];
}

async function readDocument(pdf: OpenedPdf, fileName: string): Promise<ImportedArticle> {
  const pageCount = pdf.doc.numPages;
  if (pageCount > MAX_PAGES) {
    throw new ImportError(
      'too_large',
      `${fileName} has ${pageCount.toLocaleString('en')} pages; PDFs over ${MAX_PAGES.toLocaleString('en')} pages are not imported.`,
    );
  }
  const started = Date.now();
  const pages: PageText[] = [];
  let chars = 0;
  for (let number = 1; number <= pageCount; number++) {
    const page = await readPage(pdf, number);
    chars += page.fragments.reduce((sum, f) => sum + f.text.length + 1, 0);
    if (chars > LIMITS.textChars) {
      throw new ImportError(
        'too_large',
        `${fileName} holds more than ${LIMITS.textChars.toLocaleString('en')} characters of text; articles are limited to that.`,
      );
    }
    if (Date.now() - started > TIME_LIMIT_MS) {
      throw new ImportError(
        'too_large',
        `${fileName} took more than ${TIME_LIMIT_MS / 1000} seconds to read (stopped at page ${number} of ${pageCount}); it is too large or too complex to import.`,
      );
    }
    pages.push(page);
  }
  const blank = pages.filter((p) => p.fragments.length === 0).length;
  if (blank === pages.length) {
    throw new ImportError(
      'no_text',
      `${fileName} has no text layer (a scan or images only); OCR is not supported.`,
    );
  }
  const { pages: kept } = dropFurniture(pages);
  const lines: DocLine[] = kept.flatMap((fragments, i) =>
    readingOrder(fragments).map((line) => ({ ...line, page: i + 1 })),
  );
  const info = await pdf.doc.getMetadata().catch(() => null);
  const metadata = info
    ? pdfMetadata(info.info as Record<string, unknown>, info.metadata)
    : emptyMetadata();
  const blocks = titleFirst(blocksOf(lines), metadata).map(({ kind, text, page }) => ({
    kind,
    text,
    page,
  }));
  const warnings =
    blank > 0
      ? [`${blank} of ${pages.length} pages have no text layer (scanned pages are not read).`]
      : [];
  return { format: 'pdf', metadata, blocks, warnings };
}

/**
 * Reads a PDF's text into blocks with page numbers. Throws ImportError: 'encrypted' for a
 * password, 'no_text' for a scan, 'corrupt' for a damaged or truncated file, 'too_large' past the
 * page, text or time limits.
 */
export async function parsePdf(bytes: Uint8Array, options: ParseOptions): Promise<ImportedArticle> {
  const pdf = await openPdf(bytes, options.fileName);
  try {
    return await readDocument(pdf, options.fileName);
  } catch (error) {
    throw pdfError(error, options.fileName);
  } finally {
    await pdf.close().catch(() => undefined);
  }
}
