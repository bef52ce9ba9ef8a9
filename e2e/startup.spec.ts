// The staged start-up, raced on purpose: the window paints the first article with its own quotes
// before the workspace's other lists, and here those lists (the whole quote list and the start-up
// refresh's annotations, tags, claims and undo state) are held back for seconds, as a slow
// machine would hold them. A quote marked with the keyboard and a grade added right after the
// article appears show at once and stay after the stale lists land; after a restart the first
// paint already names the speaker with the grade.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { holdStartUpLists, launchWorkbench } from './harness';
import type { LaunchOptions, LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, tableRows, waitForArticle } from './driver';

const FIRST =
  'The United States is holding separate talks with Russia and Ukraine in Saudi Arabia to iron ' +
  'out details of a possible limited cease-fire in what could be a crucial step toward a full ' +
  'cessation of hostilities in the war.';
/** Long enough for both edits to be made before anything held lands, on a slow machine too. */
const HOLD_MS = 8_000;

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

/**
 * Launch options holding back every whole quote list and the first call of each start-up list;
 * `held()` says how many answers were held, `landed()` how many of those reached the page.
 */
function holdingLists(): Pick<LaunchOptions, 'slowCalls' | 'onDispatch'> & {
  held(): number;
  landed(): number;
} {
  const hold = holdStartUpLists(HOLD_MS);
  let held = 0;
  let landed = 0;
  return {
    slowCalls: (channel, input) => {
      const ms = hold(channel, input);
      if (ms > 0) held += 1;
      return ms;
    },
    onDispatch: (call) => {
      if (call.heldMs) landed += 1;
    },
    held: () => held,
    landed: () => landed,
  };
}

const speakers = async (page: Page) => (await tableRows(page)).map((row) => row[1]);
const undoTitle = (page: Page) =>
  page.getByRole('toolbar', { name: 'Article tools' }).getByRole('button', { name: 'Undo' });

test('a quote marked and a grade added before the lists land show at once and stay', async () => {
  const holding = holdingLists();
  app = await launchWorkbench(holding);
  const { page } = app;
  await waitForArticle(page);

  // Mark the first sentence with keys only, as soon as the article is there.
  await page.keyboard.press('Control+Shift+A');
  await expect(article(page)).toBeFocused();
  await page.keyboard.press('x');
  await page.keyboard.press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff' });
  await expect
    .poll(async () => (await tableRows(page)).map((row) => row.slice(0, 2)))
    .toEqual([[FIRST, 'Steve Witkoff']]);

  // Grade the new speaker.
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await page
    .getByRole('grid', { name: 'Sources table' })
    .getByRole('row', { name: 'Open Steve Witkoff' })
    .click();
  const addGrade = page
    .getByRole('article', { name: 'Source: Steve Witkoff' })
    .getByRole('form', { name: 'Add grade' });
  await addGrade.getByLabel('Grade').selectOption('C');
  await addGrade.getByLabel('Rationale').fill('Official envoy; no record yet.');
  await addGrade.getByRole('button', { name: 'Save grade' }).click();
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect.poll(() => speakers(page)).toEqual(['Steve Witkoff (C)']);
  const undo = await undoTitle(page).getAttribute('title');
  expect(undo).toMatch(/^Undo /);

  // Both edits were made while the lists were still held: the race this spec is about.
  // (The whole quote list and the four start-up lists at least.)
  expect(holding.held()).toBeGreaterThanOrEqual(5);
  expect(holding.landed()).toBe(0);

  // The stale answers land; the quote, its speaker's grade and the undo label stay.
  await expect.poll(() => holding.landed(), { timeout: HOLD_MS * 3 }).toBe(holding.held());
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await speakers(page)).toEqual(['Steve Witkoff (C)']);
  }
  expect((await tableRows(page)).map((row) => row[0])).toEqual([FIRST]);
  await expect(
    article(page).locator('mark[data-kind="quote"]', { hasText: 'holding separate talks' }),
  ).toHaveAttribute('title', 'Quote by Steve Witkoff (C)');
  await expect(undoTitle(page)).toHaveAttribute('title', undo!);
});

test('after a restart the first paint names the speakers with their grades', async () => {
  app = await launchWorkbench();
  const { dataDir } = app;
  await waitForArticle(app.page);
  await app.page.keyboard.press('Control+Shift+A');
  await app.page.keyboard.press('x');
  await app.page.keyboard.press('q');
  await fillQuoteDialog(app.page, { speakerQuery: 'Steve Witkoff' });
  await app.page.getByRole('button', { name: 'Sources', exact: true }).click();
  await app.page
    .getByRole('grid', { name: 'Sources table' })
    .getByRole('row', { name: 'Open Steve Witkoff' })
    .click();
  const addGrade = app.page.getByRole('form', { name: 'Add grade' });
  await addGrade.getByLabel('Grade').selectOption('D');
  await addGrade.getByLabel('Rationale').fill('Repeated a talking point.');
  await addGrade.getByRole('button', { name: 'Save grade' }).click();
  await expect(
    app.page.getByRole('list', { name: 'Grade history' }).getByRole('listitem'),
  ).toHaveCount(1);
  await app.close();

  const holding = holdingLists();
  app = await launchWorkbench({ dataDir, ...holding });
  await waitForArticle(app.page);
  // Read once, as soon as the article is there (no retry): the first paint has the grade.
  expect(await speakers(app.page)).toEqual(['Steve Witkoff (D)']);
  expect(holding.landed()).toBe(0);
  await expect(
    article(app.page).locator('mark[data-kind="quote"]', { hasText: 'holding separate talks' }),
  ).toHaveAttribute('title', 'Quote by Steve Witkoff (D)');
  await expect.poll(() => holding.landed(), { timeout: HOLD_MS * 3 }).toBe(holding.held());
  expect(await speakers(app.page)).toEqual(['Steve Witkoff (D)']);
});
