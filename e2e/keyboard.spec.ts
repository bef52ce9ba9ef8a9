// Keyboard first: the command palette and the shortcuts sheet list the same commands the menu
// and shortcuts run, and running one from the palette does what its shortcut does.
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, selectText, waitForArticle } from './driver';
import { COMMANDS } from '../shared/commands';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

test('the palette finds and runs commands; the sheet lists every shortcut', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);

  await selectText(page, '“likely”');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  // Every command but the palette itself.
  await expect(palette.getByRole('option')).toHaveCount(COMMANDS.length - 1);
  await palette.getByRole('combobox', { name: 'Command' }).fill('mark');
  await expect(palette.getByRole('option')).toHaveText([/^Mark quote.*Ctrl\+Shift\+M or Q$/]);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const dialog = page.getByRole('dialog', { name: 'Mark quote' });
  await expect(dialog.getByLabel('Selected text')).toHaveText('“likely”');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await article(page).press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Mark quote/ })).toContainText('Ctrl+Shift+M');
  await expect(sheet.getByRole('row', { name: /Undo/ })).toContainText('Ctrl+Z');
  await expect(sheet.getByRole('row', { name: /Command palette/ })).toContainText('Ctrl+K');
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});
