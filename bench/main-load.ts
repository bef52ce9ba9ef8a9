// Electron's main-process code load, measured in Node: before main.ts can create the window,
// Electron must read, parse and run dist/electron/main.cjs. A child `node` requires a fresh build
// of it with 'electron' stubbed and reports the time until require() returns (main() then fails
// harmlessly on the stub), 5 times, median; next to it the same code with every library inlined
// in main.cjs, as it was built before the libraries moved to lazy/ (#14), though since then they
// sit behind an import() there too, so they are parsed at start but no longer run.
// `npx tsx bench/main-load.ts` runs it alone.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildElectron } from '../scripts/electron-bundle.mjs';
import { cpuCheck } from './find';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 5;

/** Requires argv[2] with 'electron' answered by a do-nothing Proxy; prints {ms, heapMB}. */
const CHILD = `
const Module = require('node:module');
const stub = new Proxy(function () {}, {
  get: (t, p) => (p === 'then' ? undefined : p === Symbol.toPrimitive ? () => '' : stub),
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? stub : load.call(this, request, ...rest);
};
const started = performance.now();
try { require(process.argv[2]); } catch {}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, heapMB: process.memoryUsage().heapUsed / 1e6 }) + '\\n');
process.exit(0);
`;

interface Load {
  ms: number;
  heapMB: number;
}

function requireOnce(child: string, file: string): Load {
  const out = execFileSync(process.execPath, [child, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Load;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function benchMainLoad(): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-main-load-'));
  try {
    const lazyDir = path.join(dir, 'lazy-build');
    await buildElectron({ outDir: lazyDir });
    const inlined = path.join(dir, 'inlined', 'main.cjs');
    await build({
      absWorkingDir: ROOT,
      entryPoints: ['electron/main.ts'],
      outfile: inlined,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node22',
      external: ['electron'],
      legalComments: 'none',
      logLevel: 'warning',
    });
    const child = path.join(dir, 'require-main.cjs');
    await writeFile(child, CHILD);
    const main = path.join(lazyDir, 'main.cjs');
    const lazyFiles = await readdir(path.join(lazyDir, 'lazy'));
    const lazyBytes = (
      await Promise.all(lazyFiles.map((f) => stat(path.join(lazyDir, 'lazy', f))))
    ).reduce((sum, s) => sum + s.size, 0);

    const before = cpuCheck();
    const lazyRuns: Load[] = [];
    const inlinedRuns: Load[] = [];
    // Interleaved, so a burst of load on the shared machine falls on both alike.
    for (let i = 0; i < RUNS; i++) {
      lazyRuns.push(requireOnce(child, main));
      inlinedRuns.push(requireOnce(child, inlined));
    }
    const after = cpuCheck();
    const line = (runs: Load[]) => {
      const ms = runs.map((r) => r.ms);
      return `median ${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}-${Math.max(...ms).toFixed(0)}), heap ${median(runs.map((r) => r.heapMB)).toFixed(0)} MB`;
    };
    return [
      `Main-process code load (Electron's main.cjs required in Node with 'electron' stubbed: the code load before the window can be created; ${RUNS} runs, load ${os.loadavg()[0]!.toFixed(2)}, CPU check ${before} ms before, ${after} ms after)`,
      `  main.cjs ${mb((await stat(main)).size)}, its ${lazyFiles.length} lazily loaded libraries ${mb(lazyBytes)} beside it: ${line(lazyRuns)}`,
      `  every library inlined in main.cjs (parsed at start, not run), ${mb((await stat(inlined)).size)}: ${line(inlinedRuns)}`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await benchMainLoad()).join('\n'));
}
