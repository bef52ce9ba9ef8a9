// The reader's layout at 1280×720 and 1440×900: the annotations list's rows never overlap, a
// selected claim's status, evidence and verdict are on screen without scrolling, a message does not
// change the toolbar's height, nothing overflows the window sideways, and the panes fold by command
// and come back after a restart at the sizes they had (the window settings file).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, waitForArticle } from './driver';

const WITKOFF = '“There are referendums within these territories that justify these actions.”';
const REFUTING =
  'Those referendums were widely denounced as fraudulent and illegal by the international community.';
const SIZES = [
  [1280, 720],
  [1440, 900],
] as const;

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element has a box').not.toBeNull();
  return b!;
}

/** The element lies wholly inside the viewport, so it is seen without scrolling the page. */
async function expectOnScreen(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const b = await box(locator);
  const viewport = page.viewportSize()!;
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height).toBeLessThanOrEqual(viewport.height + 0.5);
  expect(b.x + b.width).toBeLessThanOrEqual(viewport.width + 0.5);
}

/** Neither the page nor its body scrolls sideways or down: the window holds everything. */
async function expectNoPageOverflow(page: Page) {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth);
  expect(sizes.scrollHeight).toBeLessThanOrEqual(sizes.clientHeight);
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const annotationRows = (page: Page) =>
  page.getByRole('list', { name: 'Annotations in text order' }).locator('li.virtual-row');

for (const [width, height] of SIZES) {
  test(`at ${width}×${height} the list, the claim and the toolbar keep their places`, async () => {
    app = await launchWorkbench();
    const { page } = app;
    await page.setViewportSize({ width, height });
    await waitForArticle(page);
    const header = page.locator('.app-header');
    const headerHeight = (await box(header)).height;

    // Three highlights and a quote tagged as a claim fill the annotations list.
    for (const words of ['Saudi Arabia', 'Russian occupation forces', 'Mr. Witkoff echoed']) {
      await selectText(page, words);
      await article(page).press('h');
    }
    // A message appeared and the toolbar kept its height.
    await expect(page.getByRole('status').filter({ hasText: 'Highlighted' })).toBeVisible();
    expect((await box(header)).height).toBe(headerHeight);

    await selectText(page, WITKOFF);
    await article(page).press('q');
    await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });
    await article(page)
      .locator('mark[data-kind="quote"]', { hasText: 'referendums within' })
      .click();
    await article(page).press('c');
    const dialog = page.getByRole('dialog', { name: 'Tag claim' });
    await dialog.getByRole('button', { name: 'Tag claim' }).click();
    await expect(dialog).toBeHidden();
    expect((await box(header)).height).toBe(headerHeight);
    const claim = inspector(page).getByRole('region', { name: 'Claim', exact: true });
    await selectText(page, REFUTING);
    await claim.getByRole('button', { name: 'Add selected text as evidence' }).click();
    await expect(claim.locator('.evidence-item')).toHaveCount(1);

    // No two rows of the list overlap (each row starts at or below the end of the one before).
    await expect(annotationRows(page)).toHaveCount(6);
    const rows = await annotationRows(page).evaluateAll((items) =>
      items.map((item) => {
        const r = item.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
    );
    rows.sort((a, b) => a.top - b.top);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.top).toBeGreaterThanOrEqual(rows[i - 1]!.bottom - 0.5);
    }

    // The claim's status, its verdict and its evidence are on screen at once: choosing an item
    // shows it from its top, and the claim's top holds all three.
    await annotationRows(page).nth(1).getByRole('button').click();
    await annotationRows(page)
      .filter({ hasText: /Claim · / })
      .getByRole('button')
      .click();
    await expectOnScreen(page, claim.locator('.claim-header .status-badge'));
    await expectOnScreen(page, claim.getByLabel('Status'));
    await expectOnScreen(page, claim.getByLabel('Credibility'));
    await expectOnScreen(page, claim.getByRole('button', { name: 'Save claim' }));
    await expectOnScreen(page, claim.getByRole('button', { name: /^Evidence/ }));
    await expectOnScreen(page, claim.locator('.evidence-item'));
    await expectNoPageOverflow(page);
  });
}

test('panes fold by command and by key, and keep their sizes after a restart', async () => {
  app = await launchWorkbench();
  let page = app.page;
  const dataDir = app.dataDir;
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitForArticle(page);

  // The separators are labelled and move with the keyboard.
  const grip = page.getByRole('separator', { name: 'Resize the reader and the inspector' });
  const before = (await box(inspector(page))).width;
  await grip.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await box(inspector(page))).width).toBeGreaterThan(before + 20);
  const widened = (await box(inspector(page))).width;

  // Folding the quotes table leaves its header bar, with the count, as a strip.
  await page.keyboard.press('Control+J');
  const quotes = page.getByRole('region', { name: 'Quotes', exact: true });
  await expect.poll(async () => (await box(page.locator('.table-pane'))).height).toBeLessThan(50);
  await expect(quotes.getByRole('heading', { name: 'Quotes' })).toBeVisible();
  await expect(quotes.locator('.count')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unfold the quotes table' })).toBeVisible();

  // The lists and the inspector fold from the menu's commands.
  await app.sendCommand('view.toggleArticles');
  await expect(page.getByRole('navigation', { name: 'Articles' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();
  await app.sendCommand('view.toggleInspector');
  await expect(inspector(page)).toBeHidden();
  await expectNoPageOverflow(page);
  await app.sendCommand('view.toggleInspector');
  await expect
    .poll(async () => Math.round((await box(inspector(page))).width))
    .toBe(Math.round(widened));

  // The layout is written to the settings file beside the workspace, once the drag settles.
  const settingsFile = path.join(dataDir, 'window-settings.json');
  await expect
    .poll(async () => {
      const saved = JSON.parse(await readFile(settingsFile, 'utf8').catch(() => '{}'));
      return saved.panes?.['reader.sidebar']?.[0];
    })
    .toBe(0);

  await app.close();
  app = await launchWorkbench({ dataDir });
  page = app.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitForArticle(page);
  await expect(page.getByRole('navigation', { name: 'Articles' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Unfold the quotes table' })).toBeVisible();
  expect(Math.abs((await box(inspector(page))).width - widened)).toBeLessThan(3);

  // Clicking the strip unfolds the table; the command brings the articles list back.
  await page
    .getByRole('region', { name: 'Quotes', exact: true })
    .getByRole('heading', { name: 'Quotes' })
    .click();
  await expect
    .poll(async () => (await box(page.locator('.table-pane'))).height)
    .toBeGreaterThan(100);
  await app.sendCommand('view.toggleArticles');
  await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible();
  await expectNoPageOverflow(page);
});
