// A workspace of 2,000 quotes in a real Chromium: the quotes table renders only the rows in view,
// scrolls with the keyboard to rows far away and keeps them focused and visible, keeps focus on
// its tab stop on its row through a re-sort.
import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { openStore } from '../electron/store/store';
import { syntheticWorkspace } from '../electron/export/test-support';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  // The harness keeps a launch's data folder for specs that relaunch; this one does not.
  if (app) await rm(app.dataDir, { recursive: true, force: true });
  app = undefined;
});

/** True when the element's box lies inside the scroll pane's visible box. */
async function inView(row: Locator, pane: Locator): Promise<boolean> {
  const [r, p] = await Promise.all([row.boundingBox(), pane.boundingBox()]);
  return !!r && !!p && r.y >= p.y - 1 && r.y + r.height <= p.y + p.height + 1;
}

test('a table of 2,000 quotes renders what is in view and moves focus anywhere by keyboard', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'workbench-e2e-'));
  const seeded = await openStore({ dataDir, seed: () => syntheticWorkspace(4, 500) });
  await seeded.store.close();
  app = await launchWorkbench({ dataDir });
  const { page } = app;
  const grid = page.getByRole('grid', { name: 'Quotes table' });
  const pane = page.locator('.table-scroll', { has: grid });
  const rows = grid.locator('tbody tr[data-row-key]');
  await expect(page.getByText('2,000 quotes', { exact: true })).toBeVisible();
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(80);
  await expect(grid).toHaveAttribute('aria-rowcount', '2001');

  // End: the last quote, scrolled into view and focused; Home: back to the first.
  await rows.first().focus();
  const firstText = await rows.first().innerText();
  await page.keyboard.press('End');
  const focused = grid.locator('tbody tr:focus');
  await expect(focused).toHaveAttribute('aria-rowindex', '2001');
  expect(await inView(focused, pane)).toBe(true);
  expect(await rows.count()).toBeLessThan(80);
  await page.keyboard.press('PageUp');
  await expect(focused).toHaveAttribute('aria-rowindex', '1991');
  expect(await inView(focused, pane)).toBe(true);
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('aria-rowindex', '2');
  expect(await focused.innerText()).toBe(firstText);

  // Sorting by a header moves focus to its button; the row keeps the grid's one tab stop,
  // wherever the sort put it, and Tab from the last header goes straight back to it.
  await page.keyboard.press('ArrowDown');
  const key = await focused.getAttribute('data-row-key');
  await grid.getByRole('button', { name: 'Article' }).click();
  await expect(grid.locator('tbody tr[tabindex="0"]')).toHaveAttribute('data-row-key', key!);
  await page.keyboard.press('Tab');
  await expect(focused).toHaveAttribute('data-row-key', key!);
  await page.keyboard.press('ArrowDown');
  await expect(focused).not.toHaveAttribute('data-row-key', key!);
  expect(await inView(focused, pane)).toBe(true);
  expect(await grid.locator('tbody tr[tabindex="0"]').count()).toBe(1);
});
