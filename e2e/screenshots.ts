// `npm run screenshots [-- DIR]`: every view and the main dialogs of the workbench at 1280×720 and
// 1440×900, through the e2e harness (real React in Chromium, real service), written as PNGs to
// DIR (default: screenshots/). Look at them before resolving anything with a UI.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, waitForArticle } from './driver';
import { sampleHtml } from '../electron/import/test-support/sample-html';
import { samplePdf } from '../electron/import/test-support/sample-pdf';
import { otherToolProject } from '../electron/interchange/refi-qda/test-support';

const SIZES = [
  [1280, 720],
  [1440, 900],
] as const;
const out = path.resolve(process.argv[2] ?? 'screenshots');
/** The theme of the pass being shot: the dark pass writes `NAME-dark-WxH.png`. */
let theme: 'light' | 'dark' = 'light';

async function shoot(page: Page, name: string, size: readonly [number, number]) {
  await page.waitForTimeout(250);
  const suffix = theme === 'dark' ? '-dark' : '';
  const file = path.join(out, `${name}${suffix}-${size[0]}x${size[1]}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

async function view(page: Page, label: string) {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
}

await mkdir(out, { recursive: true });
const inputs = await mkdtemp(path.join(os.tmpdir(), 'screenshots-'));
const grain = path.join(inputs, 'grain-talks.html');
const pdf = path.join(inputs, 'riyadh-report.pdf');
await writeFile(
  grain,
  new TextDecoder()
    .decode(sampleHtml())
    .replace('<article>', '<article><p>An extra paragraph, so this copy differs.</p>'),
);
await writeFile(pdf, samplePdf({ pages: 4 }));
const qdpx = path.join(inputs, 'field-study.qdpx');
await writeFile(qdpx, otherToolProject());

for (const pass of ['light', 'dark'] as const)
  for (const size of SIZES) {
    theme = pass;
    const app = await launchWorkbench();
    const { page } = app;
    try {
      await page.setViewportSize({ width: size[0], height: size[1] });
      // The default preference follows the system: tell the page the system is light or dark.
      await page.emulateMedia({ colorScheme: pass });
      // tsx (esbuild's keepNames) wraps the driver's page functions in __name(); define it there.
      await page.evaluate('globalThis.__name = (f) => f');
      await waitForArticle(page);
      await selectText(page, 'likely');
      await article(page).press('q');
      await fillQuoteDialog(page, { speakerQuery: 'Dmitri S. Peskov', cue: 'said' });
      await shoot(page, 'reader', size);

      // Every kind of mark, a claim on the quote, and the legend open.
      await selectText(page, 'staged referendums');
      await article(page).press('h');
      const highlight = page.getByRole('form', { name: 'Edit highlight' });
      await highlight.getByRole('button', { name: 'Save highlight' }).click();
      await article(page).locator('mark[data-kind="quote"]').first().click();
      await article(page).press('c');
      const tagClaim = page.getByRole('dialog', { name: 'Tag claim' });
      await tagClaim.getByRole('button', { name: 'Tag claim' }).click();
      await tagClaim.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Legend' }).click();
      await shoot(page, 'reader-legend', size);
      await page.getByRole('button', { name: 'Legend' }).click();
      // The inspector with the claim selected, then the quotes table folded to its strip.
      await shoot(page, 'reader-claim', size);
      await app.sendCommand('view.toggleTable');
      await shoot(page, 'reader-table-folded', size);
      await app.sendCommand('view.toggleTable');

      // Quote suggestions: outlines in the text and the review queue, then one being edited.
      await app.sendCommand('quote.suggest');
      const suggestions = page.getByRole('region', { name: 'Suggested quotes' });
      await suggestions.locator('li[aria-current="true"]').waitFor();
      await page.keyboard.press('j');
      await shoot(page, 'suggestions', size);
      await page.keyboard.press('e');
      await shoot(page, 'suggestions-edit', size);
      await suggestions.getByRole('button', { name: 'Cancel' }).click();
      await suggestions.getByRole('button', { name: 'Close' }).click();

      // Find in the article (Ctrl+F) over quotes and highlights, then go to anything (Ctrl+K).
      await article(page).focus();
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox', { name: 'Find in article' }).fill('Kremlin');
      await page.keyboard.press('Enter');
      await shoot(page, 'find-bar', size);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: 'Command' }).fill('peskov');
      await shoot(page, 'palette-goto', size);
      await page.keyboard.press('Escape');

      app.dialogs.nextImport = [grain, pdf, path.join(inputs, 'missing.txt')];
      await page.keyboard.press('Control+O');
      await shoot(page, 'import-dialog', size);
      const dialog = page.getByRole('dialog', { name: 'Import articles' });
      await dialog.getByRole('button', { name: 'Choose files…' }).click();
      await dialog
        .getByText(/imported/)
        .first()
        .waitFor();
      await shoot(page, 'import-report', size);
      await dialog.getByRole('button', { name: 'Close' }).click();

      await view(page, 'Library');
      await page.getByRole('grid', { name: 'Articles table' }).getByRole('row').nth(1).click();
      await shoot(page, 'library', size);
      await page.getByRole('grid', { name: 'Articles table' }).getByRole('row').nth(1).dblclick();
      await shoot(page, 'reader-imported', size);

      for (const label of ['Sources', 'Claims', 'Codebook']) {
        await view(page, label);
        await shoot(page, label.toLowerCase(), size);
      }
      // Search everywhere (Ctrl+Shift+F): grouped results with the hits marked, then a query
      // that cannot be read.
      await page.keyboard.press('Control+Shift+F');
      const search = page.getByRole('combobox', { name: 'Search everywhere' });
      await search.fill('referendums');
      await page
        .getByRole('status')
        .filter({ hasText: /result/ })
        .waitFor();
      await shoot(page, 'search', size);
      // Saved searches: the Save form under the box, then the list beside the results.
      await page.getByRole('button', { name: 'Save search…' }).click();
      const saveForm = page.getByRole('form', { name: 'Save search' });
      await saveForm.getByRole('textbox', { name: 'Name' }).fill('Witkoff on the referendums');
      await shoot(page, 'search-save-form', size);
      await saveForm.getByRole('textbox', { name: 'Name' }).press('Enter');
      await search.fill('speaker:witkoff status:disputed');
      await page.getByRole('button', { name: 'Save search…' }).click();
      await saveForm.getByRole('textbox', { name: 'Name' }).fill('Disputed claims by Witkoff');
      await saveForm.getByRole('textbox', { name: 'Name' }).press('Enter');
      await saveForm.waitFor({ state: 'hidden' });
      await page
        .getByRole('button', { name: 'Run saved search Witkoff on the referendums' })
        .click();
      await page
        .getByRole('status')
        .filter({ hasText: /result/ })
        .waitFor();
      await shoot(page, 'search-saved', size);
      await search.fill('kremlin status:wrong');
      await page.getByRole('alert').filter({ hasText: 'claim status' }).waitFor();
      await shoot(page, 'search-error', size);
      await search.fill('');
      await view(page, 'Articles');
      await page.keyboard.press('Control+E');
      // It loads on first use (its own script): shoot it once it is there.
      await page.getByRole('dialog').waitFor();
      await shoot(page, 'export-dialog', size);
      await page.keyboard.press('Escape');
      await app.sendCommand('workspace.restore');
      await page.getByRole('dialog', { name: 'Restore from an earlier copy' }).waitFor();
      await shoot(page, 'restore-dialog', size);
      await page.keyboard.press('Escape');
      await app.sendCommand('annotations.import');
      await page.getByRole('dialog', { name: 'Import annotations' }).waitFor();
      await shoot(page, 'annotation-import-dialog', size);
      await page.keyboard.press('Escape');
      app.dialogs.nextOpen = qdpx;
      await app.sendCommand('interchange.importQdpx');
      await page.getByRole('dialog', { name: 'Imported field-study.qdpx' }).waitFor();
      await shoot(page, 'qdpx-import-report', size);
      await page.keyboard.press('Escape');
    } finally {
      await app.close();
    }
  }
await rm(inputs, { recursive: true, force: true });
