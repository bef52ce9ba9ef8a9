// Keystroke latency of the finding the analyst does by typing, in Chromium through the e2e
// harness, each keystroke timed in the page until the next painted frame: the quotes table's own
// filter box at 100,000 quotes (BENCH_FILTER_ARTICLES articles of 1,000), find in a 100 KB
// article with 500 highlights, and the command palette's go-to over the big workspace's articles,
// sources and claims. bench/tables.ts runs these after its own; `npx tsx bench/find.ts` runs them alone.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { launchWorkbench } from '../e2e/harness';
import { importBigArticle } from './big-article';
import { openStore } from '../electron/store/store';
import { syntheticWorkspace } from '../electron/export/test-support';

const FILTER_ARTICLES = Number(process.env['BENCH_FILTER_ARTICLES'] ?? 100);
/** Typed letter by letter, then erased: narrowing and widening the list both count. */
const WORD = 'referendums';

export function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms over ${values.length} keystrokes`;
}

/**
 * The machine is shared: a fixed loop's time (about 70 ms on a quiet machine) says how busy the
 * CPU was around a figure. Printed beside every figure these benches report.
 */
export function cpuCheck(): number {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < 5e7; i++) x += i % 7;
  return Math.round(performance.now() - t + (x < 0 ? 1 : 0));
}

/**
 * Types `word` into the focused field one letter at a time, then erases it, timing each keystroke
 * from the input event until the frame that shows its update has been painted: React renders a
 * keystroke's update before the next frame, whose rendering steps (style, layout, paint) run
 * right after its animation-frame callbacks; a task posted from that callback runs once they are
 * done, and stops the clock. With `busy`, the selector of an element whose aria-busy says its
 * results still lag the field (a deferred render, an answer on its way), the clock runs on until
 * a frame finds it idle, and stops once that frame is painted. (Until stop 13 the clock waited
 * for the frame after, which added up to one frame interval, ~16.7 ms, to every figure.)
 */
export async function typeAndErase(
  page: Page,
  selector: string,
  busy?: string,
  word: string = WORD,
): Promise<{ typed: number[]; erased: number[] }> {
  // tsx wraps named functions in __name(), which the page lacks: give it one that does nothing.
  await page.evaluate('window.__name = (f) => f');
  return page.evaluate(
    async ({ selector, word, busy }) => {
      const field = document.querySelector<HTMLInputElement>(selector)!;
      const lagging = () =>
        busy !== undefined && document.querySelector(busy)?.getAttribute('aria-busy') === 'true';
      field.focus();
      const typed: number[] = [];
      const erased: number[] = [];
      for (const [list, edits] of [
        [typed, [...word]],
        [erased, [...word].map(() => null)],
      ] as const) {
        for (const ch of edits) {
          const t0 = performance.now();
          // A real edit of the field, as a keystroke makes it: it fires the input event React reads.
          if (ch === null) document.execCommand('delete');
          else document.execCommand('insertText', false, ch);
          await new Promise((r) => requestAnimationFrame(r));
          while (lagging()) await new Promise((r) => requestAnimationFrame(r));
          // Still inside the animation-frame callback of the frame that shows the update.
          await new Promise<void>((r) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => r();
            channel.port2.postMessage(null);
          });
          list.push(performance.now() - t0);
          // Settle before the next key, as a typist's 100 ms between keys would.
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      return { typed, erased };
    },
    { selector, word, busy },
  );
}

/**
 * Waits until the quotes table holds all `count` quotes: the window may show the open article's
 * quotes first and the whole list (tens of MB through the harness binding) later, and typing
 * while it lands would time the landing too.
 */
export async function waitForAllQuotes(page: Page, count: number): Promise<void> {
  await page
    .locator('section.quotes-panel .count')
    .filter({ hasText: new RegExp(`^${count.toLocaleString('en')} quotes$`) })
    .waitFor({ timeout: 1_800_000 });
}

export async function benchQuotesFilter(): Promise<string[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-filter-'));
  const data = syntheticWorkspace(FILTER_ARTICLES, 1_000);
  const quotes = Object.keys(data.quotes).length;
  const seeded = await openStore({ dataDir, seed: () => data });
  await seeded.store.close();
  const launched = performance.now();
  const app = await launchWorkbench({ dataDir });
  try {
    const { page } = app;
    const field = 'input[aria-label="Filter quotes"]';
    await waitForAllQuotes(page, quotes);
    const loadedS = (performance.now() - launched) / 1000;
    // A second to look at the table before typing, as an analyst takes at least: the table folds
    // its rows for the filter in the background once they are shown.
    await page.waitForTimeout(1_000);
    const before = cpuCheck();
    const { typed, erased } = await typeAndErase(page, field, 'section.quotes-panel');
    const after = cpuCheck();
    const counts = [
      `${Object.keys(data.documents).length} articles`,
      `${Object.keys(data.sources).length} sources`,
      `${Object.keys(data.claims).length.toLocaleString('en')} claims`,
    ].join(', ');
    await page.keyboard.press('Control+k');
    const palette = 'dialog[aria-label="Command palette"] input[aria-label="Command"]';
    await page.locator(palette).waitFor();
    const opened = await page.evaluate(async () => {
      // How long the palette's first frame takes, names folded: close it and open it again.
      document
        .querySelector('dialog[aria-label="Command palette"]')!
        .dispatchEvent(new Event('cancel'));
      await new Promise((r) => requestAnimationFrame(r));
      const t0 = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }));
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    });
    await page.locator(palette).waitFor();
    const goto = await typeAndErase(page, palette);
    return [
      `Quotes table filter box (Chromium, harness): ${quotes.toLocaleString('en')} quotes, typing "${WORD}" and erasing it, keystroke until painted (target 50 ms)`,
      `  CPU check (a fixed loop, ~70 ms when quiet): ${before} ms before typing, ${after} ms after`,
      `  all quotes in the table ${loadedS.toFixed(0)} s after launch`,
      `  typing: ${percentiles(typed)}`,
      `  erasing: ${percentiles(erased)}`,
      `  all: ${percentiles([...typed, ...erased])}`,
      `  each keystroke, typing then erasing: ${[...typed, ...erased].map((t) => t.toFixed(0)).join(' ')}`,
      `Command palette go-to (same workspace: ${counts}): opened in ${opened.toFixed(0)} ms`,
      `  typing: ${percentiles(goto.typed)}; erasing: ${percentiles(goto.erased)}`,
      `  each keystroke, typing then erasing: ${[...goto.typed, ...goto.erased].map((t) => t.toFixed(0)).join(' ')}`,
    ];
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function benchFindInArticle(): Promise<string[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-find-'));
  const { wb, doc } = await importBigArticle(dataDir);
  const text = doc.text;
  // Highlights split the text into many runs, as real work does; find's ranges cross them.
  const spans = 500;
  const stride = Math.floor(text.length / spans);
  for (let i = 0; i < spans; i++) {
    const made = await wb.dispatch('annotations.create', {
      documentId: doc.id,
      position: { start: i * stride, end: i * stride + Math.floor(stride * 0.6) },
    });
    if (!made.ok && made.error.code !== 'invalid_input') throw new Error(made.error.message);
  }
  await wb.close();

  const app = await launchWorkbench({ dataDir });
  try {
    const { page } = app;
    await page.locator('article.article h1').waitFor();
    await page
      .locator('nav[aria-label="Articles"] button', { hasText: 'Big article' })
      .first()
      .click();
    await page.locator('article.article h1', { hasText: 'Big article' }).waitFor();
    await page.keyboard.press('Control+f');
    const field = 'input[aria-label="Find in article"]';
    await page.locator(field).waitFor();
    const { typed, erased } = await typeAndErase(page, field);
    // Once more: the first pass includes the page's first highlights (style and code warming up).
    const again = await typeAndErase(page, field);
    // The widest query: its first letter, and how many matches that paints.
    await page.locator(field).fill(WORD[0]!);
    const first = await page.locator('.find-count').textContent();
    const length = await page.evaluate(
      () => document.querySelector('article.article')!.textContent!.length,
    );
    return [
      `Find in article (Chromium, harness): ${(length / 1000).toFixed(0)} KB article with ${spans} highlights, typing "${WORD}" and erasing it, keystroke until the matches are painted`,
      `  typing: ${percentiles(typed)} ("${WORD[0]}" alone: ${first} matches)`,
      `  erasing: ${percentiles(erased)}`,
      `  second pass, typing: ${percentiles(again.typed)}; erasing: ${percentiles(again.erased)}`,
    ];
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv[2];
  const lines = [
    ...(only === undefined || only === 'filter' ? await benchQuotesFilter() : []),
    ...(only === undefined || only === 'find' ? await benchFindInArticle() : []),
  ];
  console.log(lines.join('\n'));
}
