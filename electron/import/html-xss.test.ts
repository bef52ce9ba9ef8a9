// Hostile pages: every payload of e2e/fixtures/xss-payloads inside article paragraphs and
// attributes. The import must give plain text only (no tag that was not text in the page), run
// no script (canaries stay unset) and fetch nothing (a local server sees no request).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalizeText } from '../../shared/text/canonical';
import type { FinishedArticle } from './article';
import { blockTexts, fillerParagraphs, importPage, newsPage } from './test-support/sample-html';
import { ImportError } from './types';

const FIXTURES = new URL('../../e2e/fixtures/xss-payloads/', import.meta.url);
const PAYLOADS: string[] = [
  'dompurify-expect-payloads.json',
  'payloadbox-xss-payloads.json',
].flatMap((file) => JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as string[]);

/** Payloads of our own that would set a global flag if anything ran them. */
const CANARIES = [
  '<script>globalThis.__xssRan = 1</script>',
  '<img src=x onerror="globalThis.__xssRan = 1">',
  '<svg onload="globalThis.__xssRan = 1"></svg>',
  '<body onload="globalThis.__xssRan = 1">',
  '<details open ontoggle="globalThis.__xssRan = 1"><summary>s</summary></details>',
  '<iframe srcdoc="&lt;script&gt;parent.__xssRan = 1&lt;/script&gt;"></iframe>',
  '<a href="javascript:globalThis.__xssRan = 1">link</a>',
  '<object data="javascript:globalThis.__xssRan = 1"></object>',
];

/** Closes whatever a payload left open (a comment, a raw-text element, an attribute) before the next one. */
const RESET =
  '"\'>--></textarea></title></style></script></noscript></noembed></noframes></xmp></iframe></select></template></svg></math>';

const BATCH = 40;
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** How many "<" a reader could see as text: escaped ones, and bare ones that start no tag. */
function textualLessThans(markup: string): number {
  const escaped = markup.match(/&(?:lt;?|LT;?|#0*60;?|#[xX]0*3[cC];?)/g)?.length ?? 0;
  const bare = markup.match(/<(?![A-Za-z!/?])/g)?.length ?? 0;
  return escaped + bare;
}

const TAG_LIKE = /<[A-Za-z!/?]/g;

let server: http.Server;
let requests: string[] = [];
let origin = '';

/** Every way a page can ask for a resource, all pointing at the local tripwire server. */
function resourceMarkup(): string {
  const u = (name: string) => `${origin}/${name}`;
  return `<link rel="stylesheet" href="${u('style.css')}"><link rel="preload" as="image" href="${u('preload.png')}">
    <link rel="icon" href="${u('favicon.ico')}"><link rel="import" href="${u('import.html')}">
    <script src="${u('app.js')}"></script><meta http-equiv="refresh" content="0; url=${u('refresh')}">
    <style>@import url("${u('imported.css')}"); body { background: url("${u('bg.png')}"); }</style>`;
}

function bodyResources(): string {
  const u = (name: string) => `${origin}/${name}`;
  return `<p><img src="${u('img.png')}" srcset="${u('img2x.png')} 2x" alt="photo"> <img src="story_files/photo.jpg" alt="saved photo">
    <iframe src="${u('frame.html')}"></iframe><video src="${u('video.mp4')}" poster="${u('poster.png')}"></video>
    <audio src="${u('audio.mp3')}"></audio><object data="${u('object.swf')}"></object><embed src="${u('embed.swf')}">
    <input type="image" src="${u('input.png')}"><picture><source srcset="${u('source.webp')}"></picture>
    <span style="background-image: url('${u('inline.png')}')">Styled span with a background.</span></p>`;
}

async function importHostile(article: string): Promise<FinishedArticle | null> {
  const page = newsPage({
    head: `<title>Hostile page | Test</title>${resourceMarkup()}`,
    header: '<h1>Hostile page</h1>',
    article,
  });
  try {
    return await importPage(page);
  } catch (error) {
    // A page whose payloads swallow every paragraph may hold no text; that is a refusal, not a leak.
    if (error instanceof ImportError && error.code === 'no_text') return null;
    throw error;
  }
}

describe('hostile HTML', () => {
  const alerts = vi.fn();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const name of ['alert', 'prompt', 'confirm', 'print']) vi.stubGlobal(name, alerts);
  });

  afterAll(async () => {
    vi.unstubAllGlobals();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  afterEach(() => {
    requests = [];
  });

  it(`has ${PAYLOADS.length} payloads to try`, () => {
    expect(PAYLOADS.length).toBeGreaterThan(1900);
  });

  it(
    'gives only plain text for payloads in paragraphs and attributes, and runs and fetches nothing',
    { timeout: 120_000 },
    async () => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const all = [...CANARIES, ...PAYLOADS];
      let imported = 0;
      for (let start = 0; start < all.length; start += BATCH) {
        const batch = all.slice(start, start + BATCH);
        const raw = batch.map((p, i) => `<p>Payload ${start + i}: ${p}${RESET}</p>`).join('\n');
        const attrs = batch
          .map(
            (p, i) =>
              `<p><a href="${escapeHtml(p)}" title="${escapeHtml(p)}" data-x="${escapeHtml(p)}">Link ${start + i}</a> <img alt="${escapeHtml(p)}" src="${escapeHtml(p)}"></p>`,
          )
          .join('\n');
        const article = await importHostile(
          `${fillerParagraphs(4)}${bodyResources()}${raw}${attrs}${fillerParagraphs(4, 'End: ')}`,
        );
        if (!article) continue;
        imported++;
        const seen = blockTexts(article).reduce(
          (n, text) => n + (text.match(TAG_LIKE)?.length ?? 0),
          0,
        );
        expect(seen, `tag-like text in batch at ${start}`).toBeLessThanOrEqual(
          textualLessThans(batch.join('')),
        );
        for (const field of [
          article.metadata.title,
          ...article.metadata.authors,
          article.metadata.outlet ?? '',
        ]) {
          expect(field).not.toMatch(TAG_LIKE);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(imported).toBeGreaterThan(all.length / BATCH / 2);
      expect((globalThis as { __xssRan?: unknown }).__xssRan).toBeUndefined();
      expect(alerts).not.toHaveBeenCalled();
      expect(requests).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
      fetchSpy.mockRestore();
    },
  );

  it('keeps payloads written as text exactly as text', { timeout: 120_000 }, async () => {
    for (let start = 0; start < PAYLOADS.length; start += BATCH) {
      const batch = PAYLOADS.slice(start, start + BATCH);
      const paragraphs = batch
        .map((p, i) => `<p>Literal ${start + i}: ${escapeHtml(p)}</p>`)
        .join('\n');
      const article = await importHostile(
        `${fillerParagraphs(3)}${paragraphs}${fillerParagraphs(3, 'End: ')}`,
      );
      expect(article).not.toBeNull();
      const text = article!.text.replace(/\s+/g, ' ');
      batch.forEach((p, i) => {
        // Tab, line feed, form feed and carriage return are white space in HTML, shown as spaces.
        const expected = canonicalizeText(`Literal ${start + i}: ${p.replace(/[\t\n\f\r]/g, ' ')}`)
          .replace(/\s+/g, ' ')
          .trim();
        expect(text, `payload ${start + i}`).toContain(expected);
      });
    }
    expect(requests).toEqual([]);
  });
});
