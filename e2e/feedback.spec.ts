// Feedback and theme (issue #13): a message never moves the toolbar, a deletion's toast offers
// Undo that brings the item back, a saved file is named without its folder and "Show in folder"
// reveals exactly that file, and the theme command cycles System → Light → Dark, kept in the
// window settings file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, selectText, waitForArticle } from './driver';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

test('toasts: steady toolbar, Undo after a deletion, Show in folder after a save', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitForArticle(page);
  const toolbar = page.getByRole('toolbar', { name: 'Article tools' });
  const before = await toolbar.boundingBox();

  await selectText(page, 'staged referendums');
  await article(page).press('h');
  await page
    .getByRole('form', { name: 'Edit highlight' })
    .getByRole('button', { name: 'Save highlight' })
    .click();
  const marks = article(page).locator('mark[data-kind="highlight"]');
  await expect(marks).toHaveCount(1);
  await article(page).press('Delete');
  const status = page.getByRole('status').filter({ hasText: 'Deleted the highlight' });
  await expect(status).toBeVisible();
  expect(await toolbar.boundingBox()).toEqual(before);
  // The toast's Undo, not the toolbar's.
  await page.locator('.status-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(marks).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toBeVisible();

  await app.sendCommand('bundle.export');
  const saved = page.getByRole('status').filter({ hasText: 'Saved the workspace bundle as' });
  await expect(saved).toBeVisible();
  const file = app.dialogs.saved.at(-1)!;
  // The file's name, never its folder.
  await expect(saved).toHaveText(`Saved the workspace bundle as ${path.basename(file)}`);
  await page.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app!.dialogs.revealed).toEqual([file]);
  expect(await toolbar.boundingBox()).toEqual(before);
});

test('the theme command cycles System → Light → Dark and is kept in the settings file', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await waitForArticle(page);
  const html = page.locator('html');
  // System, and the system is dark.
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await app.sendCommand('view.theme');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('status').filter({ hasText: 'Theme: Light' })).toBeVisible();
  await app.sendCommand('view.theme');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const settingsFile = path.join(app.dataDir, 'window-settings.json');
  await expect
    .poll(async () => JSON.parse(await readFile(settingsFile, 'utf8')).theme as string)
    .toBe('dark');
  // Dark stays dark when the system turns light; System follows it again.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await app.sendCommand('view.theme');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
});
