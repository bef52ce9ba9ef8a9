// Selecting article text without a mouse: the article takes focus from the keyboard, X selects a
// sentence, ] and [ step between sentences across paragraphs, . and , grow and shrink the
// selection by a word, G takes the paragraph, and Q marks whatever the keys selected.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, tableRows, waitForArticle } from './driver';

const FIRST =
  'The United States is holding separate talks with Russia and Ukraine in Saudi Arabia to iron ' +
  'out details of a possible limited cease-fire in what could be a crucial step toward a full ' +
  'cessation of hostilities in the war.';
const SUNDAY = 'Ukraine was the first to hold talks with the United States, on Sunday.';
const MONDAY = 'It will be followed by Russia on Monday.';
// "p.m." does not end the sentence.
const UMEROV =
  'Rustem Umerov, the Ukrainian defense minister leading his country’s delegation, said the ' +
  'talks on Sunday had begun around 5:30 p.m. Kyiv time and ended some five hours later.';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

const selected = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

test('select a sentence, step to the next, and mark it as a quote with keys only', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);

  await page.keyboard.press('Control+Shift+A');
  await expect(article(page)).toBeFocused();

  // Nothing selected: X takes the first sentence in view.
  await page.keyboard.press('x');
  expect(await selected(page)).toBe(FIRST);

  // ] steps sentence by sentence, across paragraphs; [ steps back.
  for (let i = 0; i < 3; i++) await page.keyboard.press(']');
  expect(await selected(page)).toBe(SUNDAY);
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  expect(await selected(page)).toBe(UMEROV);
  await page.keyboard.press('[');
  expect(await selected(page)).toBe(MONDAY);
  await page.keyboard.press(']');
  expect(await selected(page)).toBe(UMEROV);

  await page.keyboard.press('q');
  const dialog = page.getByRole('dialog', { name: 'Mark quote' });
  await expect(dialog.getByLabel('Selected text')).toHaveText(UMEROV);
  await fillQuoteDialog(page, { kind: 'Indirect (reported)', speakerQuery: 'Rustem Umerov' });

  // The row follows the edit's refresh, after the dialog has closed: read until it is there.
  await expect.poll(async () => (await tableRows(page)).map((row) => row[0])).toEqual([UMEROV]);
});

test('words and paragraphs: . grows the selection, , shrinks it, G takes the paragraph', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  await page.keyboard.press('Control+Shift+A');

  await page.keyboard.press('x');
  for (let i = 0; i < 4; i++) await page.keyboard.press(']');
  expect(await selected(page)).toBe(MONDAY);
  await page.keyboard.press('.');
  expect(await selected(page)).toBe(`${MONDAY} Rustem`);
  await page.keyboard.press('.');
  expect(await selected(page)).toBe(`${MONDAY} Rustem Umerov,`);
  await page.keyboard.press(',');
  await page.keyboard.press(',');
  await page.keyboard.press(',');
  expect(await selected(page)).toBe('It will be followed by Russia on');

  await page.keyboard.press('g');
  expect(await selected(page)).toMatch(
    new RegExp(`^${SUNDAY} ${MONDAY} Rustem Umerov.*details\\.$`),
  );

  // The selection stays where the analyst's keys left it for H, C and S too.
  await page.keyboard.press('h');
  await expect(article(page).locator('mark', { hasText: 'It will be followed' })).toBeVisible();
});
