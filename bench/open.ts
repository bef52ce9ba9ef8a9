// Opening a 100,000-quote workspace (1,000 articles, 5,000 sources): (a) openStore and
// createWorkbench, each in a fresh child process with its peak memory; (b) the window in Chromium
// through the e2e harness, from navigation until interactive, with the renderer's start-up
// service calls broken down by channel. BENCH_OPEN_DIR keeps the built workspace there for reruns.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWorkbench } from '../e2e/harness';
import type { DispatchRecord } from '../e2e/harness';
import { openStore } from '../electron/store/store';
import { buildWorkspace } from './save-latency';

const ROOT = path.resolve(import.meta.dirname, '..');
const QUOTES = 100_000;

/**
 * "Interactive", as this bench defines it: the open article's paragraphs are in the page with
 * at least one quote mark, the quotes table shows at least one row, and the page's main thread
 * is free to run the next animation frame (the check runs in requestAnimationFrame).
 */
export const INTERACTIVE =
  'document.querySelector(".article .article-paragraph mark.quote-mark") !== null && ' +
  'document.querySelector(\'table[aria-label="Quotes table"] tbody tr[data-row-key]\') !== null';

interface ChildAnswer {
  ms: number;
  maxRssMB: number;
  rssBeforeMB: number;
  quotes: number | null;
  loadedMs: number | null;
  fromHead: boolean;
}

function child(dataDir: string, mode: 'store' | 'workbench' | 'quick'): ChildAnswer {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'bench', 'open-child.ts'), dataDir, mode],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as ChildAnswer;
}

const mb = (n: number) => `${n.toFixed(0)} MB`;

/** The bench's workspace: kept in BENCH_OPEN_DIR when set (built once), else a new temporary one. */
export async function openBenchWorkspace(): Promise<{ dataDir: string; kept: boolean }> {
  const keep = process.env['BENCH_OPEN_DIR'];
  const dataDir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'bench-open-')));
  if (!existsSync(path.join(dataDir, 'workspace.json'))) {
    await mkdir(dataDir, { recursive: true });
    const seeded = await openStore({ dataDir, seed: () => buildWorkspace(1_000, QUOTES, 5_000) });
    await seeded.store.close();
  }
  return { dataDir, kept: keep !== undefined };
}

export async function benchOpen(): Promise<string[]> {
  const { dataDir, kept } = await openBenchWorkspace();
  try {
    const store = child(dataDir, 'store');
    const service = child(dataDir, 'workbench');
    const quick = child(dataDir, 'quick');
    const lines = [
      `Open (100,000 quotes, 1,000 articles, 5,000 sources; load ${os.loadavg()[0]!.toFixed(2)})`,
      `  openStore in a fresh process: ${store.ms.toFixed(0)} ms, peak RSS ${mb(store.maxRssMB)} (${mb(store.rssBeforeMB)} before)`,
      `  createWorkbench in a fresh process, reading the whole workspace: ${service.ms.toFixed(0)} ms, peak RSS ${mb(service.maxRssMB)}`,
      `  createWorkbench from the quick-open head${quick.fromHead ? '' : ' (NOT USED: the head did not match)'}: the window's first calls answered after ${quick.ms.toFixed(0)} ms` +
        `; the whole workspace loaded behind them after ${quick.loadedMs!.toFixed(0)} ms; peak RSS ${mb(quick.maxRssMB)} (${mb(quick.rssBeforeMB)} before)`,
      ...(await benchWindow(dataDir)),
    ];
    return lines;
  } finally {
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}

/** Launches the harness on the workspace and times navigation until INTERACTIVE. */
async function benchWindow(dataDir: string): Promise<string[]> {
  const calls: DispatchRecord[] = [];
  const launchedAt = Date.now();
  const app = await launchWorkbench({ dataDir, onDispatch: (call) => calls.push(call) });
  try {
    const { page } = app;
    // The main thread's long tasks (over 50 ms), the ones before this call included (buffered).
    await page.evaluate(() => {
      const tasks: [number, number][] = [];
      (window as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    // Checked in the page each frame (the CSP forbids eval, so the test is a function); answers
    // performance.now() once interactive.
    const handle = await page.waitForFunction(
      () =>
        document.querySelector('.article .article-paragraph mark.quote-mark') !== null &&
        document.querySelector('table[aria-label="Quotes table"] tbody tr[data-row-key]') !==
          null &&
        performance.now(),
      undefined,
      { polling: 'raf', timeout: 600_000 },
    );
    const interactiveMs = (await handle.jsonValue()) as number;
    const origin = await page.evaluate(() => performance.timeOrigin);
    const rows = await page
      .locator('table[aria-label="Quotes table"] tbody tr[data-row-key]')
      .count();
    const cdp = await page.context().newCDPSession(page);
    const heapAt = async () =>
      ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1024 / 1024;
    // Then the whole list: until the table counts every quote (a row each and the header row).
    const all = await page.waitForFunction(
      (rowCount) =>
        document
          .querySelector('table[aria-label="Quotes table"]')
          ?.getAttribute('aria-rowcount') === rowCount && performance.now(),
      String(QUOTES + 1),
      { polling: 'raf', timeout: 600_000 },
    );
    const allMs = (await all.jsonValue()) as number;
    const longTasks = await page.evaluate(
      () => (window as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks,
    );
    const heapAll = await heapAt();
    const lines = [
      `  harness: service open + Chromium launch until navigation: ${(origin - launchedAt).toFixed(0)} ms`,
      `  window (navigation until interactive = ${INTERACTIVE.replace(/\s+/g, ' ')}, checked each frame): ${interactiveMs.toFixed(0)} ms` +
        `, ${rows} table rows in the DOM`,
      `  whole quote list in the table: ${allMs.toFixed(0)} ms after navigation; page JS heap then ${mb(heapAll)}`,
      `  main-thread tasks over 50 ms (start+duration ms): ${longTasks
        .filter(([, d]) => d > 200)
        .map(([t, d]) => `${t.toFixed(0)}+${d.toFixed(0)}`)
        .join(
          ', ',
        )} (${longTasks.length} in all, ${longTasks.reduce((n, [, d]) => n + d, 0).toFixed(0)} ms)`,
      '  service calls (start after navigation, time in the service + JSON, size):',
    ];
    for (const call of calls) {
      const at = call.startedAt - origin;
      if (at > allMs) continue;
      if (
        at > interactiveMs &&
        calls.indexOf(call) === calls.findIndex((c) => c.startedAt - origin > interactiveMs)
      )
        lines.push(
          `    -- interactive at ${interactiveMs.toFixed(0)} ms; then until the whole list:`,
        );
      lines.push(
        `    ${at.toFixed(0).padStart(6)} ms  ${call.channel.padEnd(24)} ${call.ms.toFixed(0).padStart(6)} ms  ${(call.bytes / 1024).toFixed(0).padStart(8)} KB`,
      );
    }
    const later = calls.filter((c) => c.startedAt - origin > allMs);
    if (later.length > 0) {
      lines.push(`    (then ${later.map((c) => c.channel).join(', ')})`);
    }
    return lines;
  } finally {
    await app.close();
  }
}

// Alone (`npx tsx bench/open.ts`) it prints its lines; bench/run.ts imports it instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await benchOpen()).join('\n'));
}
