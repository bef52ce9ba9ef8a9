// The generated sample page imports as the article it was made from: the visible headline, the
// JSON-LD author and date, the og:site_name outlet, and exactly the .txt's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '../../../shared/text/canonical';
import { finishArticle } from '../article';
import { parseFile } from '../index';
import { SAMPLE_HTML_TITLE, sampleHtml } from './sample-html';

const TXT = new URL('../../../resources/sample/riyadh-ceasefire-talks.txt', import.meta.url);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('sampleHtml', () => {
  it('imports with its metadata and the text of the .txt', async () => {
    const article = finishArticle(
      await parseFile('riyadh-talks.html', sampleHtml()),
      'riyadh-talks.html',
    );
    expect(article.metadata).toEqual({
      title: SAMPLE_HTML_TITLE,
      authors: ['Jane Doe'],
      outlet: 'The Sample Times',
      published: '2025-03-23',
      url: 'https://example.com/2025/03/23/riyadh-talks.html',
      language: 'en',
    });
    expect(oneLine(article.text)).toBe(oneLine(canonicalizeText(readFileSync(TXT, 'utf8'))));
    expect(article.warnings).toEqual([]);
  });

  it('keeps section headings and the pulled quote as such', async () => {
    const article = finishArticle(
      await parseFile('riyadh-talks.html', sampleHtml()),
      'riyadh-talks.html',
    );
    const kinds = new Set(article.blocks.map((b) => b.kind));
    expect(kinds).toEqual(new Set(['paragraph', 'heading', 'quote']));
  });
});
