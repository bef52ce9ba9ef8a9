// Sources and their reliability: a pronoun-based attribution with its basis, Admiralty grades
// with rationales as a dated history that survives a restart, and the grade shown wherever the
// source appears.
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, tableRows, waitForArticle } from './driver';

const UMEROV =
  '“The discussion was productive and focused — we addressed key points including energy,”';
const WITKOFF = '“There are referendums within these territories that justify these actions.”';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

test('attribute by inference, grade and regrade a source, and keep the history', async () => {
  app = await launchWorkbench();
  const { page, dataDir } = app;
  await waitForArticle(page);

  // "he wrote on social media": the speaker is inferred from the previous sentence.
  await selectText(page, UMEROV);
  await article(page).press('q');
  await fillQuoteDialog(page, {
    speakerQuery: 'Rustem Umerov',
    newSource: { kind: 'Person', role: 'Ukrainian defense minister' },
    confidence: 'Inferred',
    basis: '“he” is Rustem Umerov, named in the previous sentence',
  });
  await selectText(page, WITKOFF);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });

  // The selected quote's attributions show in the panel with confidence and basis.
  await article(page)
    .locator('mark[data-kind="quote"]', { hasText: 'we addressed key points' })
    .click();
  const detail = page.getByRole('region', { name: 'Selected annotation' });
  await expect(detail).toContainText('Rustem Umerov');
  await expect(detail).toContainText('Inferred');
  await expect(detail).toContainText('“he” is Rustem Umerov, named in the previous sentence');

  // Grade Steve Witkoff, then regrade him.
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const sources = page.getByRole('grid', { name: 'Sources table' });
  await expect(sources.getByRole('row', { name: /Open / })).toHaveCount(2);
  await sources.getByRole('row', { name: 'Open Steve Witkoff' }).click();
  const source = page.getByRole('article', { name: 'Source: Steve Witkoff' });
  const addGrade = source.getByRole('form', { name: 'Add grade' });

  // A grade without a rationale is refused, and the form says why.
  await addGrade.getByLabel('Grade').selectOption('C');
  await addGrade.getByRole('button', { name: 'Save grade' }).click();
  await expect(addGrade.getByRole('alert')).toBeVisible();

  await addGrade.getByLabel('Assessed on').fill('2025-03-23');
  await addGrade.getByLabel('Rationale').fill('Official envoy with direct access; no record yet.');
  await addGrade.getByRole('button', { name: 'Save grade' }).click();
  const history = source.getByRole('list', { name: 'Grade history' });
  await expect(history.getByRole('listitem')).toHaveCount(1);

  await addGrade.getByLabel('Grade').selectOption('D');
  await addGrade.getByLabel('Assessed on').fill('2025-03-25');
  await addGrade
    .getByLabel('Rationale')
    .fill('Repeated a Kremlin talking point on the referendums, contradicted by the record.');
  await addGrade.getByRole('button', { name: 'Save grade' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('2025-03-25');
  await expect(source.getByRole('img', { name: 'Grade over time' })).toBeVisible();

  // Restart: both entries are still there, newest first, and the grade shows in the reader.
  await app.close();
  app = await launchWorkbench({ dataDir });
  await waitForArticle(app.page);
  expect((await tableRows(app.page)).map((r) => r[1])).toEqual([
    'Rustem Umerov',
    'Steve Witkoff (D)',
  ]);
  await expect(
    article(app.page).locator('mark[data-kind="quote"]', { hasText: 'There are referendums' }),
  ).toHaveAttribute('title', 'Quote by Steve Witkoff (D)');
  await app.page.getByRole('button', { name: 'Sources', exact: true }).click();
  await app.page
    .getByRole('grid', { name: 'Sources table' })
    .getByRole('row', { name: 'Open Steve Witkoff' })
    .click();
  const entries = app.page
    .getByRole('article', { name: 'Source: Steve Witkoff' })
    .getByRole('list', { name: 'Grade history' })
    .getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Not usually reliable');
  await expect(entries.nth(0)).toContainText('Repeated a Kremlin talking point');
  await expect(entries.nth(1)).toContainText('Fairly reliable');
  await expect(entries.nth(1)).toContainText('2025-03-23');
  await expect(
    app.page
      .getByRole('article', { name: 'Source: Steve Witkoff' })
      .getByRole('region', { name: 'Quotes', exact: true }),
  ).toContainText('There are referendums');
});

test('a source created from selected text gets its role from the sentence', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  await selectText(page, 'Dmitri S. Peskov');
  await article(page).press('s');
  const dialog = page.getByRole('dialog', { name: 'New source' });
  await expect(dialog.getByLabel('Name')).toHaveValue('Dmitri S. Peskov');
  await expect(dialog.getByLabel('Role or title')).toHaveValue('the Kremlin’s spokesman');
  await expect(dialog.getByLabel('Source kind')).toHaveValue('person');
  await dialog.getByLabel('Aliases').fill('Mr. Peskov');
  await dialog.getByRole('button', { name: 'Create source' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Created source' })).toHaveText(
    'Created source: Dmitri S. Peskov',
  );

  // Selecting the name again offers the existing source instead of a twin; the alias finds him.
  await selectText(page, 'Dmitri S. Peskov');
  await article(page).press('s');
  await expect(dialog.getByRole('status')).toContainText('already in the registry');
  await dialog.getByRole('button', { name: 'Open that source' }).click();
  const source = page.getByRole('article', { name: 'Source: Dmitri S. Peskov' });
  await expect(source).toBeVisible();
  await expect(source).toContainText('the Kremlin’s spokesman');
  await expect(source.getByRole('table', { name: 'Track record' })).toBeVisible();
});
