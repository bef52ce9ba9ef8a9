// Opening the 100,000-quote workspace (bench/open.ts) in the real app, the figure #14 asks for:
// Electron launched on it, timed from spawning Electron until the window is interactive (as
// bench/open.ts defines it), with the main process's peak memory and the window's JS heap. One
// launch first, closed cleanly, so the quick-open head is current, as after any normal session.
// Each launch also prints the main process's own marks (electron/startup-timing.ts: the glue
// loaded, ready, window created, service loaded, workspace open, first call answered), and a bare
// Electron window (no app code at all) is timed the same way, to tell Electron's own start from ours.
// It needs an Electron binary: where there is none (the machines this project is built on cannot
// download it) it says so and measures nothing. It has not yet run on a machine with one.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElectronApplication, Page } from '@playwright/test';
import { _electron } from '@playwright/test';
import { electronSkipReason, findElectronBinary } from '../e2e/electron-binary';
import { readTimingLines, TIMING_ENV } from '../electron/startup-timing';
import { INTERACTIVE, openBenchWorkspace } from './open';

const MAIN = path.resolve(import.meta.dirname, '..', 'dist', 'electron', 'main.cjs');
const RUNS = 3;

/** A window and nothing else: what any Electron app pays before its own code matters. */
const BARE_MAIN = `
const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const window = new BrowserWindow({ webPreferences: { sandbox: true, contextIsolation: true } });
  window.loadURL('data:text/html,<p id="bare">ready</p>');
});
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

interface Launch {
  app: ElectronApplication;
  page: Page;
  /** Spawn until `ready` held in the window, in ms. */
  ms: number;
  /** What the main process wrote to stderr so far. */
  stderr: () => string;
}

async function launchUntil(
  executablePath: string,
  args: string[],
  ready: () => boolean,
): Promise<Launch> {
  const started = performance.now();
  const app = await _electron.launch({
    executablePath,
    // Chromium refuses its OS sandbox as root (CI containers); the renderer's stays on.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ...args],
    env: { ...process.env, [TIMING_ENV]: '1' } as Record<string, string>,
  });
  let stderr = '';
  app.process().stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  try {
    const page = await app.firstWindow();
    // The window's CSP forbids eval: a function, not a string.
    await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 600_000 });
    return { app, page, ms: performance.now() - started, stderr: () => stderr };
  } catch (error) {
    await app.close();
    throw error;
  }
}

export async function benchElectronOpen(): Promise<string[]> {
  const binary = findElectronBinary();
  if ('missing' in binary) return [`Open in Electron: not measured. ${electronSkipReason()}`];
  const { dataDir, kept } = await openBenchWorkspace();
  const bareDir = await mkdtemp(path.join(os.tmpdir(), 'bench-bare-electron-'));
  try {
    const bareMain = path.join(bareDir, 'main.cjs');
    await writeFile(bareMain, BARE_MAIN);
    const lines = ['Open in Electron (100,000 quotes, 1,000 articles, 5,000 sources)'];
    const bare: number[] = [];
    const ours: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const launch = await launchUntil(
        binary.path,
        [MAIN, '--data-dir', dataDir],
        // INTERACTIVE, written out: the window's CSP forbids eval.
        () =>
          document.querySelector('.article .article-paragraph mark.quote-mark') !== null &&
          document.querySelector('table[aria-label="Quotes table"] tbody tr[data-row-key]') !==
            null,
      ).catch((error: unknown) => {
        throw new Error(`launch ${run} never became interactive: ${String(error)}`);
      });
      try {
        // resourceUsage().maxRSS is in kilobytes.
        const mainPeakMB = await launch.app.evaluate(() => process.resourceUsage().maxRSS / 1024);
        const heapMB = await launch.page.evaluate(
          () =>
            ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
              ?.usedJSHeapSize ?? 0) /
            1024 /
            1024,
        );
        const marks = [...readTimingLines(launch.stderr())]
          .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
          .join(', ');
        if (run > 0) ours.push(launch.ms);
        lines.push(
          run === 0
            ? `  first launch (writes the head on close): interactive after ${launch.ms.toFixed(0)} ms`
            : `  launch ${run}: spawn until interactive ${launch.ms.toFixed(0)} ms; main process peak RSS ` +
                `${mainPeakMB.toFixed(0)} MB; window JS heap ${heapMB.toFixed(0)} MB`,
          `    main-process marks, ms since its start: ${marks || 'none (was WORKBENCH_TIMING passed?)'}`,
        );
      } finally {
        await launch.app.close();
      }
      // A bare window after each of ours, so a burst of load falls on both alike.
      const bareLaunch = await launchUntil(
        binary.path,
        [bareMain],
        () => document.getElementById('bare') !== null,
      );
      bare.push(bareLaunch.ms);
      await bareLaunch.app.close();
    }
    lines.push(
      `  a bare Electron window (no app code), spawn until shown: median ${median(bare).toFixed(0)} ms ` +
        `(${bare.map((ms) => ms.toFixed(0)).join(', ')})`,
      `  ours: median ${median(ours).toFixed(0)} ms, of which beyond the bare window: ` +
        `${(median(ours) - median(bare)).toFixed(0)} ms`,
      `  (interactive = ${INTERACTIVE.replace(/\s+/g, ' ')})`,
    );
    return lines;
  } finally {
    await rm(bareDir, { recursive: true, force: true });
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}

// Alone (`npx tsx bench/electron-open.ts`, after `npm run build`) it prints its lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await benchElectronOpen()).join('\n'));
}
