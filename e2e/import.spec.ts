// Importing articles end to end: files of three formats dropped on the window come in as one
// batch with a report, appear in the library with their metadata, and that metadata reaches the
// quote sheet (Outlet and Date); the open dialog takes several files and reports what failed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, dropFiles, fillQuoteDialog, selectText, waitForArticle } from './driver';
import { readCsv } from './readers';
import { samplePdf } from '../electron/import/test-support/sample-pdf';

let app: LaunchedWorkbench | undefined;
let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'import-e2e-'));
});
test.afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  expect(app?.blockedRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

const QUOTE = 'We are ready to sign the grain deal tomorrow';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Grain deal close, ministers say - The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Grain deal close, ministers say","datePublished":"2025-04-02T08:30:00+03:00",
"author":[{"@type":"Person","name":"Olena Marchenko"}],"publisher":{"@type":"Organization","name":"The Harbour Post"}}</script>
<link rel="canonical" href="https://harbour.example/2025/04/02/grain-deal">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Grain deal close, ministers say</h1><p class="byline">By Olena Marchenko</p>
<p>“${QUOTE},” the trade minister told reporters in Odesa on Wednesday, after a long night of talks.</p>
<p>Officials from both sides said the remaining questions concerned insurance for the ships and the inspection of cargo.</p>
<p>The agreement would reopen three ports that have been closed since the winter, according to the ministry.</p>
</article><footer>© The Harbour Post</footer><script>window.__ran = true</script></body></html>`;

const NOTES = `---
title: Port inspections resume
author: Jane Doe
date: 2025-04-03
outlet: Field Notes Weekly
---

# Port inspections resume

Inspectors returned to the port on Thursday, the harbour master said.

> “Every ship will be checked,” he said.
`;

test('drop three files of different formats, find them in the library, and export their metadata', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  const html = path.join(dir, 'grain-deal.html');
  const md = path.join(dir, 'port-notes.md');
  const pdf = path.join(dir, 'riyadh-twice.pdf');
  await writeFile(html, PAGE);
  await writeFile(md, NOTES);
  await writeFile(pdf, samplePdf({ pages: 2 }));

  await dropFiles(page, [html, md, pdf]);
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await expect(dialog.getByRole('status')).toHaveText('3 articles imported');
  await expect(dialog.getByRole('region', { name: 'Imported' }).getByRole('listitem')).toHaveCount(
    3,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The library lists them with their metadata.
  await page
    .getByRole('tab', { name: 'Library' })
    .or(page.getByRole('button', { name: 'Library' }))
    .click();
  const library = page.getByRole('grid', { name: 'Articles table' });
  await expect(library.getByRole('row', { name: /Grain deal close, ministers say/ })).toContainText(
    'The Harbour Post',
  );
  await expect(library.getByRole('row', { name: /Grain deal close/ })).toContainText('2025-04-02');
  await expect(library.getByRole('row', { name: /Grain deal close/ })).toContainText(
    'Olena Marchenko',
  );
  await expect(library.getByRole('row', { name: /Port inspections resume/ })).toContainText(
    'Field Notes Weekly',
  );
  await expect(
    page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran),
  ).resolves.toBeUndefined();

  // Open the web page, mark a quote, export: Outlet and Date are filled.
  await library.getByRole('row', { name: /Grain deal close/ }).dblclick();
  await waitForArticle(page, 'Grain deal close, ministers say');
  await expect(article(page)).not.toContainText('Home');
  await selectText(page, QUOTE);
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'the trade minister', cue: 'told reporters' });
  await page.keyboard.press('Control+E');
  const exportDialog = page.getByRole('dialog', { name: 'Export quote sheet' });
  await exportDialog.getByRole('radio', { name: /^CSV/ }).check();
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect(exportDialog.getByText(/^Saved 1 quote to /)).toBeVisible();
  const csv = await readCsv(app.dialogs.saved[0]!);
  const row = csv.find((r) => r.some((cell) => cell.includes(QUOTE)))!;
  expect(row[csv[0]!.indexOf('Outlet')]).toBe('The Harbour Post');
  expect(row[csv[0]!.indexOf('Date')]).toBe('2025-04-02');
});

test('the open dialog takes several files; failures and duplicates are reported and nothing else changes', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  const sample = await readFile(path.resolve('resources/sample/riyadh-ceasefire-talks.txt'));
  const copy = path.join(dir, 'copy.txt');
  const broken = path.join(dir, 'broken.pdf');
  const page1 = path.join(dir, 'grain.htm');
  await writeFile(copy, sample);
  await writeFile(broken, '%PDF-1.7\nthis is not really a PDF');
  await writeFile(page1, PAGE);
  app.dialogs.nextImport = [copy, broken, page1];
  await page.keyboard.press('Control+O');
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await dialog.getByRole('button', { name: 'Choose files…' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    '1 article imported, 1 duplicate skipped, 1 failed',
  );
  await expect(dialog.getByRole('region', { name: 'Not imported' })).toContainText('broken.pdf');
  await expect(dialog.getByRole('region', { name: 'Already in the workspace' })).toContainText(
    'copy.txt',
  );
  await dialog
    .getByRole('region', { name: 'Imported' })
    .getByRole('button', { name: 'Open' })
    .click();
  await waitForArticle(page, 'Grain deal close, ministers say');
  // One undo takes the whole batch back.
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('status').filter({ hasText: /Undid/ })).toBeVisible();
});
