// Test fixtures: the sample article laid out as PDFs by ./pdf-writer (one column with a running
// header and a page-number footer, ragged lines and line-end hyphens; two columns; many pages for
// the benchmark), and hostile PDFs: image only, password protected, truncated.
import { readFileSync } from 'node:fs';
import { looksLikeHeading } from '../../../shared/text/canonical';
import type { PdfFont, PdfOptions, PdfPage } from './pdf-writer';
import { assemblePdf, textWidth, writePdf } from './pdf-writer';

export const SAMPLE_TITLE = 'U.S. Holds Separate Talks With Russia and Ukraine in Riyadh';
export const SAMPLE_HEADER = 'The Sample Times — March 23, 2025';
const SAMPLE_FILE = new URL(
  '../../../resources/sample/riyadh-ceasefire-talks.txt',
  import.meta.url,
);

/** The sample article's text as the .txt holds it (one paragraph per line). */
export function sampleText(): string {
  return readFileSync(SAMPLE_FILE, 'utf8');
}

/** The article's paragraphs; short lines without final punctuation are its section headings. */
export function sampleParagraphs(): { text: string; heading: boolean }[] {
  const lines = sampleText()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.map((text, i) => ({
    text,
    heading: looksLikeHeading(text, i === lines.length - 1),
  }));
}

interface Style {
  font: PdfFont;
  size: number;
  leading: number;
  /** Extra space above the first line. */
  before: number;
  /** First-line indent. */
  indent: number;
}

/**
 * Splits a word that does not fit in `room` points: after a hyphen of a compound ("cease-" +
 * "fire"), or hyphenated if it is a long lower-case word ("negoti-" + "ations"). Null to carry it.
 */
function splitWord(word: string, room: number, style: Style): [string, string] | null {
  const fits = (s: string) => textWidth(s, style.size, style.font) <= room;
  for (let i = word.lastIndexOf('-'); i > 1; i = word.lastIndexOf('-', i - 1)) {
    if (i < word.length - 2 && fits(word.slice(0, i + 1)))
      return [word.slice(0, i + 1), word.slice(i + 1)];
  }
  const core = /^[a-z]{8,}/.exec(word)?.[0];
  if (!core) return null;
  for (let cut = core.length - 3; cut >= 3; cut--) {
    if (fits(`${word.slice(0, cut)}-`)) return [`${word.slice(0, cut)}-`, word.slice(cut)];
  }
  return null;
}

/** Lines of at most `width` points (the first `indent` narrower), ragged right. */
function wrap(text: string, width: number, style: Style): string[] {
  const lines: string[] = [];
  let line = '';
  const room = (prefix: string) =>
    width - (lines.length === 0 ? style.indent : 0) - textWidth(prefix, style.size, style.font);
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (room(candidate) >= 0) {
      line = candidate;
      continue;
    }
    const prefix = line === '' ? '' : `${line} `;
    const split = splitWord(word, room(prefix), style);
    if (split) {
      lines.push(prefix + split[0]);
      line = split[1];
    } else {
      if (line !== '') lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface SamplePdfOptions extends Pick<PdfOptions, 'info' | 'lang' | 'encrypt'> {
  /** Exactly this many pages, repeating the article as needed; by default the article once. */
  pages?: number;
  columns?: 1 | 2;
}

const PAGE = { width: 612, height: 792, margin: 72, top: 728, bottom: 72, gutter: 18 };

/** The sample article as a PDF: headline, section headings, header and footer on every page. */
export function samplePdf(options: SamplePdfOptions = {}): Uint8Array {
  return writePdf(sampleLayout(options), {
    info: { Author: 'Jane Doe', CreationDate: 'D:20250324093000Z' },
    ...options,
  });
}

/** The pages of the sample PDF, with every line of text where it is drawn. */
export function sampleLayout(options: Pick<SamplePdfOptions, 'pages' | 'columns'> = {}): PdfPage[] {
  const columns = options.columns ?? 1;
  const textWidthAll = PAGE.width - 2 * PAGE.margin;
  const columnWidth = (textWidthAll - (columns - 1) * PAGE.gutter) / columns;
  const gapped = columns === 1; // one column: spaced paragraphs; two: indented ones
  const body: Style = {
    font: 'regular',
    size: 10,
    leading: 13,
    before: gapped ? 7 : 0,
    indent: gapped ? 0 : 12,
  };
  const subhead: Style = { font: 'bold', size: 12, leading: 15, before: 9, indent: 0 };
  const headline: Style = { font: 'bold', size: 18, leading: 22, before: 0, indent: 0 };
  const pages: PdfPage[] = [];
  let column = 0;
  let y = 0; // baseline of the last line placed
  let top = PAGE.top;
  const newPage = () => {
    pages.push({ texts: [] });
    column = 0;
    top = PAGE.top;
    y = top;
  };
  const full = () => options.pages !== undefined && pages.length > options.pages;
  const place = (text: string, style: Style, first: boolean) => {
    let baseline = y === top ? top - style.size : y - style.leading - (first ? style.before : 0);
    if (baseline < PAGE.bottom) {
      if (column + 1 < columns) column += 1;
      else newPage();
      y = top;
      baseline = top - style.size;
    }
    if (full()) return;
    const x = PAGE.margin + column * (columnWidth + PAGE.gutter) + (first ? style.indent : 0);
    pages.at(-1)!.texts.push({ x, y: baseline, size: style.size, font: style.font, text });
    y = baseline;
  };
  newPage();
  // The headline spans the page above the columns.
  for (const line of wrap(SAMPLE_TITLE, textWidthAll, headline)) place(line, headline, true);
  top = y - 12;
  y = top;
  do {
    for (const para of sampleParagraphs()) {
      const style = para.heading ? subhead : body;
      wrap(para.text, columnWidth, style).forEach((line, i) => place(line, style, i === 0));
    }
    if (options.pages !== undefined && !full()) {
      for (const line of wrap(SAMPLE_TITLE, columnWidth, headline)) place(line, headline, true);
    }
  } while (options.pages !== undefined && !full());
  if (full()) pages.pop();
  pages.forEach((page, i) => {
    page.texts.unshift({ x: PAGE.margin, y: 756, size: 9, font: 'regular', text: SAMPLE_HEADER });
    const footer = `Page ${i + 1}`;
    const x = (PAGE.width - textWidth(footer, 9, 'regular')) / 2;
    page.texts.push({ x, y: 40, size: 9, font: 'regular', text: footer });
  });
  return pages;
}

/** A page with a grey rectangle and no text at all, as a scan without OCR looks to a reader. */
export function imageOnlyPdf(): Uint8Array {
  return writePdf([{ texts: [], rects: [{ x: 72, y: 300, width: 468, height: 420 }] }]);
}

/** The sample, locked with a user password. */
export function encryptedPdf(userPassword = 'secret'): Uint8Array {
  return samplePdf({ encrypt: { userPassword, ownerPassword: 'owner' } });
}

/** The sample, cut off at `fraction` of its length like an interrupted download. */
export function truncatedPdf(fraction = 0.6): Uint8Array {
  const bytes = samplePdf();
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/**
 * A Japanese line in a font that is not embedded, encoded through the predefined UniJIS-UCS2-H
 * CMap: readable only with pdf.js's character maps at hand.
 */
export function cjkPdf(text = '東京で会談'): Uint8Array {
  const content = `BT /F1 14 Tf 72 700 Td <${Buffer.from(text, 'utf16le').swap16().toString('hex')}> Tj ET`;
  const font = 'KozMinPr6N-Regular';
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      `<< /Type /Font /Subtype /Type0 /BaseFont /${font} /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>`,
      `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${font} /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R >>`,
      `<< /Type /FontDescriptor /FontName /${font} /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>`,
    ],
    '/Root 1 0 R',
  );
}
