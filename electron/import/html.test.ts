// The web-page importer end to end on generated pages: the block model (headings, paragraphs,
// quotes, list items), nothing but text in blocks, character sets, size limits and pasted HTML.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { blocksFromElement } from './html-blocks';
import { MAX_ELEMENTS, parseDocument } from './html-dom';
import { parseHtml, parseHtmlString } from './html';
import { blockTexts, fillerParagraphs, importPage, newsPage } from './test-support/sample-html';
import { ImportError } from './types';

/** The scorer's markers of markup or code left in text (../shared/data/news-pages/score.py). */
const LEAKS = [
  /<\/?[A-Za-z][A-Za-z0-9:-]*(\s+[A-Za-z_:][^<>]*)?\s*\/?>/,
  /<!--|-->/,
  /&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,30});/,
  /<!\[CDATA\[|\]\]>/,
  /\bfunction\s*[A-Za-z_$]?[\w$]*\s*\([^)]*\)\s*\{/,
  /\b(var|let|const)\s+[A-Za-z_$][\w$]*\s*=/,
  /\b(window|document|console|navigator)\.[A-Za-z_$][\w$]*/,
  /[#.]?[A-Za-z][\w-]*\s*\{\s*[a-z-]+\s*:\s*[^{};]+;/,
  /\{\s*"[@\w$-]+"\s*:/,
];

function blocksOf(body: string) {
  const doc = parseDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, 'x.html');
  return blocksFromElement(doc.body!);
}

describe('blocks', () => {
  it('reads headings, paragraphs, quotes and list items', () => {
    expect(
      blocksOf(`<h2>What happens next</h2><p>First &amp; <b>bold</b> paragraph.</p>
        <blockquote><p>One quoted paragraph.</p><p>Another one.</p></blockquote>
        <ul><li>First item</li><li>Second <em>item</em><ol><li>Nested item</li></ol></li></ul>
        <figure><img src="x.jpg" alt="ignored"><figcaption>A caption. Photo: Jane Doe</figcaption></figure>`),
    ).toEqual([
      { kind: 'heading', text: 'What happens next' },
      { kind: 'paragraph', text: 'First & bold paragraph.' },
      { kind: 'quote', text: 'One quoted paragraph.' },
      { kind: 'quote', text: 'Another one.' },
      { kind: 'list-item', text: 'First item' },
      { kind: 'list-item', text: 'Second item' },
      { kind: 'list-item', text: 'Nested item' },
      { kind: 'paragraph', text: 'A caption. Photo: Jane Doe' },
    ]);
  });

  it('leaves out scripts, styles, templates, noscript, comments, CDATA and hidden elements', () => {
    const blocks =
      blocksOf(`<p>Visible<script>var x = 1; document.write("<b>no</b>")</script><style>p { color: red; }</style>
      <template><p>template text</p></template><noscript><p>noscript text</p></noscript><!-- a comment -->
      <![CDATA[ cdata text ]]> text</p><p hidden>hidden text</p><p style="display: none">styled away</p>
      <textarea>typed <b>text</b></textarea><select><option>choice</option></select>`);
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Visible text' }]);
  });

  it('splits on two line breaks, joins one, and reads a table row as a line', () => {
    expect(
      blocksOf(
        '<div>Line one<br>same paragraph<br><br>Next paragraph</div><table><tr><td>Cell A</td><td>Cell B</td></tr></table>',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Line one same paragraph' },
      { kind: 'paragraph', text: 'Next paragraph' },
      { kind: 'paragraph', text: 'Cell A | Cell B' },
    ]);
  });

  it('keeps markup written as text as text, and never makes markup of it', () => {
    expect(blocksOf('<p>Use &lt;script&gt; and &amp;amp; in &#x3C;b&#62; tags</p>')).toEqual([
      { kind: 'paragraph', text: 'Use <script> and &amp; in <b> tags' },
    ]);
  });
});

describe('parseHtml', () => {
  it('imports a whole page with no markup, script, CSS or JSON in any block', async () => {
    const page = newsPage({
      head: `<title>Bridge vote delayed | Courier</title><style>.story { margin: 0; }</style>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge vote delayed"}</script>
        <script>var tracking = function () { window.dataLayer = []; };</script>`,
      header: '<h1>Bridge vote delayed</h1>',
      article: `<h2>Background</h2>${fillerParagraphs(6)}<ul><li>One point to note here, with some detail.</li><li>Another point.</li></ul>
        <blockquote>“We will decide in May,” the mayor said.</blockquote>${fillerParagraphs(3, 'More: ')}`,
    });
    const article = await importPage(page);
    expect(article.metadata.title).toBe('Bridge vote delayed');
    const texts = blockTexts(article);
    for (const text of texts) for (const leak of LEAKS) expect(text).not.toMatch(leak);
    expect(article.blocks.map((b) => b.kind)).toEqual(
      expect.arrayContaining(['heading', 'paragraph', 'list-item', 'quote']),
    );
    expect(texts).toContain('“We will decide in May,” the mayor said.');
  });

  it('reads a windows-1252 page declared in http-equiv, and a UTF-8 page with a BOM and no declaration', async () => {
    const text = 'Café owners on the “old” bridge – naïve façade';
    const legacy = newsPage({
      head: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
      article: `<p>${text}</p>${fillerParagraphs(6)}`,
    }).replace('<meta charset="utf-8">', '');
    expect(blockTexts(await importPage(iconv.encode(legacy, 'windows-1252')))).toContain(text);
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(
        newsPage({ article: `<p>${text}</p>${fillerParagraphs(6)}` }).replace(
          '<meta charset="utf-8">',
          '',
        ),
      ),
    ]);
    expect(blockTexts(await importPage(bom))).toContain(text);
  });

  it('imports a short page Readability gives up on, with all of its text', async () => {
    const article = await importPage('<html><body><p>Only one short line.</p></body></html>');
    expect(article.text).toBe('Only one short line.');
  });

  it('refuses an empty page', async () => {
    await expect(
      importPage('<html><body><script>x()</script></body></html>'),
    ).rejects.toMatchObject({ code: 'no_text' });
  });

  it('refuses a page over 20 MB and one with an absurd number of elements', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20);
    await expect(parseHtml(big, { fileName: 'big.html' })).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/20 MB/),
    });
    const many = new TextEncoder().encode(
      `<html><body>${'<b>x</b>'.repeat(MAX_ELEMENTS + 1)}</body></html>`,
    );
    const error = await parseHtml(many, { fileName: 'many.html' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'too_large', message: expect.stringMatching(/100,000/) });
  });
});

describe('parseHtmlString (pasted HTML)', () => {
  it('keeps every block of a clipboard fragment, without Readability trimming it', async () => {
    const article = await parseHtmlString(
      "<meta charset='utf-8'><h2>Key points</h2><ul><li>One</li><li>Two</li></ul><p>Short note.</p>",
      { fileName: 'Pasted text' },
    );
    expect(article.blocks).toEqual([
      { kind: 'heading', text: 'Key points' },
      { kind: 'list-item', text: 'One' },
      { kind: 'list-item', text: 'Two' },
      { kind: 'paragraph', text: 'Short note.' },
    ]);
  });

  it('takes only the selection between StartFragment and EndFragment', async () => {
    const html =
      '<html><body><p>Before</p><!--StartFragment--><p>Chosen text.</p><!--EndFragment--><p>After</p></body></html>';
    const article = await parseHtmlString(html, { fileName: 'Pasted text' });
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Chosen text.' }]);
  });

  it('reads a whole pasted page like a file, metadata included', async () => {
    const article = await parseHtmlString(
      newsPage({
        head: '<meta name="author" content="Jane Doe">',
        header: '<h1>Bridge vote delayed</h1>',
      }),
      {
        fileName: 'Pasted text',
      },
    );
    expect(article.metadata).toMatchObject({
      title: 'Bridge vote delayed',
      authors: ['Jane Doe'],
      language: 'en',
    });
  });
});
