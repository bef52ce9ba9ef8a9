// Exports end to end: the quote-sheet dialog's live preview, every format saved through the
// (harness's) save dialog and read back by a real reader, a cancelled save, and a workspace
// bundle handed to a colleague's fresh workspace.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, tableRows, waitForArticle } from './driver';
import { readCsv, readDocxText, readPdfText, readXlsx } from './readers';

const WITKOFF = '“There are referendums within these territories that justify these actions.”';
const EVIL = 'has done a lot of evil.';
const HOSTILE = '=HYPERLINK("http://evil.example","x")';

let apps: LaunchedWorkbench[] = [];
test.afterEach(async () => {
  for (const app of apps) expect(app.pageErrors).toEqual([]);
  await Promise.all(apps.map((app) => app.close()));
  apps = [];
});

async function markQuotes(page: Page) {
  await waitForArticle(page);
  await selectText(page, WITKOFF);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });
  await selectText(page, EVIL);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: HOSTILE });
}

/** Exports in `format` from the open dialog and returns the saved file. */
async function exportAs(app: LaunchedWorkbench, label: RegExp): Promise<string> {
  const dialog = app.page.getByRole('dialog', { name: 'Export quote sheet' });
  const before = app.dialogs.saved.length;
  await dialog.getByRole('radio', { name: label }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByText(/^Saved 2 quotes to /)).toBeVisible();
  expect(app.dialogs.saved).toHaveLength(before + 1);
  return app.dialogs.saved[before]!;
}

test('export the quote sheet in every format, each read back by a real reader', async () => {
  const app = await launchWorkbench();
  apps.push(app);
  const { page } = app;
  await markQuotes(page);

  await page.keyboard.press('Control+E');
  const dialog = page.getByRole('dialog', { name: 'Export quote sheet' });
  const preview = dialog.getByRole('table', { name: 'Quote sheet preview' });
  await expect(preview).toContainText('referendums within these territories');
  await expect(preview.getByRole('rowheader')).toHaveText([`${HOSTILE} (1)`, 'Steve Witkoff (1)']);
  // The context column sets the quote off inside its sentence.
  await expect(preview.locator('mark', { hasText: 'has done a lot of evil.' })).toBeVisible();
  await dialog.getByLabel('Title').fill('Riyadh briefing');

  const csv = await readCsv(await exportAs(app, /^CSV/));
  expect(csv[0]).toEqual(expect.arrayContaining(['Quote', 'Speaker', 'Context']));
  const speakerAt = csv[0]!.indexOf('Speaker');
  const speakers = csv.slice(1).map((row) => row[speakerAt]);
  expect(speakers).toContain('Steve Witkoff');
  // A cell that would be a live formula is written as text.
  expect(speakers).toContain(`'${HOSTILE}`);

  const workbook = await readXlsx(await exportAs(app, /^Excel/));
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Quotes', 'Sources', 'Claims']);
  const quotes = workbook.getWorksheet('Quotes')!;
  expect(quotes.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(quotes.autoFilter).toBeTruthy();
  const cells = quotes.getSheetValues().flat().map(String);
  // XLSX text cells are never formulas: the name is kept exactly as typed (a quote-prefix style
  // keeps it text when edited), where the CSV above needs the apostrophe.
  expect(cells).toContain(HOSTILE);
  expect(cells).not.toContain(`'${HOSTILE}`);
  expect(cells.some((c) => c.includes('referendums within these territories'))).toBe(true);

  const docx = await readDocxText(await exportAs(app, /^Word/));
  expect(docx).toContain('Riyadh briefing');
  expect(docx).toContain('Steve Witkoff');
  expect(docx).toContain('There are referendums within these territories');

  const pdf = await readPdfText(await exportAs(app, /^PDF/));
  expect(pdf).toContain('Riyadh briefing');
  expect(pdf).toMatch(/referendums\s+within/);

  const html = await readFile(await exportAs(app, /^Web page/), 'utf8');
  expect(html).toContain('Steve Witkoff');
  expect(html).not.toMatch(/<script|<link|src="http/i);

  const markdown = await readFile(await exportAs(app, /^Markdown/), 'utf8');
  expect(markdown).toContain('# Riyadh briefing');

  const json = JSON.parse(await readFile(await exportAs(app, /^JSON/), 'utf8')) as object;
  expect(JSON.stringify(json)).toContain('referendums within these territories');

  // Cancelling the save dialog saves nothing and says so.
  app.dialogs.cancelNextSave = true;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByText('Not saved.')).toBeVisible();
});

test('hand the workspace to a colleague as a bundle', async () => {
  const mine = await launchWorkbench();
  apps.push(mine);
  await markQuotes(mine.page);
  await mine.sendCommand('bundle.export');
  await expect(mine.page.getByRole('status').first()).toHaveText(/Saved the workspace bundle/);
  const bundle = mine.dialogs.saved[0]!;

  const theirs = await launchWorkbench();
  apps.push(theirs);
  await waitForArticle(theirs.page);
  theirs.dialogs.nextOpen = bundle;
  await theirs.sendCommand('bundle.import');
  const report = theirs.page.getByRole('dialog', { name: /^Imported workspace-/ });
  await expect(report).toContainText('Added 2 sources, 2 quotes, 2 attributions');
  await report.getByRole('button', { name: 'Close' }).click();
  expect((await tableRows(theirs.page)).map((row) => row[0]).sort()).toEqual(
    [EVIL, WITKOFF].sort(),
  );
});
