// `npm run eval`: scores the importer on the data sets kept outside the repository (licensed page
// texts never enter it). Each data set has one function below that runs the command-line import
// the way its README says, scores the result with the set's own scorer and prints a summary.
// Exit 0 when every data set holds its bar, 1 when one does not, 2 when a data set is missing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT_TIMEOUT_MS = 60_000;
const PARALLEL = Math.max(1, Math.min(2, os.cpus().length));

interface RunResult {
  stdout: string;
  stderr: string;
  /** The exit status; 124 for a time-out, as timeout(1) reports it. */
  code: number;
}

/** Runs a command in its own process group, so a time-out can stop npm and everything it started. */
function run(command: string, args: readonly string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    const finish = (code: number): void => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: timedOut ? 124 : code,
      });
    };
    child.on('error', (error) => {
      err.push(Buffer.from(String(error)));
      finish(127);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

/** Runs `work` over `items`, `limit` at a time, keeping their order in the result. */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads "title 13/18, authors 11/18, ..." out of one of the scorer's summary lines. */
function counts(line: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of (line ?? '').matchAll(/\b(title|authors|outlet|date|lang)\s+(\d+\/\d+)/g))
    found.set(m[1]!, m[2]!);
  return found;
}

function printTable(scorerOutput: string): void {
  const lines = scorerOutput.split('\n');
  const ours = lines.find((l) => l.startsWith('import:'));
  const anchor = lines.find((l) => l.startsWith('anchor'));
  const mine = counts(ours);
  const theirs = counts(anchor);
  const text = /text ≥[\d.]+ on (\d+\/\d+) \(median ([\d.]+)\)/.exec(ours ?? '');
  const rows: Array<[string, string, string]> = [
    ['field', 'ours', 'Readability'],
    ...(['title', 'authors', 'outlet', 'date', 'lang'] as const).map(
      (f): [string, string, string] => [f, mine.get(f) ?? '?', theirs.get(f) ?? '?'],
    ),
  ];
  if (text) rows.push(['text ≥0.95', `${text[1]} (median ${text[2]})`, '(reference)']);
  console.log('');
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(12)} ${b.padEnd(20)} ${c}`);
}

/** ../shared/data/news-pages: 18 saved news pages with metadata gold and a Python scorer. */
async function evalNewsPages(): Promise<number> {
  const data = path.resolve(
    process.env.NEWS_PAGES_DIR ?? path.join(ROOT, '..', 'shared', 'data', 'news-pages'),
  );
  console.log(`== news-pages (${data})`);
  if (!existsSync(path.join(data, 'score.py'))) {
    console.log(
      `The news-pages data set is missing: no score.py in ${data}. Set NEWS_PAGES_DIR to its folder.`,
    );
    return 2;
  }
  const out = await mkdtemp(path.join(os.tmpdir(), 'eval-news-pages-'));
  await mkdir(out, { recursive: true });
  const entries = await readdir(data, { withFileTypes: true });
  const pages = entries
    .filter((e) => e.isDirectory() && existsSync(path.join(data, e.name, 'gold.json')))
    .map((e) => e.name)
    .sort();
  const started = performance.now();
  await inParallel(pages, PARALLEL, async (page) => {
    const file = path.join(data, page, 'source.html');
    const result = await run(
      'npm',
      ['run', '--silent', 'import', '--', '--json', file],
      IMPORT_TIMEOUT_MS,
    );
    await writeFile(path.join(out, `${page}.json`), result.stdout);
    await writeFile(path.join(out, `${page}.err`), result.stderr);
    await writeFile(path.join(out, `${page}.rc`), `${result.code}\n`);
  });
  console.log(
    `imported ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s into ${out}`,
  );
  const scored = await run('python3', [path.join(data, 'score.py'), data, out], 10 * 60_000);
  process.stdout.write(scored.stdout);
  if (scored.stderr.trim() !== '') process.stderr.write(scored.stderr);
  printTable(scored.stdout);
  return scored.code === 0 ? 0 : 1;
}

/** One entry per data set; add the next set's function here. */
const DATA_SETS: ReadonlyArray<readonly [string, () => Promise<number>]> = [
  ['news-pages', evalNewsPages],
];

async function main(): Promise<number> {
  let worst = 0;
  for (const [, evaluate] of DATA_SETS) worst = Math.max(worst, await evaluate());
  return worst;
}

process.exitCode = await main();
