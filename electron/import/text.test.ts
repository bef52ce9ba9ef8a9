// Plain-text import: the sample article comes through unchanged, a headline, byline and date at
// the top are lifted off only when unmistakable, and encodings, binary data and size are handled.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalizeText, findBlocks } from '../../shared/text/canonical';
import { finishArticle } from './article';
import { decodeText } from './decode';
import { parseFile } from './index';
import { SAMPLE_TEXT_PATH } from './test-support/sample-markdown';
import { parsePublishedDate, parseText, splitAuthors } from './text';
import { ImportError, LIMITS } from './types';

const encode = (text: string) => new TextEncoder().encode(text);

async function importText(text: string | Uint8Array, fileName = 'story.txt') {
  const bytes = typeof text === 'string' ? encode(text) : text;
  return finishArticle(await parseFile(fileName, bytes), fileName);
}

const BODY = 'The United States is holding separate talks with Russia and Ukraine in Saudi Arabia.';
const MORE =
  'Russia and Ukraine both agreed this past week to halt strikes on energy infrastructure.';

describe('parseText: the sample article', () => {
  it('imports resources/sample/riyadh-ceasefire-talks.txt with its text unchanged', async () => {
    const txt = readFileSync(SAMPLE_TEXT_PATH, 'utf8');
    const article = await importText(readFileSync(SAMPLE_TEXT_PATH), 'riyadh-ceasefire-talks.txt');
    expect(article.text).toBe(canonicalizeText(txt));
    expect(article.metadata).toMatchObject({
      title: 'Riyadh ceasefire talks',
      authors: [],
      published: null,
    });
    expect(article.blocks).toEqual(findBlocks(canonicalizeText(txt)));
    expect(article.warnings).toEqual([]);
  });
});

describe('parseText: headline, byline and date at the top', () => {
  it('takes a headline line as the title instead of repeating it as the first paragraph', async () => {
    const article = await importText(`Talks Resume in Riyadh\n${BODY}\n${MORE}\n`);
    expect(article.metadata.title).toBe('Talks Resume in Riyadh');
    expect(article.text).toBe(`${BODY}\n\n${MORE}`);
  });

  it('accepts headlines longer than a section heading, and ending in ? or a quote', async () => {
    for (const headline of [
      'U.S. Holds Separate Talks With Russia and Ukraine in Riyadh',
      'Will the Partial Cease-Fire in the Black Sea Hold?',
      'Zelensky Calls Talks “Productive”',
    ]) {
      const article = await importText(`${headline}\n\n${BODY}\n\n${MORE}`);
      expect(article.metadata.title).toBe(headline);
      expect(article.text).toBe(`${BODY}\n\n${MORE}`);
    }
  });

  it('reads a byline and a date under the headline, stacked in one block or on their own', async () => {
    const stacked = `Talks Resume in Riyadh\nBy Jane Doe and John Smith\nSunday, March 23, 2025\n\n${BODY}\nIt continues.\n\n${MORE}`;
    const separate = `Talks Resume in Riyadh\n\nBy Jane Doe and John Smith\n\n2025-03-23\n\n${BODY} It continues.\n\n${MORE}`;
    for (const text of [stacked, separate]) {
      const article = await importText(text);
      expect(article.metadata).toMatchObject({
        title: 'Talks Resume in Riyadh',
        authors: ['Jane Doe', 'John Smith'],
        published: '2025-03-23',
      });
      expect(article.text).toBe(`${BODY} It continues.\n\n${MORE}`);
    }
  });

  it.each([
    ['By JANE DOE AND JOHN SMITH', ['Jane Doe', 'John Smith'], null],
    ['By Jane Doe, John Smith and Ann Lee', ['Jane Doe', 'John Smith', 'Ann Lee'], null],
    ['By Ursula von der Leyen', ['Ursula von der Leyen'], null],
    ['By Jane Doe | March 23, 2025', ['Jane Doe'], '2025-03-23'],
    ['By Jane Doe, March 23, 2025', ['Jane Doe'], '2025-03-23'],
    ['Published 23 March 2025, 5:30 p.m. GMT', [], '2025-03-23'],
  ])('reads the metadata line %j', async (line, authors, published) => {
    const article = await parseText(encode(`Talks Resume\n${line}\n${BODY}\n${MORE}`), {
      fileName: 'a.txt',
    });
    expect(article.metadata.authors).toEqual(authors);
    expect(article.metadata.published).toBe(published);
    expect(article.blocks.map((b) => b.text)).toEqual(['Talks Resume', BODY, MORE]);
  });

  it.each([
    ['a first line that ends a sentence', `The talks resumed.\n${BODY}\n${MORE}`],
    ['a long first paragraph', `${BODY} ${MORE}\n${MORE}`],
    ['a single short paragraph', 'Talks Resume in Riyadh'],
    ['short lines only', 'Apples\nOranges\nPears'],
    [
      'a headline followed by a heading-like line',
      'Talks Resume\nThe Russian delegation\nMore text.',
    ],
  ])('finds no headline in %s', async (_case, text) => {
    const parsed = await parseText(encode(text), { fileName: 'story.txt' });
    expect(parsed.blocks[0]?.kind).toBe('paragraph');
    const article = finishArticle(parsed, 'story.txt');
    expect(article.metadata.title).toBe('Story');
    expect(article.text).toBe(canonicalizeText(text));
  });

  it.each([
    ['By the way, the talks resumed'],
    ['By Jane Doe | Reuters'],
    ['By Jane'],
    ['Updated March 24, 2025'],
    ['March 2025'],
    ['03/04/2025'],
  ])('keeps %j in the body: not unmistakably metadata', async (line) => {
    const article = await importText(`Talks Resume in Riyadh\n${line}\n${BODY}\n${MORE}`);
    expect(article.metadata).toMatchObject({ authors: [], published: null });
    expect(article.text.split('\n\n')).toContain(line);
  });

  it('keeps headings below the top as headings, and dates and bylines there as text', async () => {
    const text = `${BODY}\nBy Jane Doe\nThe Russian delegation\n${MORE}\nMarch 23, 2025\n${MORE}`;
    const parsed = await parseText(encode(text), { fileName: 'story.txt' });
    expect(parsed.metadata).toMatchObject({ authors: [], published: null });
    expect(parsed.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });
});

describe('parsePublishedDate and splitAuthors', () => {
  it.each([
    ['March 23, 2025', '2025-03-23'],
    ['Mar. 23, 2025', '2025-03-23'],
    ['Sunday, March 23rd, 2025', '2025-03-23'],
    ['23 March 2025', '2025-03-23'],
    ['2025-03-23', '2025-03-23'],
    ['2025-03-23T10:00:00Z', '2025-03-23'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', null],
    ['February 30, 2025', null],
    ['03/04/2025', null],
    ['March 2025', null],
    ['March 23, 2025 at 5 ways', null],
  ])('%j → %j', (text, expected) => expect(parsePublishedDate(text)).toBe(expected));

  it('splits names on "and", "&" and ";", and on commas only between full names', () => {
    expect(splitAuthors('By Jane Doe & John Smith; Ann Lee')).toEqual([
      'Jane Doe',
      'John Smith',
      'Ann Lee',
    ]);
    expect(splitAuthors('Doe, Jane')).toEqual(['Doe, Jane']);
  });
});

describe('parseText: encodings, binary data and size', () => {
  it('reads a Windows-1252 file and says the encoding was guessed', async () => {
    const text = `Café Talks Resume\n“We addressed key points — energy,” he said of the café’s talks.\n${MORE}`;
    const parsed = await parseText(iconv.encode(text, 'windows-1252'), { fileName: 'a.txt' });
    expect(parsed.blocks.map((b) => b.text)).toEqual(text.split('\n'));
    expect(parsed.warnings).toEqual(['Read as Windows-1252 (guessed)']);
  });

  it('refuses a binary file renamed .txt', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(parseFile('photo.txt', png)).rejects.toMatchObject({
      code: 'unsupported',
      message: 'photo.txt is not a text file (it looks like binary data).',
    });
  });

  it('refuses text over the article limit', async () => {
    const bytes = encode('word '.repeat(LIMITS.textChars / 5 + 1));
    await expect(parseText(bytes, { fileName: 'big.txt' })).rejects.toSatisfy(
      (e) =>
        e instanceof ImportError &&
        e.code === 'too_large' &&
        e.message.startsWith('big.txt holds 5,000,005 characters'),
    );
  });

  it('decodes 20 MB of Windows-1252 in well under 5 s, and refuses it as too large', async () => {
    const line = iconv.encode(`${BODY} “Curly quotes,” em dashes — and café.\n`, 'windows-1252');
    const bytes = new Uint8Array(20 * 1024 * 1024);
    for (let at = 0; at < bytes.length; at += line.length)
      bytes.set(line.subarray(0, bytes.length - at), at);
    let started = performance.now();
    const decoded = decodeText(bytes, { fileName: 'big.txt' });
    const decodeMs = performance.now() - started;
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.text.slice(0, 120)).toBe(iconv.decode(line, 'windows-1252').slice(0, 120));
    started = performance.now();
    await expect(parseText(bytes, { fileName: 'big.txt' })).rejects.toMatchObject({
      code: 'too_large',
    });
    const parseMs = performance.now() - started;
    console.info(
      `20 MB Windows-1252: decodeText ${decodeMs.toFixed(0)} ms, parseText ${parseMs.toFixed(0)} ms`,
    );
    expect(decodeMs).toBeLessThan(5000);
    expect(parseMs).toBeLessThan(5000);
  });
});
