// A hostile article: 1,981 XSS payloads (DOMPurify's fixtures and payloadbox's list, vendored
// in e2e/fixtures with their licences) imported through the real file-import path. The reader
// must show them as text: nothing executes, no element is created from them, nothing loads.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, dropFiles, waitForArticle } from './driver';
import { finishArticle } from '../electron/import/article';
import { parseFile } from '../electron/import/index';

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'xss-payloads',
);
const payloads = [
  ...(JSON.parse(
    readFileSync(path.join(FIXTURES, 'dompurify-expect-payloads.json'), 'utf8'),
  ) as string[]),
  ...(JSON.parse(
    readFileSync(path.join(FIXTURES, 'payloadbox-xss-payloads.json'), 'utf8'),
  ) as string[]),
];

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('an article made of XSS payloads renders as inert text', async () => {
  expect(payloads.length).toBe(1981);
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Tripwires: any payload that runs calls one of these.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__pwned = [];
    for (const name of ['alert', 'prompt', 'confirm', 'print']) {
      w[name] = () => (w.__pwned as string[]).push(name);
    }
    document.addEventListener('securitypolicyviolation', (e) =>
      (w.__pwned as string[]).push(`csp:${e.violatedDirective}`),
    );
  });

  const dir = await mkdtemp(path.join(os.tmpdir(), 'hostile-'));
  const file = path.join(dir, '"><img src=x onerror=alert(1)>.txt');
  await writeFile(file, payloads.join('\n\n'), 'utf8');

  // Dropped on the window, as an analyst would bring in a file: the real import path.
  await dropFiles(page, [file]);
  await expect(page.getByRole('dialog', { name: 'Import articles' })).toBeHidden();
  const expected = finishArticle(
    await parseFile(path.basename(file), Buffer.from(payloads.join('\n\n'))),
    path.basename(file),
  );
  await waitForArticle(page, expected.metadata.title);
  const reader = article(page);
  // Every payload is a block of its own, shown verbatim as text.
  await expect(reader.locator('[data-block]')).toHaveCount(expected.blocks.length);
  await expect(reader).toContainText('<svg onload=alert(1)>');
  await expect(reader).toContainText('<img/src/onerror=prompt(8)>');

  // Give event-driven payloads (onfocus, onload, animations) a chance, and move over the text.
  await reader.hover();
  await page.mouse.wheel(0, 5000);
  await page.waitForTimeout(500);

  const verdict = await page.evaluate(() => {
    const root = document.querySelector('article.article')!;
    const tags = new Set([...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
    const handlers = [...root.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .map((a) => a.name)
        .filter((n) => n.startsWith('on') || n === 'href' || n === 'src' || n === 'style'),
    );
    return {
      tags: [...tags].sort(),
      handlers,
      pwned: (window as unknown as { __pwned: string[] }).__pwned,
      elementsOutsideApp: document.body.children.length,
    };
  });
  // Only the reader's own elements exist: no img, svg, script, iframe, a, style from the text.
  expect(verdict.tags.filter((t) => !['h1', 'h2', 'header', 'p', 'span'].includes(t))).toEqual([]);
  expect(verdict).toMatchObject({
    handlers: [],
    pwned: [],
    elementsOutsideApp: 1,
  });
  expect(dialogs).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('a web page carrying the payloads imports as text only: nothing runs, nothing loads', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__pwned = [];
    for (const name of ['alert', 'prompt', 'confirm', 'print']) {
      w[name] = () => (w.__pwned as string[]).push(name);
    }
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hostile-html-'));
  const file = path.join(dir, 'hostile-page.html');
  const paragraphs = payloads.map((p) => `<p>Payload: ${p}</p>`).join('\n');
  await writeFile(
    file,
    `<!doctype html><html lang="en"><head><title>Hostile page</title>` +
      `<script>window.__pwned.push('head script')</script></head>` +
      `<body><article><h1>Hostile page</h1>${paragraphs}</article></body></html>`,
  );
  await dropFiles(page, [file]);
  await waitForArticle(page, 'Hostile page');
  const reader = article(page);
  await reader.hover();
  await page.mouse.wheel(0, 5000);
  await page.waitForTimeout(500);
  const verdict = await page.evaluate(() => {
    const root = document.querySelector('article.article')!;
    return {
      handlers: [...root.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .map((a) => a.name)
          .filter((n) => n.startsWith('on') || n === 'href' || n === 'src' || n === 'style'),
      ),
      foreign: [...root.querySelectorAll('img, svg, script, iframe, a, style, object, embed, math')]
        .length,
      pwned: (window as unknown as { __pwned: string[] }).__pwned,
    };
  });
  expect(verdict).toEqual({ handlers: [], foreign: 0, pwned: [] });
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});
