// The window's start-up script builds no zod schema (README, "Why a large workspace opens at
// once"): evaluating zod and the schemas was the largest part of starting the script. They load
// with the export dialog, on first use. Read from the built files, so what is checked is what
// the app loads; content-security.spec opens that dialog under the CSP.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');
// Every zod schema carries its internals under this property name, which minifying keeps.
const ZOD = '._zod';

test('the start-up script holds no zod; the export dialog brings it', () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*\ssrc="\.\/([^"]+\.js)"/.exec(html)?.[1];
  expect(entry, 'index.html loads one module script').toBeTruthy();
  // Scripts preloaded with it count as start-up too.
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)];
  for (const file of [entry!, ...preloaded.map((m) => m[1]!)]) {
    const text = readFileSync(path.join(DIST, file), 'utf8');
    expect(text.includes(ZOD), `${file} is loaded at start-up and holds zod`).toBe(false);
  }
  const chunks = readdirSync(path.join(DIST, 'assets')).filter((f) =>
    /^ExportDialog-.*\.js$/.test(f),
  );
  expect(chunks).toHaveLength(1);
  expect(readFileSync(path.join(DIST, 'assets', chunks[0]!), 'utf8')).toContain(ZOD);
});
