// Highlights with notes and tags, overlapping and nested with quotes, driven from the keyboard
// and the side panel; each stays clickable and every edit undoes.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, waitForArticle } from './driver';

const PARAGRAPH =
  'Mr. Witkoff echoed a Kremlin talking point on Sunday when he tried to legitimize the staged referendums';
const QUOTE = '“There are referendums within these territories that justify these actions.”';
const INNER = 'referendums within these territories';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

const panelItems = (page: Page) =>
  page.getByRole('list', { name: 'Annotations in text order' }).getByRole('button');

test('nested highlights and quotes render, stay clickable, and are edited from the panel', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);

  // Outer highlight (H), a quote inside the same paragraph (Q), an inner highlight inside the quote.
  await selectText(page, PARAGRAPH);
  await article(page).press('h');
  await expect(page.getByRole('status').filter({ hasText: 'Highlighted' })).toBeVisible();
  await selectText(page, QUOTE);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });
  await selectText(page, INNER);
  await page.getByRole('button', { name: 'Mark quote' }).focus();
  await page.keyboard.press('Control+Shift+H');

  // The panel lists all three in text order.
  await expect(panelItems(page)).toHaveCount(3);
  await expect(panelItems(page).nth(0)).toContainText(PARAGRAPH);
  await expect(panelItems(page).nth(1)).toContainText(QUOTE);
  await expect(panelItems(page).nth(2)).toContainText(INNER);

  // Each is clickable in the text: the innermost span under the pointer is selected.
  await article(page)
    .locator('mark[data-kind="highlight"]', { hasText: 'echoed a Kremlin' })
    .click();
  await expect(panelItems(page).nth(0)).toHaveAttribute('aria-current', 'true');
  await article(page).locator('mark[data-kind="quote"]', { hasText: 'There are' }).click();
  await expect(panelItems(page).nth(1)).toHaveAttribute('aria-current', 'true');
  await article(page).locator('mark[data-kind="highlight"]', { hasText: INNER }).click();
  await expect(panelItems(page).nth(2)).toHaveAttribute('aria-current', 'true');
  // The inner highlight sits inside the quote and the outer highlight is not inside either.
  await expect(article(page).locator('mark.in-quote', { hasText: INNER })).toHaveCount(1);

  // E edits the note of the selected highlight; tags are typed and join the codebook.
  await article(page).focus();
  await page.keyboard.press('e');
  const editor = page.getByRole('form', { name: 'Edit highlight' });
  await expect(editor.getByLabel('Note')).toBeFocused();
  await editor.getByLabel('Note').fill('The referendums were staged');
  await editor.getByLabel('Tags').fill('territorial, Kremlin talking point');
  await editor.getByRole('radio', { name: 'green' }).check();
  await editor.getByRole('button', { name: 'Save highlight' }).click();
  await expect(panelItems(page).nth(2)).toContainText('The referendums were staged');
  await expect(panelItems(page).nth(2)).toContainText('territorial, Kremlin talking point');
  await expect(article(page).locator('mark.hl-green', { hasText: INNER })).toHaveCount(1);

  // The selected highlight's audit trail lists each edit with who made it.
  const detail = page.getByRole('region', { name: 'Selected annotation' });
  await detail.getByText(/^History/).click();
  await expect(
    detail.getByRole('list', { name: 'Change history' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect(
    detail.getByRole('list', { name: 'Change history' }).getByRole('listitem').first(),
  ).toContainText('Edit note');
  await expect(
    detail.getByRole('list', { name: 'Change history' }).getByRole('listitem').last(),
  ).toContainText('Highlight');

  // Filter the panel by tag and by kind.
  await page
    .getByRole('combobox', { name: 'Filter by tag' })
    .selectOption({ label: 'territorial' });
  await expect(panelItems(page)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption({ label: 'Any tag' });
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Quotes' });
  await expect(panelItems(page)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'All' });

  // N and P step through annotations in text order, revealing each.
  await panelItems(page).nth(0).click();
  await article(page).focus();
  await page.keyboard.press('n');
  await expect(panelItems(page).nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('mark:focus')).toContainText('There are');
  await page.keyboard.press('p');
  await expect(panelItems(page).nth(0)).toHaveAttribute('aria-current', 'true');

  // Delete removes the selected highlight; undo brings it back.
  await page.keyboard.press('Delete');
  await expect(panelItems(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(panelItems(page)).toHaveCount(3);
  await expect(
    article(page).locator('mark[data-kind="highlight"]', { hasText: 'echoed a Kremlin' }),
  ).toHaveCount(1);
});
