// Keystroke latency of the Search view (Ctrl/Cmd+Shift+F) in Chromium through the e2e harness, on
// 1,000 articles (about 5 million words) and 100,000 quotes: bench/search.ts's typed queries,
// letter by letter and erased, each keystroke timed in the page until the results for that text
// are painted, and split into the service's own time and the rest (transport, render, frames).
// `npx tsx bench/search-view.ts` runs it alone (after `npm run build:renderer`).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWorkbench } from '../e2e/harness';
import type { DispatchRecord } from '../e2e/harness';
import { openStore } from '../electron/store/store';
import { cpuCheck, percentiles, typeAndErase, waitForAllQuotes } from './find';
import { TYPED, searchWorkspace } from './search';

const BOX = 'input[aria-label="Search everywhere"]';
// aria-busy while the results shown answer an earlier text than the box's (SearchView.tsx).
const RESULTS = '#search-results';

/** When, in the page (epoch ms), each keystroke landed and each answer's results were shown. */
interface PageMarks {
  inputs: number[];
  shown: number[];
}

/**
 * Splits each search.query call into its three legs: from the keystroke that asked it to the
 * service starting (the page's render of the key, the question crossing), the service itself,
 * and from the service's answer to its results in the DOM (the answer crossing back, parsing,
 * React's render). What a keystroke took beyond these is waiting for frames.
 */
function legs(calls: readonly DispatchRecord[], marks: PageMarks) {
  const before: number[] = [];
  const service: number[] = [];
  const after: number[] = [];
  for (const c of calls) {
    if (c.channel !== 'search.query') continue;
    const input = marks.inputs.filter((t) => t <= c.startedAt).at(-1);
    const done = c.startedAt + c.ms;
    const shown = marks.shown.find((t) => t >= done);
    if (input === undefined || shown === undefined) continue;
    before.push(c.startedAt - input);
    service.push(c.ms);
    after.push(shown - done);
  }
  return { before, service, after };
}

export async function benchSearchView(articles = 1_000, quotes = 100_000): Promise<string[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-search-view-'));
  const data = searchWorkspace(articles, quotes);
  const seeded = await openStore({ dataDir, seed: () => data });
  await seeded.store.close();
  const calls: DispatchRecord[] = [];
  const launched = performance.now();
  const app = await launchWorkbench({ dataDir, onDispatch: (c) => calls.push(c) });
  try {
    const { page } = app;
    // The page loads the whole quote list after start-up (62 MB through the harness binding, a
    // long while): typing before it lands would time the landing too.
    await waitForAllQuotes(page, quotes);
    const loadedS = (performance.now() - launched) / 1000;
    await page.keyboard.press('Control+Shift+F');
    await page.locator(BOX).waitFor();
    // The first query finishes the index's background build if it is still running (it starts
    // 250 ms after open): asked once here, so the keystrokes measure a built index.
    const warm = performance.now();
    await page.locator(BOX).fill('kremlin');
    await page.locator(`${RESULTS}[aria-busy="false"] [role="option"]`).first().waitFor({
      timeout: 600_000,
    });
    const warmMs = performance.now() - warm;
    await page.locator(BOX).fill('');

    // Page-side marks on the same clock as the harness's call records (epoch milliseconds).
    await page.evaluate(`(() => {
      const marks = (window.__searchMarks = { inputs: [], shown: [] });
      const now = () => performance.timeOrigin + performance.now();
      document.querySelector(${JSON.stringify(BOX)}).addEventListener('input', () => marks.inputs.push(now()), true);
      new MutationObserver(() => {
        if (document.querySelector(${JSON.stringify(RESULTS)}).getAttribute('aria-busy') === 'false') marks.shown.push(now());
      }).observe(document.querySelector(${JSON.stringify(RESULTS)}), { attributes: true, childList: true, subtree: true });
    })()`);
    calls.length = 0;
    const before = cpuCheck();
    const times: number[] = [];
    for (const query of TYPED) {
      const { typed, erased } = await typeAndErase(page, BOX, RESULTS, query);
      times.push(...typed, ...erased);
    }
    const after = cpuCheck();
    const marks = (await page.evaluate('window.__searchMarks')) as PageMarks;
    const split = legs(calls, marks);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const p = (xs: number[]) => percentiles(xs).replace(/, max .*/, '');
    return [
      `Search view (Chromium, harness): ${articles.toLocaleString('en')} articles, ${quotes.toLocaleString('en')} quotes; the ${TYPED.length} typed queries of bench/search.ts letter by letter, then erased; keystroke until the results for that text are painted (target p95 50 ms)`,
      `  CPU check (a fixed loop, ~70 ms when quiet): ${before} ms before typing, ${after} ms after`,
      `  start-up: the whole quote list was in the page ${loadedS.toFixed(0)} s after launch; first query ${warmMs.toFixed(0)} ms`,
      `  in the page: ${percentiles(times)}; mean ${mean(times).toFixed(0)} ms`,
      `  per search.query (${split.service.length} calls; an emptied box asks nothing), mean and percentiles:`,
      `    keystroke to the service starting (render of the key, crossing): ${mean(split.before).toFixed(0)} ms; ${p(split.before)}`,
      `    the service: ${mean(split.service).toFixed(0)} ms; ${p(split.service)}`,
      `    answer to results in the page (crossing back, parse, React render): ${mean(split.after).toFixed(0)} ms; ${p(split.after)}`,
      `    the rest of a keystroke's time is waiting for the frame that paints it`,
    ];
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await benchSearchView()).join('\n'));
}
