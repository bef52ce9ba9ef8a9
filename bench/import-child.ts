// One import benchmark case in a process of its own, so its peak memory is its own: prints
// {"ms": …, "maxRssMB": …, "note": …} for the case named on the command line.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { finishArticle } from '../electron/import/article';
import { parseFile } from '../electron/import/index';
import { ImportError } from '../electron/import/types';
import { createWorkbench } from '../electron/service/workbench';
import { samplePdf } from '../electron/import/test-support/sample-pdf';
import { sampleDocx } from '../electron/import/test-support/sample-docx';
import { sampleHtml } from '../electron/import/test-support/sample-html';
import { sampleMarkdown } from '../electron/import/test-support/sample-markdown';

const RESOURCES = path.resolve(import.meta.dirname, '..', 'resources');

/** A saved news page of about `bytes`: the sample's paragraphs, with page furniture around them. */
async function bigPage(bytes: number): Promise<Uint8Array> {
  const page = new TextDecoder().decode(await sampleHtml());
  const body = /<article[\s\S]*<\/article>/.exec(page)?.[0] ?? '';
  const furniture =
    '<aside><ul>' +
    '<li><a href="/x">Related story about the talks</a></li>'.repeat(40) +
    '</ul></aside>';
  const copies = Math.ceil(bytes / (body.length + furniture.length));
  const inner = Array.from(
    { length: copies },
    (_, i) => body.replace('<article', `<article data-copy="${i}"`) + furniture,
  ).join('\n');
  return new TextEncoder().encode(
    page.replace(/<article[\s\S]*<\/article>/, `<main>${inner}</main>`),
  );
}

async function timeParse(name: string, bytes: Uint8Array): Promise<{ ms: number; note: string }> {
  const started = performance.now();
  try {
    const article = finishArticle(await parseFile(name, bytes), name);
    return {
      ms: performance.now() - started,
      note: `${article.blocks.length} blocks, ${article.text.length.toLocaleString('en')} characters`,
    };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { ms: performance.now() - started, note: `refused (${error.code}): ${error.message}` };
  }
}

async function batch(count: number): Promise<{ ms: number; note: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-'));
  try {
    const makers: [string, (i: number) => Promise<Uint8Array>][] = [
      [
        'html',
        async (i) =>
          new TextEncoder().encode(
            new TextDecoder()
              .decode(await sampleHtml())
              .replace('<article>', `<article><p>Copy ${i}.</p>`),
          ),
      ],
      ['pdf', async (i) => samplePdf({ pages: 1 + (i % 3) })],
      ['docx', async () => sampleDocx()],
      [
        'md',
        async (i) =>
          new TextEncoder().encode(`${new TextDecoder().decode(sampleMarkdown())}\n\nCopy ${i}.\n`),
      ],
      [
        'txt',
        async (i) =>
          new TextEncoder().encode(`Copy ${i}.\n\n${'The talks went on. '.repeat(200 + i)}`),
      ],
    ];
    const paths: string[] = [];
    for (let i = 0; i < count; i++) {
      const [ext, make] = makers[i % makers.length]!;
      const file = path.join(dir, `article-${i}.${ext}`);
      await writeFile(file, await make(i));
      paths.push(file);
    }
    const wb = await createWorkbench({ dataDir: path.join(dir, 'ws'), resourcesDir: RESOURCES });
    const started = performance.now();
    const result = await wb.dispatch('documents.import', {
      jobId: 'bench',
      source: { kind: 'paths', paths },
    });
    const ms = performance.now() - started;
    await wb.close();
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value as {
      imported: unknown[];
      duplicates: unknown[];
      failed: unknown[];
    };
    return {
      ms,
      note: `${report.imported.length} imported, ${report.duplicates.length} duplicates, ${report.failed.length} failed`,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const cases: Record<string, () => Promise<{ ms: number; note: string }>> = {
  'pdf-100-pages': async () => timeParse('hundred.pdf', samplePdf({ pages: 100 })),
  'html-5mb': async () => timeParse('big.html', await bigPage(5 * 1024 * 1024)),
  'batch-50-files': async () => batch(50),
  'text-50mb': async () =>
    timeParse(
      'huge.txt',
      new TextEncoder().encode('The talks went on late into the night. '.repeat(1_300_000)),
    ),
  'html-50mb': async () => timeParse('huge.html', await bigPage(50 * 1024 * 1024)),
};

const name = process.argv[2] ?? '';
const run = cases[name];
if (!run) {
  console.error(`unknown case ${name}; one of ${Object.keys(cases).join(', ')}`);
  process.exit(2);
}
const { ms, note } = await run();
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, maxRssMB, note }));
