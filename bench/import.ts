// Benchmark of the import: a 100-page PDF, a 5 MB web page, a batch of 50 files of every format
// through the service, and 50 MB files (which must be refused or imported within 5 s and 512 MB).
// The inputs are written once; each case runs in a child process of its own, so the peak memory
// reported is the case's.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeImportInputs } from './import-inputs';

const run = promisify(execFile);
const CASES = ['pdf-100-pages', 'html-5mb', 'batch-50-files', 'text-50mb', 'html-50mb'];
const RUNS = 3;
const ROOT = path.resolve(import.meta.dirname, '..');

interface CaseResult {
  ms: number;
  maxRssMB: number;
  note: string;
}

async function benchCase(name: string, dir: string): Promise<string> {
  const results: CaseResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'bench', 'import-child.ts'), name, dir],
      { cwd: ROOT, maxBuffer: 1 << 20 },
    );
    results.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as CaseResult);
  }
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const rss = Math.max(...results.map((r) => r.maxRssMB));
  return (
    `  ${name.padEnd(16)} median ${ms[1]!.toFixed(0).padStart(6)} ms ` +
    `(min ${ms[0]!.toFixed(0)}, max ${ms[2]!.toFixed(0)}), peak ${rss.toFixed(0)} MB — ${results[0]!.note}`
  );
}

export async function benchImport(): Promise<string[]> {
  const lines = [
    'Import (median of 3 runs, each in its own process; time from reading the file to the stored',
    'text; peak RSS of that process, Node and the libraries included):',
  ];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-'));
  try {
    await writeImportInputs(dir);
    for (const name of CASES) lines.push(await benchCase(name, dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
