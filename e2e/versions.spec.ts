// A changed version of an article: imported over the old one, every span re-anchored, typographic
// changes costing nothing, and the one quote whose paragraph was cut waiting in the review queue
// until the analyst re-attaches it; undoing and redoing the import switches the reader's text.
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, tableRows, waitForArticle } from './driver';

const SAMPLE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'resources',
  'sample',
  'riyadh-ceasefire-talks.txt',
);
const WITKOFF = '“There are referendums within these territories that justify these actions.”';
const BUDANOV = '“has done a lot of evil.”';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

test('re-import a changed article and review the orphaned quote', async () => {
  app = await launchWorkbench();
  const { page, dataDir } = app;
  await waitForArticle(page);
  await selectText(page, WITKOFF);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });
  await selectText(page, BUDANOV);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Kyrylo Budanov', cue: 'called' });
  await selectText(page, 'Moscow continues to insist on maximalist positions');
  await article(page).press('h');

  // The revised article: straight quotes, an editor's note on top, Budanov's paragraph cut.
  const original = await readFile(SAMPLE, 'utf8');
  const revised = `Editor’s note: this article was updated.\n${original}`
    .replace(/[“”]/g, '"')
    .replace(/In 2023, Kyrylo Budanov[^\n]*\n/, '');
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'revised-')), 'revised.txt');
  await writeFile(file, revised);

  await page.getByRole('button', { name: 'Import…' }).focus();
  await page.keyboard.press('Control+Shift+O');
  const dialog = page.getByRole('dialog', { name: /Import new version/ });
  await dialog.getByLabel('Text file').setInputFiles(file);
  await expect(dialog.getByLabel('Article text')).not.toHaveValue('');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'New version' })).toHaveText(
    'New version imported: 2 re-anchored, 0 uncertain, 1 not found (see Needs review)',
  );

  // Witkoff's quote and the highlight sit on the new text; Budanov's is listed, not drawn.
  await expect(article(page)).toContainText('Editor’s note');
  await expect(article(page).locator('mark[data-kind="quote"]')).toHaveText([
    WITKOFF.replace(/[“”]/g, '"'),
  ]);
  await expect(article(page).locator('mark[data-kind="highlight"]')).toHaveText([
    'Moscow continues to insist on maximalist positions',
  ]);
  const queue = page.getByRole('region', { name: 'Needs review' });
  await expect(queue.getByRole('listitem')).toHaveCount(1);
  await expect(queue).toContainText(BUDANOV);
  await expect(queue).toContainText('Not found in the new version');

  // Re-attach it to where Budanov is still mentioned; the queue empties and it is drawn again.
  await selectText(page, 'Mr. Beseda’s choice came as a surprise to some');
  await queue.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(queue).toBeHidden();
  await expect(article(page).locator('mark[data-kind="quote"]')).toHaveCount(2);

  // After a restart the new text, the old version and the anchors are all there.
  await app.close();
  app = await launchWorkbench({ dataDir });
  await waitForArticle(app.page);
  await expect(article(app.page)).toContainText('Editor’s note');
  // In text order: the re-attached quote now sits before Witkoff's. The table fills in after
  // the article opens, so wait for its rows.
  const restarted = app.page;
  await expect
    .poll(async () => (await tableRows(restarted)).map((r) => r[0]))
    .toEqual(['Mr. Beseda’s choice came as a surprise to some', WITKOFF.replace(/[“”]/g, '"')]);
  await expect(app.page.getByRole('region', { name: 'Needs review' })).toHaveCount(0);
});

test('undo and redo a new version: the reader follows the text', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  const before = 'Moscow continues to insist on maximalist positions';
  const after = 'Moscow still insists on its maximalist positions';
  const original = await readFile(SAMPLE, 'utf8');
  expect(original).toContain(before);

  await page.getByRole('button', { name: 'Import…' }).focus();
  await page.keyboard.press('Control+Shift+O');
  const dialog = page.getByRole('dialog', { name: /Import new version/ });
  await dialog.getByLabel('Article text').fill(original.replace(before, after));
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(article(page)).toContainText(after);
  await expect(article(page)).not.toContainText(before);

  // Nothing but the undo changes the article, so only the refresh after it can bring the old
  // text back into the reader.
  await article(page).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toHaveText(
    'Undid: Import new version',
  );
  await expect(article(page)).toContainText(before);
  await expect(article(page)).not.toContainText(after);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Redid' })).toHaveText(
    'Redid: Import new version',
  );
  await expect(article(page)).toContainText(after);
  await expect(article(page)).not.toContainText(before);
});
