// The native menu fires its accelerators for keys the page leaves alone, so a command can arrive
// from the shell while a dialog is open (electron/electron#11116). Those are dropped: undo does not
// reach behind the modal and another command does not replace the dialog and lose what was typed.
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, selectText, waitForArticle } from './driver';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

test('menu commands sent while a dialog is open change nothing behind it', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  await selectText(page, 'Riyadh');
  await article(page).press('h');
  await expect(page.getByRole('status').filter({ hasText: 'Highlighted' })).toBeVisible();
  const highlights = () =>
    page.evaluate(async () => {
      const result = (await window.workbench!.invoke('annotations.list')) as { value: unknown[] };
      return result.value.length;
    });
  expect(await highlights()).toBe(1);

  await selectText(page, 'likely');
  await article(page).press('q');
  const dialog = page.getByRole('dialog', { name: 'Mark quote' });
  await dialog.getByLabel('Cue').fill('said on Monday');
  // What the menu sends when Ctrl/Cmd+Z, Ctrl/Cmd+O or Ctrl/Cmd+E reach it behind the dialog.
  for (const id of ['edit.undo', 'document.import', 'export.quoteSheet', 'view.palette']) {
    await app.sendCommand(id);
  }
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Cue')).toHaveValue('said on Monday');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  expect(await highlights()).toBe(1);

  // Once the dialog is closed, the menu works again.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await app.sendCommand('edit.undo');
  await expect.poll(highlights).toBe(0);
});
