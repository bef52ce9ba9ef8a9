// Claims end to end: Witkoff's referendum remark tagged as a claim from his quote, the refuting
// sentence added as evidence, the verdict set, and the claims table filtered to it after a
// restart; the source's track record counts it.
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, waitForArticle } from './driver';

const WITKOFF = '“There are referendums within these territories that justify these actions.”';
const REFUTING =
  'Those referendums were widely denounced as fraudulent and illegal by the international community.';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

test('tag a claim, refute it with a span, give a verdict, and find it after a restart', async () => {
  app = await launchWorkbench();
  const { page, dataDir } = app;
  await waitForArticle(page);

  await selectText(page, WITKOFF);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });

  // The selected quote becomes a claim: its speaker is the claimant.
  await article(page).locator('mark[data-kind="quote"]', { hasText: 'referendums within' }).click();
  await article(page).press('c');
  const dialog = page.getByRole('dialog', { name: 'Tag claim' });
  await expect(dialog.getByRole('list', { name: 'Claimants' })).toContainText('Steve Witkoff');
  await expect(dialog.getByLabel('Claim, in your words')).toHaveValue(WITKOFF);
  await dialog
    .getByLabel('Claim, in your words')
    .fill('Referendums in the occupied territories justify their annexation by Russia');
  await dialog.getByLabel('Tags').fill('territorial, Kremlin talking point');
  await dialog.getByRole('button', { name: 'Tag claim' }).click();
  await expect(dialog).toBeHidden();

  // A verdict needs evidence: the form says so and will not save "disputed" yet.
  const claim = page.getByRole('region', { name: 'Claim' });
  await claim.getByLabel('Status').selectOption('disputed');
  await expect(claim).toContainText('needs at least one piece of refuting evidence');
  await expect(claim.getByRole('button', { name: 'Save claim' })).toBeDisabled();

  await selectText(page, REFUTING);
  await claim.getByRole('radio', { name: 'Refutes' }).check();
  await claim.getByLabel('Evidence note').fill('International reaction to the staged votes');
  await claim.getByRole('button', { name: 'Add selected text as evidence' }).click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toContainText(`“${REFUTING}”`);
  await expect(evidence).toContainText('International reaction to the staged votes');

  const saved = page.getByRole('region', { name: 'Claim' });
  await saved.getByLabel('Status').selectOption('disputed');
  await saved.getByLabel('Credibility').selectOption('5');
  await saved.getByRole('button', { name: 'Save claim' }).click();
  await expect(saved.locator('.claim-header')).toContainText('Disputed');

  // The reader marks the claim apart from plain quotes, with its status on hover.
  const claimRun = article(page).locator('mark.in-claim', { hasText: 'referendums within' });
  await expect(claimRun.first()).toHaveAttribute('title', /Claim · Disputed/);
  await expect(article(page).locator('mark.in-evidence-refutes').first()).toBeVisible();

  await app.close();
  app = await launchWorkbench({ dataDir });
  const again = app.page;
  await waitForArticle(again);
  await again.getByRole('button', { name: 'Claims', exact: true }).click();
  const claims = again.getByRole('region', { name: 'Claims' });
  const table = claims.getByRole('grid', { name: 'Claims table' });
  const rows = table.getByRole('row', { name: /^Open claim/ });
  await expect(rows).toHaveCount(1);
  await claims.getByLabel('Filter by status').selectOption('verified');
  await expect(rows).toHaveCount(0);
  await claims.getByLabel('Filter by status').selectOption('disputed');
  await claims.getByLabel('Filter by tag').selectOption({ label: 'Kremlin talking point' });
  await claims.getByLabel('Filter by credibility').selectOption('5');
  await claims.getByLabel('Filter by claimant').selectOption({ label: 'Steve Witkoff' });
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await expect(row).toContainText('Referendums in the occupied territories');
  await expect(row).toContainText('Steve Witkoff');
  await expect(row).toContainText('Disputed');
  await expect(row).toContainText('+0 / −1');

  await claims.getByLabel('Filter by tag').selectOption('');
  await claims.getByLabel('Group claims').selectOption('tag');
  await expect(table.getByRole('rowheader')).toHaveText([
    'Kremlin talking point (1)',
    'territorial (1)',
  ]);

  // The verdict counts in Witkoff's track record.
  await row.click();
  await expect(again.getByRole('region', { name: 'Evidence' })).toContainText(REFUTING);
  await again.getByRole('button', { name: 'Sources', exact: true }).click();
  await again
    .getByRole('grid', { name: 'Sources table' })
    .getByRole('row', { name: 'Open Steve Witkoff' })
    .click();
  const source = again.getByRole('article', { name: 'Source: Steve Witkoff' });
  await expect(source.getByRole('region', { name: 'Claims' })).toContainText('Disputed');
});
