// One import benchmark case in a process of its own, so its peak memory is its own: reads the
// input bench/import-inputs.ts wrote into DIR and prints {"ms", "maxRssMB", "note"}.
// Usage: tsx bench/import-child.ts CASE DIR
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { finishArticle } from '../electron/import/article';
import { parseFile } from '../electron/import/index';
import { ImportError } from '../electron/import/types';
import { createWorkbench } from '../electron/service/workbench';

const RESOURCES = path.resolve(import.meta.dirname, '..', 'resources');

interface Timed {
  ms: number;
  note: string;
}

/** Reads and imports one file as the service would: time from the read to the finished text. */
async function timeFile(file: string): Promise<Timed> {
  const started = performance.now();
  try {
    const name = path.basename(file);
    const article = finishArticle(await parseFile(name, await readFile(file)), name);
    return {
      ms: performance.now() - started,
      note: `${article.blocks.length} blocks, ${article.text.length.toLocaleString('en')} characters`,
    };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { ms: performance.now() - started, note: `refused (${error.code}): ${error.message}` };
  }
}

/** The whole batch through the service, by path, as a drop of the folder's files would. */
async function timeBatch(dir: string): Promise<Timed> {
  const folder = path.join(dir, 'batch');
  const paths = (await readdir(folder)).sort().map((name) => path.join(folder, name));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-ws-'));
  try {
    const wb = await createWorkbench({ dataDir, resourcesDir: RESOURCES });
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
      note: `${paths.length} files: ${report.imported.length} imported, ${report.duplicates.length} duplicates, ${report.failed.length} failed`,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const [name = '', dir = ''] = process.argv.slice(2);
const cases: Record<string, () => Promise<Timed>> = {
  'pdf-100-pages': () => timeFile(path.join(dir, 'hundred.pdf')),
  'html-5mb': () => timeFile(path.join(dir, 'big.html')),
  'batch-50-files': () => timeBatch(dir),
  'text-50mb': () => timeFile(path.join(dir, 'huge.txt')),
  'html-50mb': () => timeFile(path.join(dir, 'huge.html')),
};
const run = cases[name];
if (!run || dir === '') {
  console.error(`usage: import-child.ts CASE DIR; CASE one of ${Object.keys(cases).join(', ')}`);
  process.exit(2);
}
const { ms, note } = await run();
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, maxRssMB, note }));
