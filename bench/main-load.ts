// Electron's main-process code load, measured in Node. Before main.ts can create the window,
// Electron must read, parse and run dist/electron/main.cjs: since #14 that is the glue alone, and
// the service (service.cjs, with zod and the contract's schemas) is required once the window
// exists, while its renderer process boots. A child `node` requires a fresh build of each with
// 'electron' stubbed and reports the time until require() returns (main() then does nothing
// useful on the stub), 5 times interleaved, median. `npx tsx bench/main-load.ts` runs it alone.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildElectron, SERVICE_FILE } from '../scripts/electron-bundle.mjs';
import { cpuCheck } from './find';

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
    const outDir = path.join(dir, 'build');
    await buildElectron({ outDir });
    const child = path.join(dir, 'require-main.cjs');
    await writeFile(child, CHILD);
    const main = path.join(outDir, 'main.cjs');
    const service = path.join(outDir, SERVICE_FILE);
    const lazyFiles = await readdir(path.join(outDir, 'lazy'));
    const lazyBytes = (
      await Promise.all(lazyFiles.map((f) => stat(path.join(outDir, 'lazy', f))))
    ).reduce((sum, s) => sum + s.size, 0);

    const before = cpuCheck();
    const mainRuns: Load[] = [];
    const serviceRuns: Load[] = [];
    // Interleaved, so a burst of load on the shared machine falls on both alike.
    for (let i = 0; i < RUNS; i++) {
      mainRuns.push(requireOnce(child, main));
      serviceRuns.push(requireOnce(child, service));
    }
    const after = cpuCheck();
    const line = (runs: Load[]) => {
      const ms = runs.map((r) => r.ms);
      return `median ${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}-${Math.max(...ms).toFixed(0)}), heap ${median(runs.map((r) => r.heapMB)).toFixed(0)} MB`;
    };
    return [
      `Main-process code load (required in Node with 'electron' stubbed; ${RUNS} runs, load ${os.loadavg()[0]!.toFixed(2)}, CPU check ${before} ms before, ${after} ms after)`,
      `  before the window: main.cjs, the glue, ${mb((await stat(main)).size)}: ${line(mainRuns)}`,
      `  once the window exists: ${SERVICE_FILE}, ${mb((await stat(service)).size)}: ${line(serviceRuns)}`,
      `  on first import or export: ${lazyFiles.length} libraries in lazy/, ${mb(lazyBytes)}`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await benchMainLoad()).join('\n'));
}
