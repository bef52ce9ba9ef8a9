// REFI-QDA end to end: Witkoff's quote and a claim made from it in the sample, exported as a
// .qdpx through the (harness's) save dialog and checked against the QDA-XML schema, then
// imported into a fresh workspace, where the quote, its speaker and the claim come back.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, tableRows, waitForArticle } from './driver';
import { validateQde } from '../electron/interchange/refi-qda/test-support';

const WITKOFF = '“There are referendums within these territories that justify these actions.”';
const STATEMENT = 'Referendums in the occupied territories justify their annexation';

let apps: LaunchedWorkbench[] = [];
test.afterEach(async () => {
  for (const app of apps) expect(app.pageErrors).toEqual([]);
  await Promise.all(apps.map((app) => app.close()));
  apps = [];
});

test('export Witkoff’s quote and claim as REFI-QDA and import them into a fresh workspace', async () => {
  const mine = await launchWorkbench();
  apps.push(mine);
  const { page } = mine;
  await waitForArticle(page);
  await selectText(page, WITKOFF);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });
  await article(page).locator('mark[data-kind="quote"]', { hasText: 'referendums within' }).click();
  await article(page).press('c');
  const dialog = page.getByRole('dialog', { name: 'Tag claim' });
  await dialog.getByLabel('Claim, in your words').fill(STATEMENT);
  await dialog.getByLabel('Tags').fill('Kremlin talking point');
  await dialog.getByRole('button', { name: 'Tag claim' }).click();
  await expect(dialog).toBeHidden();
  const claim = page.getByRole('region', { name: 'Claim' });
  await claim.getByLabel('Status').selectOption('unverifiable');
  await claim.getByRole('button', { name: 'Save claim' }).click();
  await expect(claim.locator('.claim-header')).toContainText('Unverifiable');

  await mine.sendCommand('interchange.exportQdpx');
  await expect(page.getByRole('status').first()).toHaveText(
    /Saved 1 article and 2 coded spans as workspace-.*\.qdpx/,
  );
  const file = mine.dialogs.saved[0]!;
  const qde = strFromU8(unzipSync(await readFile(file))['project.qde']!);
  expect(validateQde(qde)).toBe('');
  expect(qde).toContain('name="Steve Witkoff"');

  const theirs = await launchWorkbench();
  apps.push(theirs);
  await waitForArticle(theirs.page);
  theirs.dialogs.nextOpen = file;
  await theirs.sendCommand('interchange.importQdpx');
  const report = theirs.page.getByRole('dialog', { name: /^Imported workspace-.*\.qdpx$/ });
  await expect(report).toContainText('added 1 tag, 1 source, 1 quote, 1 attribution, 1 claim');
  // The sample article is in both workspaces, so the coding joins the colleague's copy.
  await expect(report).toContainText('has the same text as your');
  await report.getByRole('button', { name: 'Close' }).click();

  const rows = await tableRows(theirs.page);
  expect(rows.map((row) => row[0])).toEqual([WITKOFF]);
  expect(rows[0]).toContain('Steve Witkoff');
  await theirs.page.getByRole('button', { name: 'Claims', exact: true }).click();
  const claims = theirs.page.getByRole('region', { name: 'Claims' });
  const row = claims
    .getByRole('grid', { name: 'Claims table' })
    .getByRole('row', { name: /^Open claim/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(STATEMENT);
  await expect(row).toContainText('Unverifiable');
  await expect(row).toContainText('Kremlin talking point');
});
