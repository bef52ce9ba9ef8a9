// The app's tables on a big workspace, in Chromium through the e2e harness: 20,000 quotes in
// 20 articles (6,680 claims; BENCH_TABLE_ARTICLES sets the number of articles of 1,000 quotes). Times the first paint of the quotes table, a re-sort of it, and
// switching to the claims table, each until the rows are painted. Then typing in the quotes
// table's own filter box at 100,000 quotes, find in a 100 KB article and the palette's go-to
// ranking (bench/find.ts), each keystroke until painted.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from '@playwright/test';
import { fillQuoteDialog, selectText } from '../e2e/driver';
import { launchWorkbench } from '../e2e/harness';
import { openStore } from '../electron/store/store';
import { syntheticWorkspace } from '../electron/export/test-support';
import { benchFindInArticle, benchQuotesFilter } from './find';

const ARTICLES = Number(process.env['BENCH_TABLE_ARTICLES'] ?? 20);
const QUOTES_PER_ARTICLE = 1_000;
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const ms = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(', ')})`;

export async function benchTables(): Promise<string[]> {
  // One workspace at a time: each launch has its own Chromium and its own data.
  return [
    ...(await benchSortUndoSwitch()),
    ...(await benchQuotesFilter()),
    ...(await benchFindInArticle()),
  ];
}

async function benchSortUndoSwitch(): Promise<string[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-tables-'));
  const data = syntheticWorkspace(ARTICLES, QUOTES_PER_ARTICLE);
  const quotes = Object.keys(data.quotes).length;
  const claims = Object.keys(data.claims).length;
  const seeded = await openStore({ dataDir, seed: () => data });
  await seeded.store.close();

  const app = await launchWorkbench({ dataDir });
  try {
    const { page } = app;
    const quoteRows = page.locator('table[aria-label="Quotes table"] tbody tr:has(td:not(.empty))');
    await quoteRows.first().waitFor({ timeout: 120_000 });
    // From the start of navigation until the first rows were in the page.
    const firstPaint = await page.evaluate(() => performance.now());
    const domRows = await quoteRows.count();

    const sorts: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // No named helpers inside: tsx would wrap them in a __name() the page does not have.
      sorts.push(
        await page.evaluate(async () => {
          const table = document.querySelector('table[aria-label="Quotes table"]')!;
          const button = [...table.querySelectorAll('thead button')].find((b) =>
            b.textContent?.startsWith('Speaker'),
          ) as HTMLButtonElement;
          const t0 = performance.now();
          // React renders a click's update before the next frame: two frames later it is painted.
          button.click();
          await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - t0;
        }),
      );
    }

    // An edit as the analyst makes it: mark a quote with the keyboard and the dialog, then undo
    // and redo it from the toolbar, each until the quotes table's count has followed.
    // The driver's page functions have named helpers, which tsx (unlike Playwright's own
    // transform) wraps in __name(): give the page one that does nothing.
    await page.evaluate('window.__name = (f) => f');
    await selectText(page, 'Ukraine both agreed');
    await page.keyboard.press('q');
    await fillQuoteDialog(page, { speakerQuery: 'Wire service', pick: 'Wire service' });
    const count = page
      .locator('.quotes-panel', { has: quoteRows.first() })
      .getByText(/^[\d,]+ quotes$/);
    await expect(count).toHaveText(`${(quotes + 1).toLocaleString('en')} quotes`, {
      timeout: 60_000,
    });
    const edits: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const [button, expected] of [
        ['Undo', quotes],
        ['Redo', quotes + 1],
      ] as const) {
        // Timed in the page, frame by frame: Playwright's own waiting polls at 100, 250, 500 ms.
        edits.push(
          await page.evaluate(
            async ({ label, text }) => {
              const target = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
                (b) => b.textContent === label,
              )!;
              const panel = document
                .querySelector('table[aria-label="Quotes table"]')!
                .closest('.quotes-panel')!;
              const t0 = performance.now();
              target.click();
              while (![...panel.querySelectorAll('*')].some((el) => el.textContent === text))
                await new Promise((r) => requestAnimationFrame(r));
              await new Promise((r) => requestAnimationFrame(r));
              return performance.now() - t0;
            },
            { label: button, text: `${expected} quotes` },
          ),
        );
        await expect(count).toHaveText(`${expected.toLocaleString('en')} quotes`);
      }
    }

    const switches: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      switches.push(
        await page.evaluate(async () => {
          const tabs = [
            ...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Views"] button'),
          ];
          tabs.find((b) => b.textContent === 'Articles')!.click();
          while (document.querySelector('table[aria-label="Claims table"]'))
            await new Promise((r) => requestAnimationFrame(r));
          const t0 = performance.now();
          tabs.find((b) => b.textContent === 'Claims')!.click();
          while (!document.querySelector('table[aria-label="Claims table"] tbody tr'))
            await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - t0;
        }),
      );
    }
    const claimRows = await page.locator('table[aria-label="Claims table"] tbody tr').count();
    return [
      `Tables (Chromium, harness): ${quotes.toLocaleString('en')} quotes, ${claims.toLocaleString('en')} claims in ${ARTICLES} articles`,
      `  quotes table first painted ${firstPaint.toFixed(0)} ms after navigation (${domRows.toLocaleString('en')} rows in the DOM)`,
      `  quotes table re-sorted by speaker, until painted: ${ms(sorts)}`,
      `  undo or redo of a quote (toolbar click until the table's count follows): ${ms(edits)}`,
      `  claims view opened, until painted: ${ms(switches)} (${claimRows.toLocaleString('en')} rows in the DOM)`,
    ];
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// Alone (`npx tsx bench/tables.ts`) it prints its lines; bench/run.ts imports it instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await benchTables()).join('\n'));
}
