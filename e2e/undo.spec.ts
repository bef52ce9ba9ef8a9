// Undo and redo of workspace edits from the keyboard and the toolbar, surviving a restart; a
// text field keeps its own Ctrl+Z.
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, tableRows, waitForArticle } from './driver';

const WITKOFF = '“There are referendums within these territories that justify these actions.”';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

test('undo and redo a quote, across a restart', async () => {
  app = await launchWorkbench();
  const { page, dataDir } = app;
  await waitForArticle(page);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await selectText(page, WITKOFF);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });
  await expect(article(page).locator('mark')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    'Undo Mark quote',
  );

  // Typing in a field: Ctrl+Z undoes the typing, not the quote.
  const filter = page.getByRole('searchbox', { name: 'Filter quotes' });
  await filter.fill('');
  await filter.pressSequentially('xyz');
  await filter.press('Control+z');
  // The field's own undo (Chromium undoes the last keystroke of a controlled input).
  await expect(filter).not.toHaveValue('xyz');
  await filter.fill('');
  await expect(article(page).locator('mark')).toHaveCount(1);

  // Outside a field, Ctrl+Z undoes the edit: the quote and its new source are gone.
  await article(page).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toHaveText(
    'Undid: Mark quote',
  );
  await expect(article(page).locator('mark')).toHaveCount(0);
  expect(await tableRows(page)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();

  // The redo survives a restart.
  await app.close();
  app = await launchWorkbench({ dataDir });
  await waitForArticle(app.page);
  await expect(article(app.page).locator('mark')).toHaveCount(0);
  await app.page.getByRole('button', { name: 'Redo' }).click();
  await expect(article(app.page).locator('mark')).toHaveCount(1);
  expect((await tableRows(app.page)).map((r) => r.slice(0, 2))).toEqual([
    [WITKOFF, 'Steve Witkoff'],
  ]);

  // And undo still works after the restart, from the keyboard with Ctrl+Shift+Z to redo again.
  await article(app.page).focus();
  await app.page.keyboard.press('Control+z');
  await expect(article(app.page).locator('mark')).toHaveCount(0);
  await app.page.keyboard.press('Control+Shift+z');
  await expect(article(app.page).locator('mark')).toHaveCount(1);
});
