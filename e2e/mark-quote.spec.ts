// The foundation slice end to end, in a real Chromium against the real service and a real data
// file: the sample article opens, quotes are marked and attributed, the table sorts, filters
// and reveals, and everything survives a restart.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, tableRows, waitForArticle } from './driver';

const UMEROV =
  '“The discussion was productive and focused — we addressed key points including energy,”';
const WITKOFF = '“There are referendums within these territories that justify these actions.”';
const LIKELY = '“likely”';
const TITLE = 'Riyadh ceasefire talks';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) {
    expect(app.pageErrors, 'errors or CSP violations in the page').toEqual([]);
    expect(app.blockedRequests, 'requests that tried to leave the machine').toEqual([]);
  }
  await app?.close();
  app = undefined;
});

test('first run opens the sample article with its section headings', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page, TITLE);
  await expect(article(page)).toContainText('Rustem Umerov, the Ukrainian defense minister');
  const headings = article(page).locator('h2');
  await expect(headings).toHaveText([
    'The Russian delegation',
    'The Ukrainian delegation',
    'Moscow’s position',
    'Kyiv’s position',
    'What’s next?',
  ]);
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('button')).toHaveCount(
    1,
  );
  await expect(page.getByRole('grid', { name: 'Quotes table' })).toContainText('No quotes yet');
});

test('mark, attribute, sort, filter and reveal quotes, then find them after a restart', async () => {
  app = await launchWorkbench();
  const { page, dataDir } = app;
  await waitForArticle(page, TITLE);

  // Keyboard: select, press Q; a new source is created from the form, with a pronoun-based inference.
  await selectText(page, UMEROV);
  await article(page).press('q');
  const dialog = page.getByRole('dialog', { name: 'Mark quote' });
  await expect(dialog.getByLabel('Selected text')).toHaveText(UMEROV);
  await expect(dialog.getByRole('radio', { name: 'Direct', exact: true })).toBeChecked();
  await expect(dialog.getByLabel('Cue')).toHaveValue('wrote on social media');
  await fillQuoteDialog(page, {
    speakerQuery: 'Rustem Umerov',
    newSource: { kind: 'Person', role: 'Ukrainian defense minister' },
    confidence: 'Inferred',
  });
  await expect(article(page).locator('mark', { hasText: 'we addressed key points' })).toBeVisible();

  // Button: a second speaker.
  await selectText(page, WITKOFF);
  await page.getByRole('button', { name: 'Mark quote' }).click();
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });

  // Type-ahead: "Mr. Witkoff" finds the existing source instead of creating a duplicate.
  await selectText(page, LIKELY);
  await article(page).press('q');
  await expect(
    page.getByRole('dialog').getByRole('radio', { name: 'Partial', exact: true }),
  ).toBeChecked();
  await fillQuoteDialog(page, {
    speakerQuery: 'Mr. Witkoff',
    pick: 'Steve Witkoff',
    cue: 'said in an interview with Bloomberg News',
  });

  await expect(article(page).locator('mark')).toHaveCount(3);
  expect(await tableRows(page)).toEqual([
    [UMEROV, 'Rustem Umerov', 'Direct', 'wrote on social media', TITLE],
    [WITKOFF, 'Steve Witkoff', 'Direct', 'told Fox News', TITLE],
    [LIKELY, 'Steve Witkoff', 'Partial', 'said in an interview with Bloomberg News', TITLE],
  ]);

  // Sort by speaker, descending on a second click.
  const table = page.getByRole('grid', { name: 'Quotes table' });
  await table.getByRole('button', { name: 'Speaker' }).click();
  expect((await tableRows(page)).map((r) => r[1])).toEqual([
    'Rustem Umerov',
    'Steve Witkoff',
    'Steve Witkoff',
  ]);
  await table.getByRole('button', { name: 'Speaker' }).click();
  expect((await tableRows(page)).map((r) => r[1])).toEqual([
    'Steve Witkoff',
    'Steve Witkoff',
    'Rustem Umerov',
  ]);
  await expect(table.getByRole('columnheader', { name: /Speaker/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // Filter by text, then by kind.
  await page.getByRole('searchbox', { name: 'Filter quotes' }).fill('referendums');
  expect((await tableRows(page)).map((r) => r[0])).toEqual([WITKOFF]);
  await page.getByRole('searchbox', { name: 'Filter quotes' }).fill('');
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption({ label: 'Partial' });
  expect((await tableRows(page)).map((r) => r[0])).toEqual([LIKELY]);
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption({ label: 'All kinds' });

  // Clicking a row scrolls to and focuses its highlight.
  await article(page).evaluate((el) => el.closest('.reader-pane')!.scrollTo(0, 0));
  await table.getByRole('row', { name: /likely/ }).click();
  const focused = page.locator('mark:focus');
  await expect(focused).toHaveText(LIKELY);
  await expect(focused).toBeInViewport();
  await expect(focused).toHaveClass(/selected/);

  // The data file on disk holds the attribution with its inferred confidence.
  await app.close();
  const disk = await readFile(path.join(dataDir, 'workspace.json'), 'utf8');
  const stored = JSON.parse(disk) as { attributions: Record<string, { confidence: string }> };
  expect(
    Object.values(stored.attributions)
      .map((a) => a.confidence)
      .sort(),
  ).toEqual(['inferred', 'stated', 'stated']);

  // Restart on the same folder: everything is still there.
  app = await launchWorkbench({ dataDir });
  await waitForArticle(app.page, TITLE);
  await expect(article(app.page).locator('mark')).toHaveCount(3);
  expect(await tableRows(app.page)).toEqual([
    [UMEROV, 'Rustem Umerov', 'Direct', 'wrote on social media', TITLE],
    [WITKOFF, 'Steve Witkoff', 'Direct', 'told Fox News', TITLE],
    [LIKELY, 'Steve Witkoff', 'Partial', 'said in an interview with Bloomberg News', TITLE],
  ]);
  await expect(app.page.getByRole('navigation', { name: 'Articles' })).toContainText('3 quotes');
});

test('errors reach the user and bad input changes nothing', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);

  // No selection: the shortcut explains what to do.
  await article(page).press('q');
  await expect(page.getByRole('alert')).toContainText('Select the words that were said');
  await page.getByRole('button', { name: 'Dismiss error' }).click();

  // The dialog refuses to save without a speaker, and says why.
  await selectText(page, WITKOFF);
  await article(page).press('q');
  const dialog = page.getByRole('dialog', { name: 'Mark quote' });
  await dialog.getByRole('button', { name: 'Save quote' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Choose who said it: pick a source or create one.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Malformed calls straight at the bridge are rejected with typed errors.
  const results = await page.evaluate(async () => {
    const wb = window.workbench!;
    const doc = ((await wb.invoke('documents.list')) as { value: { id: string }[] }).value[0]!;
    return Promise.all([
      wb.invoke('quotes.create', {
        documentId: doc.id,
        position: { start: 5, end: 2 },
        kind: 'direct',
        speaker: { newSource: { kind: 'person', name: 'X' } },
      }),
      wb.invoke('quotes.create', {
        documentId: doc.id,
        position: { start: 0, end: 10 },
        kind: 'shouted',
        speaker: { sourceId: 'nope' },
      }),
      wb.invoke('quotes.create', {
        documentId: doc.id,
        position: { start: 0, end: 10 },
        kind: 'direct',
        speaker: { sourceId: 'nope' },
      }),
      wb.invoke('quotes.create', {
        documentId: doc.id,
        position: { start: 0, end: 99_999_999 },
        kind: 'direct',
        speaker: { newSource: { kind: 'person', name: 'Y' } },
      }),
      wb.invoke('sources.create', { kind: 'person', name: '   ' }),
      wb.invoke('documents.get', { id: 'missing' }),
      wb.invoke('documents.get', { id: doc.id, extra: '<script>' }),
      wb.invoke('nope.channel' as never, {}),
      wb.invoke('quotes.list'),
      wb.invoke('sources.list'),
    ]);
  });
  const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
  expect(codes).toEqual([
    'invalid_input',
    'invalid_input',
    'not_found',
    'invalid_input',
    'invalid_input',
    'not_found',
    'invalid_input',
    'unknown_channel',
    'ok',
    'ok',
  ]);
  const lists = results.slice(8) as { ok: true; value: unknown }[];
  expect(lists[0]!.value).toEqual({ quotes: [], attributions: [] });
  expect(lists[1]!.value).toEqual([]);

  // The bridge is frozen and exposes nothing but invoke, onCommand and pathForFile.
  const shape = await page.evaluate(() => ({
    keys: Object.keys(window.workbench!).sort(),
    frozen: Object.isFrozen(window.workbench),
    node: typeof (window as unknown as { require?: unknown }).require,
  }));
  expect(shape).toEqual({
    keys: ['invoke', 'onCommand', 'pathForFile'],
    frozen: true,
    node: 'undefined',
  });
});

test('menu commands reach the renderer through the bridge', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  await selectText(page, LIKELY);
  await app.sendCommand('quote.mark');
  await expect(page.getByRole('dialog', { name: 'Mark quote' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Mark quote' })).toBeHidden();
  await app.sendCommand('document.import');
  await expect(page.getByRole('dialog', { name: 'Import articles' })).toBeVisible();
});
