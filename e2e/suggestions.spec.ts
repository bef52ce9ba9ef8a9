// Quote suggestions on the sample article, keyboard-first: suggest, find Witkoff's quote, accept
// it (one undo step), reject another, undo and redo the rejection, and after a restart the
// rejection still holds.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, tableRows, waitForArticle } from './driver';

const WITKOFF = 'There is a view within the country of Russia that these are Russian territories';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

const queue = (page: Page): Locator => page.getByRole('region', { name: 'Suggested quotes' });
const list = (page: Page): Locator => queue(page).getByRole('list', { name: /^Suggestions/ });
const current = (page: Page): Locator => list(page).locator('li[aria-current="true"]');

async function openQueue(page: Page): Promise<void> {
  await article(page).focus();
  await page.keyboard.press('Control+Shift+S');
  await expect(list(page)).toBeFocused();
  await expect(current(page)).toHaveCount(1);
}

/** Presses Home, then J until the current suggestion's text contains `text`. */
async function moveTo(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Home');
  for (let i = 0; i < 60; i++) {
    if (((await current(page).locator('.suggestion-text').textContent()) ?? '').includes(text)) {
      return;
    }
    await page.keyboard.press('j');
  }
  throw new Error(`no suggestion with: ${text}`);
}

test('suggest, accept Witkoff’s quote, reject one, undo, and the rejection survives a restart', async () => {
  app = await launchWorkbench();
  const { page, dataDir } = app;
  await waitForArticle(page);
  await openQueue(page);
  const offered = await list(page).locator('li').count();
  expect(offered).toBeGreaterThan(5);
  // Outlined in the text, without a single mark: nothing is in the data yet.
  await expect(article(page).locator('.suggestion-box').first()).toBeAttached();
  await expect(article(page).locator('mark')).toHaveCount(0);

  // Opening the edit form and cancelling it leaves the queue as it was (it once crashed React:
  // the form's scroll effect returned Chromium's scroll promise as its cleanup).
  await page.keyboard.press('e');
  await queue(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(queue(page).getByRole('form', { name: 'Edit the suggestion' })).toHaveCount(0);
  await expect(list(page).locator('li')).toHaveCount(offered);
  expect(app.pageErrors).toEqual([]);
  await list(page).focus();

  await moveTo(page, WITKOFF);
  await expect(current(page)).toContainText('told Fox News');
  await expect(current(page)).toContainText('Steve Witkoff');
  await expect(current(page)).toContainText('new: Steve Witkoff');
  await page.keyboard.press('a');
  await expect(page.getByRole('status').filter({ hasText: 'Accepted' })).toBeVisible();
  await expect(article(page).locator('mark')).toHaveCount(1);
  const rows = await tableRows(page);
  expect(rows).toHaveLength(1);
  expect(rows[0]![0]).toContain(WITKOFF);
  expect(rows[0]![1]).toBe('Steve Witkoff');

  // One undo step takes the quote (and its new source) back; the suggestion returns.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toHaveText(
    'Undid: Accept suggested quote',
  );
  await expect(article(page).locator('mark')).toHaveCount(0);
  await expect(list(page).locator('li')).toHaveCount(offered);
  await list(page).focus();
  await moveTo(page, WITKOFF);
  await page.keyboard.press('a');
  await expect(article(page).locator('mark')).toHaveCount(1);
  await expect(list(page).locator('li')).toHaveCount(offered - 1);

  // Reject the current one (the next after Witkoff's), undo it, redo it.
  await list(page).focus();
  const rejected = (await current(page).locator('.suggestion-text').textContent()) ?? '';
  await page.keyboard.press('r');
  await expect(page.getByRole('status').filter({ hasText: 'Rejected' })).toBeVisible();
  await expect(list(page).locator('li')).toHaveCount(offered - 2);
  await expect(queue(page)).toContainText('1 rejected earlier');
  await page.keyboard.press('Control+z');
  await expect(list(page).locator('li')).toHaveCount(offered - 1);
  await expect(list(page).locator('li').filter({ hasText: rejected })).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(list(page).locator('li')).toHaveCount(offered - 2);

  // After a restart the quote is there and the rejected suggestion is not offered again.
  await app.close();
  app = await launchWorkbench({ dataDir });
  await waitForArticle(app.page);
  await expect(article(app.page).locator('mark')).toHaveCount(1);
  await openQueue(app.page);
  await expect(list(app.page).locator('li')).toHaveCount(offered - 2);
  await expect(list(app.page).locator('li').filter({ hasText: rejected })).toHaveCount(0);
  await expect(queue(app.page)).toContainText('1 rejected earlier');
});
