// Test fixtures for web pages: the sample article (resources/sample/riyadh-ceasefire-talks.txt)
// as a realistic saved news page, and builders for the small pages the importer's tests make
// (a head, a header and an article with filler text long enough for Readability to take it).
import { readFileSync } from 'node:fs';
import { looksLikeHeading } from '../../../shared/text/canonical';
import type { FinishedArticle } from '../article';
import { finishArticle } from '../article';
import { parseFile } from '../index';

export const SAMPLE_HTML_TITLE = 'U.S. Holds Separate Talks With Russia and Ukraine in Riyadh';
const SAMPLE_FILE = new URL(
  '../../../resources/sample/riyadh-ceasefire-talks.txt',
  import.meta.url,
);

/** The paragraph the page sets as a block quote, as a reader would see a pulled quote. */
const QUOTE_START = '“I do not believe in a cease-fire.';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The article body: short unpunctuated lines are section headings, as in the .txt's own reading. */
function articleBody(): string {
  const lines = readFileSync(SAMPLE_FILE, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines
    .map((line, i) => {
      const text = escapeHtml(line);
      if (looksLikeHeading(line, i === lines.length - 1)) return `<h2>${text}</h2>`;
      if (line.startsWith(QUOTE_START)) return `<blockquote><p>${text}</p></blockquote>`;
      return `<p>${text}</p>`;
    })
    .join('\n      ');
}

/** The page as a string (see sampleHtml). */
export function sampleHtmlString(): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: SAMPLE_HTML_TITLE,
    author: [{ '@type': 'Person', name: 'Jane Doe' }],
    datePublished: '2025-03-23T18:00:00-04:00',
    publisher: { '@type': 'Organization', name: 'The Sample Times' },
    mainEntityOfPage: 'https://example.com/2025/03/23/riyadh-talks.html',
  };
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Talks in Riyadh | The Sample Times</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="The Sample Times">
  <meta property="og:title" content="Talks in Riyadh">
  <meta property="og:type" content="article">
  <meta property="og:url" content="https://example.com/2025/03/23/riyadh-talks.html">
  <link rel="canonical" href="https://example.com/2025/03/23/riyadh-talks.html">
  <link rel="stylesheet" href="riyadh-talks_files/site.css">
  <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
  <script src="riyadh-talks_files/analytics.js"></script>
  <style>body { font-family: Georgia, serif; } .byline { color: #555; }</style>
</head>
<body>
  <nav class="site-nav"><a href="/">The Sample Times</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav>
  <main>
    <header class="story-header">
      <h1 class="headline">${escapeHtml(SAMPLE_HTML_TITLE)}</h1>
      <p class="byline">By <a href="/by/jane-doe" rel="author">Jane Doe</a></p>
      <time datetime="2025-03-23T18:00:00-04:00">March 23, 2025</time>
    </header>
    <article>
      ${articleBody()}
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul>
        <li><a href="/2025/03/20/energy-truce.html">What a pause in energy strikes would mean</a></li>
        <li><a href="/2025/03/18/black-sea.html">The Black Sea, explained</a></li>
      </ul>
    </aside>
  </main>
  <footer><p>© 2025 The Sample Times. All rights reserved.</p></footer>
  <script>window.__sampleScriptRan = true; document.title = 'changed';</script>
</body>
</html>
`;
}

/** The sample article as the bytes of a saved .html page (UTF-8). */
export function sampleHtml(): Uint8Array {
  return new TextEncoder().encode(sampleHtmlString());
}

const SENTENCES = [
  'The council met on Tuesday evening to discuss the proposal for a new bridge over the river.',
  'Residents on both banks have argued for years about the cost, the route and the noise.',
  'Engineers told the meeting that the current crossing would need major repairs within a decade.',
  'Several members asked whether the money could be found without raising local taxes again.',
  'A vote is expected next month, after a final round of public consultation in the town hall.',
  'Shop owners near the old bridge said they feared a long period of works would drive customers away.',
];

/** `count` paragraphs of plausible article text, each different. */
export function fillerParagraphs(count: number, prefix = ''): string {
  return Array.from({ length: count }, (_, i) => {
    const a = SENTENCES[i % SENTENCES.length]!;
    const b = SENTENCES[(i + 2) % SENTENCES.length]!;
    return `<p>${prefix}${a} ${b} (${i + 1})</p>`;
  }).join('\n');
}

export interface PageParts {
  lang?: string | null;
  head?: string;
  /** Markup between the navigation and the article: headline, byline, dateline. */
  header?: string;
  /** The article's content; filler paragraphs when left out. */
  article?: string;
  /** Markup after the article: sidebars, teasers, footer. */
  after?: string;
}

/** A saved news page as a string. */
export function newsPage(parts: PageParts): string {
  const lang =
    parts.lang === undefined ? ' lang="en"' : parts.lang === null ? '' : ` lang="${parts.lang}"`;
  return `<!DOCTYPE html>
<html${lang}>
<head>
<meta charset="utf-8">
${parts.head ?? ''}
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main>
<div class="story-header">${parts.header ?? ''}</div>
<article class="story-body">
${parts.article ?? fillerParagraphs(8)}
</article>
${parts.after ?? ''}
</main>
<footer><p>Copyright 2024. All rights reserved.</p></footer>
</body>
</html>`;
}

/** Imports a page the way the app does (parseFile, then finishArticle). */
export async function importPage(
  page: string | Uint8Array,
  fileName = 'story.html',
): Promise<FinishedArticle> {
  const bytes = typeof page === 'string' ? new TextEncoder().encode(page) : page;
  return finishArticle(await parseFile(fileName, bytes), fileName);
}

/** The block texts of an imported article. */
export function blockTexts(article: FinishedArticle): string[] {
  return article.blocks.map((b) => article.text.slice(b.start, b.end));
}
