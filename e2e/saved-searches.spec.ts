// Saved searches, end to end: a query saved under a name (the Save button, and the palette's
// "Save search…"), listed beside the results, kept across a restart and run with a click or
// Enter, renamed and deleted; a taken name or an empty box is refused with a message.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { waitForArticle } from './driver';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

const box = (page: Page) => page.getByRole('combobox', { name: 'Search everywhere' });
const savedList = (page: Page) => page.getByRole('complementary', { name: 'Saved searches' });
const run = (page: Page, name: string) =>
  savedList(page).getByRole('button', { name: `Run saved search ${name}`, exact: true });

async function saveAs(page: Page, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Save search' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('textbox', { name: 'Name' }).press('Enter');
}

test('saves a search, keeps it across a restart, runs, renames and deletes it', async () => {
  app = await launchWorkbench();
  const { page, dataDir } = app;
  await waitForArticle(page);
  await page.keyboard.press('Control+Shift+F');
  await expect(savedList(page)).toContainText('None yet');

  // The Save button with the query as the name it suggests.
  await box(page).fill('referendums');
  await page.getByRole('button', { name: 'Save search…' }).click();
  const form = page.getByRole('form', { name: 'Save search' });
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('referendums');
  await saveAs(page, 'Witkoff referendums');
  await expect(form).toBeHidden();
  await expect(run(page, 'Witkoff referendums')).toContainText('referendums');
  await expect(run(page, 'Witkoff referendums')).toHaveAttribute('aria-current', 'true');

  // The palette's command; a name already taken (case aside) is refused, and says so.
  await box(page).fill('kremlin');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('save search');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await saveAs(page, 'WITKOFF referendums');
  await expect(form.getByRole('alert')).toContainText('already called “WITKOFF referendums”');
  await saveAs(page, 'Kremlin');
  await expect(form).toBeHidden();
  await expect(savedList(page).getByRole('listitem')).toHaveCount(2);

  // With nothing in the box there is nothing to save: the command says so.
  await box(page).fill('');
  await app.sendCommand('search.save');
  await expect(page.getByRole('alert').filter({ hasText: 'Type a search first' })).toBeVisible();
  await expect(form).toBeHidden();

  // A restart: the list comes back from the settings file; a click runs one.
  await app.close();
  app = await launchWorkbench({ dataDir });
  const again = app.page;
  await waitForArticle(again);
  await again.keyboard.press('Control+Shift+F');
  await expect(box(again)).toHaveValue('');
  await run(again, 'Witkoff referendums').click();
  await expect(box(again)).toHaveValue('referendums');
  await expect(box(again)).toBeFocused();
  const results = again.getByRole('listbox', { name: 'Results' });
  await expect(
    results.getByRole('group', { name: 'passages' }).getByRole('option').first(),
  ).toContainText('referendums');
  // Enter on a focused saved search runs it too.
  await run(again, 'Kremlin').focus();
  await again.keyboard.press('Enter');
  await expect(box(again)).toHaveValue('kremlin');
  await expect(run(again, 'Kremlin')).toHaveAttribute('aria-current', 'true');

  // Rename: a taken name is refused in place; Escape leaves it as it was; then a new name.
  const list = savedList(again);
  await list.getByRole('button', { name: 'Rename saved search Witkoff referendums' }).click();
  const rename = list.getByRole('textbox', { name: 'New name for Witkoff referendums' });
  await expect(rename).toBeFocused();
  await rename.fill('kremlin');
  await rename.press('Enter');
  await expect(list.getByRole('alert')).toContainText('already called “kremlin”');
  await rename.press('Escape');
  await expect(run(again, 'Witkoff referendums')).toBeVisible();
  await list.getByRole('button', { name: 'Rename saved search Witkoff referendums' }).click();
  await rename.fill('Referendums (Witkoff)');
  await rename.press('Enter');
  await expect(run(again, 'Referendums (Witkoff)')).toBeFocused();
  await expect(run(again, 'Witkoff referendums')).toHaveCount(0);

  // Delete, and a reload shows the list as the service keeps it.
  await list.getByRole('button', { name: 'Delete saved search Kremlin' }).click();
  await expect(run(again, 'Kremlin')).toHaveCount(0);
  await expect(box(again)).toBeFocused();
  await again.reload();
  await waitForArticle(again);
  await again.keyboard.press('Control+Shift+F');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(run(again, 'Referendums (Witkoff)')).toContainText('referendums');
});
