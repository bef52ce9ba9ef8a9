// The codebook end to end: tags created while highlighting, renamed and given a one-key
// shortcut in the codebook, applied with that key in the article, merged, and the merge undone.
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

test('rename, key, apply by key, merge and undo a tag', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);

  // Tags typed on a highlight join the codebook.
  await selectText(page, 'staged referendums');
  await article(page).press('h');
  const editor = page.getByRole('form', { name: 'Edit highlight' });
  await editor.getByLabel('Tags').fill('annexation, territorial');
  await editor.getByRole('button', { name: 'Save highlight' }).click();

  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  const tree = page.getByRole('tree', { name: 'Codebook' });
  await expect(tree.getByRole('treeitem')).toHaveCount(2);
  await tree.getByRole('treeitem', { name: 'territorial' }).click();
  const form = page.getByRole('form', { name: 'Edit tag' });
  await form.getByLabel('Name').fill('Territorial claims');
  await form.getByLabel('Shortcut key').fill('1');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(tree.getByRole('treeitem', { name: 'Territorial claims' })).toBeVisible();

  // The key applies the tag to a selection in the article: a new highlight carrying it.
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await selectText(page, 'Russian occupation forces');
  await article(page).press('1');
  await expect(page.getByRole('status').first()).toHaveText(
    'Highlighted and tagged “Territorial claims”',
  );
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.locator('.annotation-tags', { hasText: 'Territorial claims' })).toHaveCount(2);

  // Merge "annexation" into "Territorial claims": the first highlight keeps one copy.
  await page.getByRole('button', { name: 'Codebook', exact: true }).click();
  await tree.getByRole('treeitem', { name: 'annexation' }).click();
  await page.getByRole('button', { name: 'Merge into…' }).click();
  const merge = page.getByRole('group', { name: 'Merge “annexation” into another tag' });
  await merge.getByRole('combobox').selectOption({ label: 'Territorial claims' });
  await page.getByRole('button', { name: 'Merge into “Territorial claims”' }).click();
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  await expect(tree.getByRole('treeitem', { name: 'Territorial claims' })).toContainText('2');

  await page.keyboard.press('Control+Z');
  await expect(tree.getByRole('treeitem')).toHaveCount(2);
  await expect(tree.getByRole('treeitem', { name: 'annexation' })).toBeVisible();
});
