// The importers as the app runs them: bundled by esbuild into one CommonJS file, the way
// scripts/build-electron.mjs bundles Electron's main process. pdf.js in particular loads its
// worker and data differently once bundled; this catches an import that works under Node and
// tsx but would fail in the packaged app.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { finishArticle as FinishArticle } from './article';
import type { parseFile as ParseFile } from './index';
import { sampleDocx } from './test-support/sample-docx';
import { sampleHtml } from './test-support/sample-html';
import { sampleMarkdown } from './test-support/sample-markdown';
import { samplePdf } from './test-support/sample-pdf';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;
let bundled: { parseFile: typeof ParseFile; finishArticle: typeof FinishArticle };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'import-bundle-'));
  const entry = path.join(dir, 'entry.ts');
  const outfile = path.join(dir, 'import.cjs');
  await build({
    absWorkingDir: ROOT,
    stdin: {
      contents:
        "export { parseFile } from './electron/import/index';\n" +
        "export { finishArticle } from './electron/import/article';\n",
      resolveDir: ROOT,
      sourcefile: entry,
      loader: 'ts',
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    external: ['electron'],
    outfile,
    logLevel: 'silent',
  });
  bundled = createRequire(import.meta.url)(outfile) as typeof bundled;
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the bundled importers', () => {
  it.each([
    ['sample.pdf', () => samplePdf()],
    ['sample.html', () => sampleHtml()],
    ['sample.docx', () => sampleDocx()],
    ['sample.md', () => sampleMarkdown()],
  ] as const)('read %s as the unbundled ones do', async (name, make) => {
    const bytes = await make();
    const { finishArticle } = await import('./article');
    const { parseFile } = await import('./index');
    const expected = finishArticle(await parseFile(name, bytes), name);
    const actual = bundled.finishArticle(await bundled.parseFile(name, bytes), name);
    expect(actual.text.length).toBeGreaterThan(1000);
    expect(actual).toEqual(expected);
  });
});
