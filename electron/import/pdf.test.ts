// The PDF importer end to end, on PDFs written by test-support/pdf-writer: the sample article in
// one and two columns comes back as the .txt's text, with pages, headings and title; hostile
// files fail with their codes.
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '../../shared/text/canonical';
import { finishArticle } from './article';
import { parseFile } from './index';
import {
  SAMPLE_HEADER,
  SAMPLE_TITLE,
  cjkPdf,
  encryptedPdf,
  imageOnlyPdf,
  samplePdf,
  sampleLayout,
  sampleText,
  truncatedPdf,
} from './test-support/sample-pdf';
import { writePdf } from './test-support/pdf-writer';
import type { ImportErrorCode } from './types';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const expected = squash(canonicalizeText(sampleText()));

async function importPdf(bytes: Uint8Array, name = 'sample.pdf') {
  const article = await parseFile(name, bytes);
  return { article, finished: finishArticle(article, name) };
}

async function failure(bytes: Uint8Array): Promise<{ code: ImportErrorCode; message: string }> {
  try {
    await parseFile('hostile.pdf', bytes);
  } catch (error) {
    return error as { code: ImportErrorCode; message: string };
  }
  throw new Error('expected the import to fail');
}

describe('the sample article as a one-column PDF', () => {
  it('comes back as the text of the .txt, titled from its headline', async () => {
    const { article, finished } = await importPdf(samplePdf());
    expect(squash(finished.text)).toBe(expected);
    expect(finished.metadata.title).toBe(SAMPLE_TITLE);
    expect(article.metadata.title).toBeNull(); // no Info /Title: the heading gave it
    expect(article.metadata.authors).toEqual(['Jane Doe']);
    // CreationDate is set in the fixture but is not a publication date.
    expect(article.metadata.published).toBeNull();
  });

  it('rebuilds the paragraphs, merging two only where one ends exactly at a page bottom', async () => {
    // In a layout that separates paragraphs by space alone, a paragraph ending on a page's last
    // line and one starting the next page look like one paragraph running on; nothing else may.
    const paragraphs = canonicalizeText(sampleText()).split('\n\n');
    const { finished } = await importPdf(samplePdf());
    const blocks = finished.blocks.map((b) => ({
      text: finished.text.slice(b.start, b.end),
      page: b.page!,
    }));
    let next = 0;
    blocks.forEach((block, i) => {
      let joined = paragraphs[next++]!;
      const startPage = block.page;
      while (joined !== block.text && next < paragraphs.length) joined += ` ${paragraphs[next++]!}`;
      expect(joined).toBe(block.text);
      if (joined !== paragraphs[next - 1])
        expect(blocks[i + 1]?.page ?? Infinity).toBeGreaterThan(startPage);
    });
    expect(next).toBe(paragraphs.length);
    expect(blocks.length).toBeGreaterThanOrEqual(paragraphs.length - 1);
  });

  it('keeps the page each block starts on, later blocks on later pages', async () => {
    const { article } = await importPdf(samplePdf());
    const pages = article.blocks.map((b) => b.page);
    expect(pages.every((p) => typeof p === 'number')).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a! - b!));
    expect(pages[0]).toBe(1);
    expect(pages.at(-1)).toBeGreaterThanOrEqual(3);
    const last = article.blocks.at(-1)!;
    expect(last.text).toMatch(/^Maria Varenikova/);
  });

  it('drops the running header and the page numbers', async () => {
    const { article } = await importPdf(samplePdf());
    for (const block of article.blocks) {
      expect(block.text).not.toContain('The Sample Times');
      expect(block.text).not.toMatch(/\bPage \d+\b/);
    }
    expect(SAMPLE_HEADER).toContain('The Sample Times');
  });

  it('rejoins words hyphenated at a line end and keeps compounds broken at their hyphen', async () => {
    // The fixture really does break words both ways (a check on the fixture itself).
    const lines = sampleLayout().flatMap((page) => page.texts.map((t) => t.text));
    expect(lines.some((l) => /\bnegoti-$/.test(l))).toBe(true);
    expect(lines.some((l) => /\bcease-$/.test(l))).toBe(true);
    const { finished } = await importPdf(samplePdf());
    expect(finished.text).toContain('personally selected negotiators');
    expect(finished.text).toContain('included in the cease-fire agreement');
    expect(finished.text).not.toMatch(/\w-\s\w/);
  });

  it('marks the headline and section headings as headings', async () => {
    const { article, finished } = await importPdf(samplePdf());
    const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      SAMPLE_TITLE,
      'The Russian delegation',
      'The Ukrainian delegation',
      'Moscow’s position',
      'Kyiv’s position',
      'What’s next?',
    ]);
    // finishArticle took the headline as the title and out of the body.
    expect(finished.text.startsWith('The United States is holding')).toBe(true);
  });
});

describe('other layouts', () => {
  it('reads a two-column PDF column by column, in order, paragraph for paragraph', async () => {
    const { article, finished } = await importPdf(samplePdf({ columns: 2 }));
    // Indented paragraphs leave no doubt where each begins, even across columns and pages.
    expect(finished.text).toBe(canonicalizeText(sampleText()));
    expect(article.blocks.filter((b) => b.page === 2).length).toBeGreaterThan(0);
  });

  it('repeats the article to fill exactly the pages asked for', async () => {
    const { article } = await importPdf(samplePdf({ pages: 12 }));
    expect(Math.max(...article.blocks.map((b) => b.page ?? 0))).toBe(12);
    expect(article.blocks.filter((b) => b.text === SAMPLE_TITLE).length).toBeGreaterThan(3);
  });

  it('takes title, authors and language from the Info dictionary and catalog', async () => {
    const bytes = samplePdf({
      info: { Title: 'Talks in Riyadh', Author: 'Doe, Jane; John Roe and Administrator' },
      lang: 'en-US',
    });
    const { article, finished } = await importPdf(bytes);
    expect(article.metadata).toMatchObject({
      title: 'Talks in Riyadh',
      authors: ['Jane Doe', 'John Roe'],
      language: 'en',
      published: null,
    });
    // The headline differs from the declared title, so it stays as the first block.
    expect(finished.text.startsWith(SAMPLE_TITLE)).toBe(true);
  });

  it('drops the headline from the body when it repeats the declared title', async () => {
    const { article, finished } = await importPdf(samplePdf({ info: { Title: SAMPLE_TITLE } }));
    expect(article.metadata.title).toBe(SAMPLE_TITLE);
    expect(squash(finished.text)).toBe(expected);
  });

  it('reads CJK text in a font that is not embedded, through pdf.js character maps', async () => {
    const { article } = await importPdf(cjkPdf('東京で会談'));
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: '東京で会談', page: 1 }]);
  });

  it('opens a PDF encrypted with an empty user password (restrictions only)', async () => {
    const { finished } = await importPdf(encryptedPdf(''));
    expect(squash(finished.text)).toBe(expected);
  });
});

describe('hostile and broken PDFs', () => {
  it('refuses a password-protected PDF', async () => {
    const error = await failure(encryptedPdf('secret'));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/protected by a password/);
  });

  it('refuses a PDF without a text layer', async () => {
    const error = await failure(imageOnlyPdf());
    expect(error.code).toBe('no_text');
    expect(error.message).toMatch(/no text layer.*OCR is not supported/);
  });

  it('refuses a truncated PDF', async () => {
    for (const fraction of [0.2, 0.6, 0.97]) {
      expect((await failure(truncatedPdf(fraction))).code).toBe('corrupt');
    }
  });

  it('refuses garbage that starts like a PDF, without a pdf.js message', async () => {
    const junk = new TextEncoder().encode(`%PDF-1.7\n${'\u0001garbage '.repeat(200)}\n%%EOF\n`);
    const error = await failure(junk);
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/^hostile\.pdf /);
  });

  it('says which pages had no text when only some do', async () => {
    const bytes = writePdf([
      { texts: [{ x: 72, y: 700, size: 10, font: 'regular', text: 'Some text on page one.' }] },
      { texts: [], rects: [{ x: 72, y: 72, width: 400, height: 600 }] },
    ]);
    const { article } = await importPdf(bytes);
    expect(article.warnings).toEqual([
      '1 of 2 pages have no text layer (scanned pages are not read).',
    ]);
  });
});

describe('speed', () => {
  it('imports a 100-page PDF in a few seconds', async () => {
    const bytes = samplePdf({ pages: 100 });
    const started = performance.now();
    const { article } = await importPdf(bytes, 'hundred.pdf');
    const ms = performance.now() - started;
    expect(Math.max(...article.blocks.map((b) => b.page ?? 0))).toBe(100);
    expect(ms).toBeLessThan(10_000);
  });
});
