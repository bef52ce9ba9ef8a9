// Markdown import: block kinds, inline markup to plain text, front matter to metadata, the XSS
// corpus reduced to inert text, and the sample article read back to the .txt version's text.
import { readFileSync, readdirSync } from 'node:fs';
import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { canonicalizeText, findBlocks } from '../../shared/text/canonical';
import { finishArticle } from './article';
import { parseFile } from './index';
import { parseMarkdown, readFrontMatter, stripMarkup } from './markdown';
import {
  SAMPLE_MARKDOWN_METADATA,
  SAMPLE_TEXT_PATH,
  sampleMarkdown,
} from './test-support/sample-markdown';

const md = (text: string) => parseMarkdown(new TextEncoder().encode(text), { fileName: 'a.md' });
const kindsAndTexts = async (text: string) =>
  (await md(text)).blocks.map((b) => [b.kind, b.text.replace(/\s+/g, ' ').trim()]);

describe('parseMarkdown: blocks', () => {
  it('maps headings, paragraphs, quotes, list items and code; drops thematic breaks', async () => {
    const source = [
      '# ATX heading',
      '',
      'Setext heading',
      '--------------',
      '',
      'A paragraph with *emphasis*, **strong**, `code` and a [link](https://example.com "t").',
      '',
      '***',
      '',
      '> First quoted paragraph',
      '> over two lines.',
      '>',
      '> Second quoted paragraph.',
      '',
      '- one',
      '- two',
      '  - two point one',
      '    1. deep',
      '- three',
      '',
      'After the list.',
      '',
      '    indented code',
      '',
      '```js',
      'fenced(code);',
      '```',
    ].join('\n');
    expect(await kindsAndTexts(source)).toEqual([
      ['heading', 'ATX heading'],
      ['heading', 'Setext heading'],
      ['paragraph', 'A paragraph with emphasis, strong, code and a link.'],
      ['quote', 'First quoted paragraph over two lines.'],
      ['quote', 'Second quoted paragraph.'],
      ['list-item', 'one'],
      ['list-item', 'two'],
      ['list-item', 'two point one'],
      ['list-item', 'deep'],
      ['list-item', 'three'],
      ['paragraph', 'After the list.'],
      ['paragraph', 'indented code'],
      ['paragraph', 'fenced(code);'],
    ]);
  });

  it('joins soft and hard line breaks with a space', async () => {
    const blocks = await md('soft\nbreak, hard  \nbreak and\\\nbackslash');
    expect(blocks.blocks).toEqual([
      { kind: 'paragraph', text: 'soft break, hard break and backslash' },
    ]);
  });

  it('keeps a loose list item as one block and quotes inside lists as quotes', async () => {
    expect(await kindsAndTexts('- first para\n\n  second para\n\n  > quoted\n- next')).toEqual([
      ['list-item', 'first para second para'],
      ['quote', 'quoted'],
      ['list-item', 'next'],
    ]);
  });

  it('drops images (counted in a warning) and keeps link text, never URLs', async () => {
    const article = await md(
      'Before ![alt text](x.png) after [text](javascript:alert(1)).\n\n![two](y.png)',
    );
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Before  after text.' }]);
    expect(article.warnings).toEqual(['2 images skipped']);
  });

  it('reduces HTML blocks and inline HTML to their text, entities decoded', async () => {
    const source = [
      '<div class="x">',
      '<p>Fish &amp; chips &mdash; &#8220;fresh&#x201D;</p>',
      '<p>Second <b>bold</b> para</p>',
      '<script>alert(1)</script>',
      '</div>',
      '',
      'Inline <span style="color:red">red</span> text<script>alert(2)</script> and <!-- note --> more.',
      '',
      '<!-- a whole comment block -->',
      '',
      'AT&amp;T &lt;b&gt;not bold&lt;/b&gt; &copy; 2025',
    ].join('\n');
    expect(await kindsAndTexts(source)).toEqual([
      ['paragraph', 'Fish & chips — “fresh”'],
      ['paragraph', 'Second bold para'],
      ['paragraph', 'Inline red text and more.'],
      ['paragraph', 'AT&T not bold © 2025'],
    ]);
  });

  it('keeps markup-like text in code spans and code blocks as literal text', async () => {
    expect(await kindsAndTexts('Use `<b>` for bold.\n\n    <i>code</i>')).toEqual([
      ['paragraph', 'Use <b> for bold.'],
      ['paragraph', '<i>code</i>'],
    ]);
  });

  it('stripMarkup removes tags that reappear once inner tags are gone, and unclosed ones', () => {
    expect(stripMarkup('a <<b>script>alert(1)</script> b')).toBe('a alert(1) b');
    const nested = stripMarkup(`${'<'.repeat(5000)}b${'>b'.repeat(5000)} text`);
    expect(/<[a-zA-Z!/?]/.test(nested) || !nested.endsWith(' text')).toBe(false);
    expect(stripMarkup('x <img src=x onerror=alert(1)// rest')).toBe('x ');
    expect(stripMarkup('<a title=">" onclick="x">link</a>')).toBe('link');
    expect(stripMarkup('3 < 4 and 5 > 2, I <3 it')).toBe('3 < 4 and 5 > 2, I <3 it');
  });
});

describe('readFrontMatter', () => {
  it('reads the metadata keys and removes the block from the body', () => {
    const { metadata, body } = readFrontMatter(
      [
        '---',
        '# a comment',
        'title: "Talks: \\"Round Two\\""',
        'authors:',
        '  - Jane Doe',
        "  - 'John O''Brien'",
        'date: 2025-03-23T09:30:00Z',
        'canonical: https://example.com/a.html # the canonical URL',
        'lang: en-US',
        'publisher: The Sample Times',
        'tags: [a, "b, c"]',
        'summary: |',
        '  A block scalar, skipped.',
        '---',
        'Body.',
      ].join('\n'),
    );
    expect(metadata).toEqual({
      title: 'Talks: "Round Two"',
      authors: ['Jane Doe', "John O'Brien"],
      outlet: 'The Sample Times',
      published: '2025-03-23',
      url: 'https://example.com/a.html',
      language: 'en',
    });
    expect(body).toBe('Body.');
  });

  it.each([
    ['author: Jane Doe and John Smith', { authors: ['Jane Doe', 'John Smith'] }],
    ['author: [Jane Doe, John Smith]', { authors: ['Jane Doe', 'John Smith'] }],
    ['published: March 23, 2025', { published: '2025-03-23' }],
    ['date: not a date', { published: null }],
    ['url: javascript:alert(1)', { url: null }],
    ['source: Reuters', { outlet: 'Reuters' }],
    ['language: english', { language: null }],
    ['title: <b>Bold</b> title', { title: 'Bold title' }],
  ])('reads %j', (line, expected) => {
    expect(readFrontMatter(`---\n${line}\n---\n`).metadata).toMatchObject(expected);
  });

  it.each([
    ['no closing fence', '---\ntitle: x\n\nBody'],
    ['a line that is not YAML', '---\nJust a paragraph between rules\n---\nBody'],
    ['not at the very top', '\n---\ntitle: x\n---\nBody'],
  ])('leaves the source alone with %s', (_case, source) => {
    expect(readFrontMatter(source)).toEqual({
      metadata: expect.objectContaining({ title: null }),
      body: source,
    });
  });

  it('is read by parseMarkdown, and its title repeated as a heading is not kept twice', async () => {
    const bytes = new TextEncoder().encode(
      '---\ntitle: Talks Resume\n---\n\n# Talks Resume\n\nBody text.',
    );
    const article = finishArticle(await parseFile('talks.md', bytes), 'talks.md');
    expect(article.metadata.title).toBe('Talks Resume');
    expect(article.text).toBe('Body text.');
  });
});

const XSS_DIR = new URL('../../e2e/fixtures/xss-payloads/', import.meta.url);
const PAYLOADS: string[] = readdirSync(XSS_DIR)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, XSS_DIR), 'utf8')) as string[]);

/** Text that a browser would start to read as a tag, comment or declaration. */
const TAG_START = /<[a-zA-Z!/?]/;

/** Literal text of the code spans and code blocks CommonMark finds: the only place markup may stay. */
function codeLiterals(source: string): string[] {
  const out: string[] = [];
  const walker = new Parser().parse(source).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const { node } = step;
    if (step.entering && (node.type === 'code' || node.type === 'code_block') && node.literal) {
      out.push(node.literal.replace(/\s+/g, ' ').trim());
    }
  }
  return out.sort((a, b) => b.length - a.length);
}

describe('parseMarkdown: the XSS corpus', () => {
  it('holds the corpus, and the check below flags its raw payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThan(1900);
    // The assertion can fail: most payloads, taken as they are, contain markup.
    expect(PAYLOADS.filter((p) => TAG_START.test(p)).length).toBeGreaterThan(1500);
  });

  it('reduces every payload, as a paragraph and inline, to text without markup', async () => {
    const source = PAYLOADS.map((p, i) => `${p}\n\nPayload ${i} inline: ${p} (end ${i}).`).join(
      '\n\n',
    );
    const article = await md(source);
    const code = codeLiterals(source);
    const offenders = article.blocks.filter((block) => {
      // Markup may stay only as the literal text of a code span the payload's backticks made.
      let text = block.text.replace(/\s+/g, ' ');
      for (const literal of code) if (literal !== '') text = text.split(literal).join('');
      return TAG_START.test(text);
    });
    expect(offenders).toEqual([]);
    // The text around the payloads is still there: an unclosed tag removes the rest of its own
    // block only, and an unclosed <script> or <textarea> what a browser would hide too.
    const markers = new Set(
      article.blocks.flatMap((b) => b.text.match(/Payload \d+ inline/g) ?? []),
    );
    console.info(`XSS corpus: ${markers.size} of ${PAYLOADS.length} inline paragraphs kept`);
    expect(markers.size).toBeGreaterThan(PAYLOADS.length * 0.9);
  });
});

describe('parseMarkdown: the sample article', () => {
  it('imports sampleMarkdown() to the text of the .txt sample, with its front matter', async () => {
    const txt = canonicalizeText(readFileSync(SAMPLE_TEXT_PATH, 'utf8'));
    const article = finishArticle(
      await parseFile('riyadh-talks.md', sampleMarkdown()),
      'riyadh-talks.md',
    );
    expect(article.text).toBe(txt);
    expect(article.metadata).toEqual(SAMPLE_MARKDOWN_METADATA);
    expect(article.blocks.map((b) => b.kind)).toEqual(findBlocks(txt).map((b) => b.kind));
    expect(article.warnings).toEqual([]);
  });

  it('really is wrapped Markdown with inline markup', () => {
    const source = new TextDecoder().decode(sampleMarkdown());
    expect(source).toMatch(/^---\ntitle: "U\.S\. Holds/);
    expect(Math.max(...source.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(source).toMatch(/\*Saudi\s+Arabia\*/);
    expect(source).toMatch(/\[Black\s+Sea\]\(https:/);
    expect(source).toMatch(/\\\n/);
  });
});
