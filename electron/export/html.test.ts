// @ts-expect-error jsdom ships no types and @types/jsdom is not a dependency
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import { writeHtml } from './html';
import {
  GENERATED_AT,
  WorkspaceBuilder,
  articlesWorkspace,
  claimsWorkspace,
  smallWorkspace,
} from './test-support';

const COLUMNS = [
  'quote',
  'speaker',
  'grade',
  'credibility',
  'claimStatus',
  'tags',
  'context',
  'note',
] as const;
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));

/** The little of the DOM the test reads, typed here since electron/ has no DOM library. */
interface Node {
  attributes: ArrayLike<{ name: string }>;
  textContent: string | null;
}
interface ParsedDocument {
  title: string;
  body: Node;
  querySelectorAll(selector: string): ArrayLike<Node>;
  querySelector(selector: string): Node | null;
}
/** Parses the file as a browser would (jsdom's HTML parser, scripts off). */
const parse = (html: string): ParsedDocument =>
  (new JSDOM(html) as { window: { document: ParsedDocument } }).window.document;

describe('writeHtml', () => {
  it('writes the small sheet exactly', async () => {
    const { data } = smallWorkspace();
    const sheet = buildQuoteSheet(
      data,
      { title: 'Riyadh talks', columns: [...COLUMNS] },
      GENERATED_AT,
    );
    expect(bodyOf(await writeHtml(sheet))).toBe(
      [
        '<body>',
        '<header>',
        '<h1>Riyadh talks</h1>',
        '<p class="summary">2 quotes · grouped by speaker · exported 2026-02-03 04:05 UTC</p>',
        '</header>',
        '<section>',
        '<h2>A Ukrainian official</h2>',
        '<article>',
        '<blockquote><p>A Ukrainian official, speaking on condition of anonymity, said the talks were &quot;<strong>likely</strong>&quot; to go on.</p></blockquote>',
        '<dl><div><dt>Speaker</dt><dd>A Ukrainian official</dd></div></dl>',
        '</article>',
        '</section>',
        '<section>',
        '<h2>Steve Witkoff</h2>',
        '<article>',
        '<blockquote><p>Witkoff told Fox News that the referendums &quot;<strong>justify these actions</strong>&quot;.</p></blockquote>',
        '<dl><div><dt>Speaker</dt><dd>Steve Witkoff</dd></div>' +
          '<div><dt>Speaker grade</dt><dd><span class="mark grade-C">C (Fairly reliable)</span></dd></div>' +
          '<div><dt>Credibility</dt><dd><span class="mark cred-4">4 (Doubtful)</span></dd></div>' +
          '<div><dt>Tags</dt><dd>Referendums</dd></div></dl>',
        '<p class="note">Contradicted by the UN.</p>',
        '<div class="claim">',
        '<p class="statement"><span class="stance">Claim:</span> justify these actions</p>',
        '<dl><div><dt>Verdict</dt><dd><span class="mark status-disputed">Disputed</span></dd></div></dl>',
        '</div>',
        '</article>',
        '</section>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  it('puts each claim under its quote with its verdict, credibility and evidence, and none where there is none', async () => {
    const sheet = buildQuoteSheet(
      claimsWorkspace().data,
      { title: 'Claims', columns: ['quote', 'speaker', 'claims', 'context'] },
      GENERATED_AT,
    );
    expect(bodyOf(await writeHtml(sheet))).toBe(
      [
        '<body>',
        '<header>',
        '<h1>Claims</h1>',
        '<p class="summary">2 quotes · grouped by speaker · exported 2026-02-03 04:05 UTC</p>',
        '</header>',
        '<section>',
        '<h2>A Ukrainian official</h2>',
        '<article>',
        '<blockquote><p>A Ukrainian official said the talks were &quot;<strong>likely</strong>&quot; to go on.</p></blockquote>',
        '<dl><div><dt>Speaker</dt><dd>A Ukrainian official</dd></div></dl>',
        '<div class="claim">',
        '<p class="statement"><span class="stance">Claim:</span> likely</p>',
        '<dl><div><dt>Verdict</dt><dd><span class="mark status-unverified">Unverified</span></dd></div></dl>',
        '</div>',
        '</article>',
        '</section>',
        '<section>',
        '<h2>Steve Witkoff</h2>',
        '<article>',
        '<blockquote><p>Mr. Witkoff told Fox News on Sunday that the votes were fair. “<strong>They justify these actions.</strong>”</p></blockquote>',
        '<dl><div><dt>Speaker</dt><dd>Steve Witkoff</dd></div></dl>',
        '<div class="claim">',
        '<p class="statement"><span class="stance">Claim:</span> The referendums justify the annexation</p>',
        '<dl><div><dt>Verdict</dt><dd><span class="mark status-false">False</span></dd></div>' +
          '<div><dt>Credibility</dt><dd><span class="mark cred-5">5 (Improbable)</span></dd></div></dl>',
        '<ul class="evidence">' +
          '<li><span class="stance">Refutes:</span> “a sham” (US holds talks in Riyadh) · <span class="evidence-note">Called so in its report.</span></li>' +
          '<li><span class="stance">Supports:</span> Kremlin readout (https://example.org/readout?a=1&amp;b=&lt;2&gt;)</li>' +
          '</ul>',
        '</div>',
        '</article>',
        '</section>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
    expect(parse(await writeHtml(sheet)).querySelectorAll('a, [href]')).toHaveLength(0);
  });

  it("shows each article's outlet, authors and date, and its URL as text, under its heading", async () => {
    const { data } = articlesWorkspace();
    const sheet = buildQuoteSheet(
      data,
      {
        title: 'Articles',
        groupBy: 'article',
        columns: ['quote', 'speaker', 'article', 'outlet', 'authors', 'date', 'url'],
      },
      GENERATED_AT,
    );
    expect(bodyOf(await writeHtml(sheet))).toBe(
      [
        '<body>',
        '<header>',
        '<h1>Articles</h1>',
        '<p class="summary">3 quotes · grouped by article · exported 2026-02-03 04:05 UTC</p>',
        '</header>',
        '<section>',
        '<h2>US holds talks in Riyadh</h2>',
        '<p class="byline">Reuters · Jane Doe; John Roe · 2025-03-18</p>',
        '<p class="url">https://www.reuters.com/world/us-talks-riyadh-2025-03-18/</p>',
        '<article>',
        '<blockquote><p><strong>constructive</strong></p></blockquote>',
        '<dl><div><dt>Speaker</dt><dd>Steve Witkoff</dd></div></dl>',
        '</article>',
        '</section>',
        '<section>',
        '<h2>Pasted note</h2>',
        '<article>',
        '<blockquote><p><strong>maybe</strong></p></blockquote>',
        '</article>',
        '</section>',
        '<section>',
        '<h2>Talks resume</h2>',
        '<p class="byline">Olena Kovalenko</p>',
        '<article>',
        '<blockquote><p><strong>no deal yet</strong></p></blockquote>',
        '<dl><div><dt>Speaker</dt><dd>A Ukrainian official</dd></div></dl>',
        '</article>',
        '</section>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  it('never makes a link of the URL, whatever it holds', async () => {
    const b = new WorkspaceBuilder();
    const url = 'javascript:alert(1)//"><a href="https://evil.example/">x</a>';
    const doc = b.document({ url, authors: ['<b>Jane</b>'], text: 'He said "yes".' });
    b.quote(doc, 'yes');
    for (const groupBy of ['article', 'none'] as const) {
      const html = await writeHtml(buildQuoteSheet(b.data, { groupBy }, GENERATED_AT));
      const document = parse(html);
      expect(document.querySelectorAll('a, b, [href]')).toHaveLength(0);
      expect(document.body.textContent).toContain(url);
      expect(document.body.textContent).toContain('<b>Jane</b>');
    }
  });

  it('is self-contained: no script, no external resource, a CSP that forbids loading any', async () => {
    const { data } = smallWorkspace();
    const html = await writeHtml(buildQuoteSheet(data, {}, GENERATED_AT));
    const head = html.slice(0, html.indexOf('<body>'));
    expect(head).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"`,
    );
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\shref=|url\(|@import/i);
    expect(head).toMatch(/@page\{[^}]*\}/);
    expect(head).toContain('break-inside:avoid');
  });

  it('escapes every string from the workspace: a browser parser finds only text', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '</style><script>alert(2)</script>',
      '"><img src=x onerror=alert(3)>',
      "'><svg onload=alert(4)>",
      '&lt;b&gt;entity&lt;/b&gt;',
    ];
    const b = new WorkspaceBuilder();
    const doc = b.document({
      title: hostile[0]!,
      outlet: hostile[1]!,
      text: `He said ${hostile[0]} and ${hostile[2]} today.`,
    });
    const q = b.quote(doc, hostile[0]!, { note: hostile[3]!, cue: hostile[4]! });
    b.attribute(q, b.source(hostile[2]!, 'person', hostile[1]!));
    const claim = b.claim(q, 'false', [b.tag(hostile[3]!)], hostile[2]);
    b.evidence(claim, 'refutes', { documentId: doc, exact: hostile[2]! }, hostile[4]);
    b.evidence(claim, 'supports', { title: hostile[1]!, url: hostile[3]! }, hostile[0]);
    const sheet = buildQuoteSheet(
      b.data,
      {
        title: hostile[1]!,
        columns: [
          'quote',
          'claims',
          'speaker',
          'speakerRole',
          'cue',
          'tags',
          'article',
          'outlet',
          'context',
          'note',
        ],
      },
      GENERATED_AT,
    );
    const html = await writeHtml(sheet);
    const document = parse(html);
    expect(document.querySelectorAll('script, img, svg, iframe, object, link')).toHaveLength(0);
    const attributes = Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes).map((a) => a.name),
    );
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(document.title).toBe(hostile[1]);
    const text = document.body.textContent ?? '';
    for (const payload of hostile) expect(text).toContain(payload);
    expect(document.querySelector('blockquote strong')?.textContent).toBe(hostile[0]);
  });
});
