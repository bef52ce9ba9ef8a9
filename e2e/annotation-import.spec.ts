// Annotations from Hypothesis end to end: File › Import annotations… places a colleague's
// highlights in the sample article (matched by the passage's words), lists the one it cannot
// place in the review queue, reports the page note it skipped, and one undo takes it all back.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, waitForArticle } from './driver';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

const row = (id: string, exact: string | null, text: string) => ({
  id,
  uri: 'https://news.example/riyadh-talks',
  user: 'acct:jane@hypothes.is',
  created: '2025-03-24T10:00:00.000000+00:00',
  updated: '2025-03-24T10:00:00.000000+00:00',
  text,
  tags: ['Kremlin line'],
  target: [
    {
      source: 'https://news.example/riyadh-talks',
      ...(exact
        ? { selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }
        : {}),
    },
  ],
});

test('import a Hypothesis export into the open article, review what moved, undo it all', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'hypothesis-')), 'jane.json');
  await writeFile(
    file,
    JSON.stringify({
      export_date: '2025-03-25T00:00:00Z',
      annotations: [
        row('h1', 'Moscow continues to insist on maximalist positions', 'Same line as in 2022.'),
        row('h2', 'a sentence the editors later cut from the article', 'Gone now?'),
        row('h3', null, 'A note on the whole page'),
      ],
    }),
  );

  await app.sendCommand('annotations.import');
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByLabel('Article').selectOption({ index: 1 });
  app.dialogs.nextOpen = file;
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  const report = page.getByRole('dialog', { name: 'Imported jane.json' });
  await expect(report).toContainText('Added 2 highlights');
  await expect(report).toContainText('1 passage could not be placed exactly');
  await expect(report.getByRole('region', { name: 'Skipped' })).toContainText(
    'h3: a page note: it marks no passage',
  );
  await report.getByRole('button', { name: 'Close' }).click();

  await expect(article(page).locator('mark[data-kind="highlight"]')).toHaveText([
    'Moscow continues to insist on maximalist positions',
  ]);
  // The highlight keeps its author, shown with it.
  await article(page)
    .locator('mark[data-kind="highlight"]', { hasText: 'Moscow continues' })
    .click();
  await expect(page.getByRole('form', { name: 'Edit highlight' })).toContainText(
    'By jane@hypothes.is',
  );
  const queue = page.getByRole('region', { name: 'Needs review' });
  await expect(queue).toContainText('a sentence the editors later cut');

  await article(page).focus();
  await page.keyboard.press('Control+Z');
  await expect(article(page).locator('mark[data-kind="highlight"]')).toHaveCount(0);
  await expect(queue).toBeHidden();
});
