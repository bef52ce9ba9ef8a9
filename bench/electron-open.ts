// Opening the 100,000-quote workspace (bench/open.ts) in the real app, the figure #14 asks for:
// Electron launched on it, timed from spawning Electron until the window is interactive (as
// bench/open.ts defines it), with the main process's peak memory and the window's JS heap. One
// launch first, closed cleanly, so the quick-open head is current, as after any normal session.
// It needs an Electron binary: where there is none (the machines this project is built on cannot
// download it) it says so and measures nothing. It has not yet run on a machine with one.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron } from '@playwright/test';
import { electronSkipReason, findElectronBinary } from '../e2e/electron-binary';
import { INTERACTIVE, openBenchWorkspace } from './open';

const MAIN = path.resolve(import.meta.dirname, '..', 'dist', 'electron', 'main.cjs');
const RUNS = 3;

export async function benchElectronOpen(): Promise<string[]> {
  const binary = findElectronBinary();
  if ('missing' in binary) return [`Open in Electron: not measured. ${electronSkipReason()}`];
  const { dataDir, kept } = await openBenchWorkspace();
  try {
    const lines = ['Open in Electron (100,000 quotes, 1,000 articles, 5,000 sources)'];
    for (let run = 0; run <= RUNS; run++) {
      const started = performance.now();
      const app = await _electron.launch({
        executablePath: binary.path,
        // Chromium refuses its OS sandbox as root (CI containers); the renderer's stays on.
        args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN, '--data-dir', dataDir],
      });
      try {
        const page = await app.firstWindow();
        // A function, not a string: the window's CSP forbids eval.
        await page.waitForFunction(
          () =>
            document.querySelector('.article .article-paragraph mark.quote-mark') !== null &&
            document.querySelector('table[aria-label="Quotes table"] tbody tr[data-row-key]') !==
              null,
          undefined,
          { polling: 'raf', timeout: 600_000 },
        );
        const ms = performance.now() - started;
        // resourceUsage().maxRSS is in kilobytes.
        const mainPeakMB = await app.evaluate(() => process.resourceUsage().maxRSS / 1024);
        const heapMB = await page.evaluate(
          () =>
            ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
              ?.usedJSHeapSize ?? 0) /
            1024 /
            1024,
        );
        lines.push(
          run === 0
            ? `  first launch (writes the head on close): interactive after ${ms.toFixed(0)} ms`
            : `  launch ${run}: spawn until interactive ${ms.toFixed(0)} ms; main process peak RSS ` +
                `${mainPeakMB.toFixed(0)} MB; window JS heap ${heapMB.toFixed(0)} MB`,
        );
      } finally {
        await app.close();
      }
    }
    lines.push(`  (interactive = ${INTERACTIVE.replace(/\s+/g, ' ')})`);
    return lines;
  } finally {
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}

// Alone (`npx tsx bench/electron-open.ts`, after `npm run build`) it prints its lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await benchElectronOpen()).join('\n'));
}
