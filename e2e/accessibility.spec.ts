// Accessibility (issue #13): axe-core on every view and every dialog of the workbench, in one
// launch. A violation with impact "serious" or "critical" fails the run, and the message names
// each rule, its help text and the first elements it hit, so the failure says what to fix.
// AXE_ALL=1 also logs the moderate and minor ones.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, waitForArticle } from './driver';
import { sampleHtml } from '../electron/import/test-support/sample-html';

const BLOCKING: ReadonlySet<string> = new Set(['serious', 'critical']);

let app: LaunchedWorkbench | undefined;
let dir: string | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/**
 * Runs axe on the whole page, or on `dialog` alone when given, and returns its serious and
 * critical violations as lines: rule id, impact, count, help, and the first few targets.
 */
async function blockingViolations(page: Page, dialog?: Locator): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (dialog) {
    await expect(dialog).toBeVisible();
    // axe scopes by CSS selector; mark the dialog so the scan covers it and nothing else.
    await dialog.evaluate((el) => el.setAttribute('data-axe-scope', ''));
    builder = builder.include('[data-axe-scope]');
  }
  const { violations } = await builder.analyze();
  if (dialog) await dialog.evaluate((el) => el.removeAttribute('data-axe-scope'));
  const describe = (v: (typeof violations)[number]) => {
    const targets = v.nodes.slice(0, 4).map((n) => n.target.join(' '));
    return `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${targets.join(' | ')}`;
  };
  if (process.env.AXE_ALL) for (const v of violations) console.log(`  ${describe(v)}`);
  return violations.filter((v) => BLOCKING.has(v.impact ?? '')).map(describe);
}

// Both themes: the dark one follows the system's setting (the default preference), which the
// page is told through the media emulation, as Electron tells it from the OS.
for (const theme of ['light', 'dark'] as const) {
  test(`every view and dialog has no serious or critical axe violations (${theme} theme)`, async () => {
    test.setTimeout(300_000);
    app = await launchWorkbench();
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    dir = await mkdtemp(path.join(os.tmpdir(), 'a11y-e2e-'));
    const found = new Map<string, string[]>();
    const scan = async (name: string, dialog?: Locator) => {
      if (process.env.AXE_ALL) console.log(name);
      found.set(name, await blockingViolations(page, dialog));
    };
    const view = (label: string) =>
      page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();

    // The reader: a quote (its dialog scanned with the speaker suggestions open) and a tagged
    // highlight, then the quote selected.
    await waitForArticle(page);
    await selectText(page, 'likely');
    await article(page).press('q');
    const markQuote = page.getByRole('dialog', { name: 'Mark quote' });
    await markQuote.getByRole('combobox', { name: 'Speaker' }).fill('Dmitri');
    await expect(markQuote.getByRole('option').first()).toBeVisible();
    await scan('Mark quote dialog', markQuote);
    await fillQuoteDialog(page, { speakerQuery: 'Dmitri S. Peskov', cue: 'said' });
    await selectText(page, 'staged referendums');
    await article(page).press('h');
    const editor = page.getByRole('form', { name: 'Edit highlight' });
    await editor.getByLabel('Tags').fill('annexation');
    await editor.getByRole('button', { name: 'Save highlight' }).click();
    await article(page).locator('mark[data-kind="quote"]').first().click();
    // An error toast (mark quote with nothing selected) and the open legend, scanned with the view.
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await article(page).press('q');
    await expect(page.getByRole('alert')).toContainText('Select the words');
    await page.getByRole('button', { name: 'Legend' }).click();
    await expect(page.getByRole('definition').first()).toBeVisible();
    await scan('Articles (reader)');
    await page.getByRole('button', { name: 'Legend' }).click();
    await page.getByRole('button', { name: 'Dismiss error' }).click();
    await article(page).locator('mark[data-kind="quote"]').first().click();

    // The selected quote becomes a claim, for the Claims view below.
    await article(page).press('c');
    const tagClaim = page.getByRole('dialog', { name: 'Tag claim' });
    await scan('Tag claim dialog', tagClaim);
    await tagClaim.getByRole('button', { name: 'Tag claim' }).click();
    await expect(tagClaim).toBeHidden();

    await selectText(page, 'Dmitri S. Peskov');
    await article(page).press('s');
    await scan('New source dialog', page.getByRole('dialog', { name: 'New source' }));
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+k');
    await scan('Command palette', page.getByRole('dialog', { name: 'Command palette' }));
    await page.keyboard.press('Escape');

    await article(page).press('?');
    await scan(
      'Keyboard shortcuts dialog',
      page.getByRole('dialog', { name: 'Keyboard shortcuts' }),
    );
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+E');
    const exportDialog = page.getByRole('dialog', { name: 'Export quote sheet' });
    await expect(exportDialog.getByRole('table', { name: 'Quote sheet preview' })).toBeVisible();
    await scan('Export quote sheet dialog', exportDialog);
    await page.keyboard.press('Escape');

    await app.sendCommand('workspace.restore');
    await scan(
      'Restore dialog',
      page.getByRole('dialog', { name: 'Restore from an earlier copy' }),
    );
    await page.keyboard.press('Escape');

    // Import: the dialog, then its report on one good file and one missing one.
    const html = path.join(dir, 'grain-talks.html');
    await writeFile(html, sampleHtml());
    app.dialogs.nextImport = [html, path.join(dir, 'missing.txt')];
    await page.keyboard.press('Control+O');
    const importDialog = page.getByRole('dialog', { name: 'Import articles' });
    await scan('Import articles dialog', importDialog);
    await importDialog.getByRole('button', { name: 'Choose files…' }).click();
    await expect(importDialog.getByText(/imported/).first()).toBeVisible();
    await scan('Import report', importDialog);
    await importDialog.getByRole('button', { name: 'Close' }).click();

    await view('Library');
    await page.getByRole('grid', { name: 'Articles table' }).getByRole('row').nth(1).click();
    await expect(page.getByRole('complementary', { name: 'Selected article' })).toBeVisible();
    await scan('Library (an article selected)');

    await view('Sources');
    await scan('Sources');
    await page
      .getByRole('grid', { name: 'Sources table' })
      .getByRole('row', { name: /^Open / })
      .first()
      .click();
    await expect(page.getByRole('article', { name: /^Source: / })).toBeVisible();
    await scan('Source page');

    await view('Claims');
    await page
      .getByRole('grid', { name: 'Claims table' })
      .getByRole('row', { name: /^Open claim/ })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Claim', exact: true })).toBeVisible();
    await scan('Claims (a claim selected)');

    await view('Codebook');
    await page.getByRole('tree', { name: 'Codebook' }).getByRole('treeitem').first().click();
    await expect(page.getByRole('form', { name: 'Edit tag' })).toBeVisible();
    await scan('Codebook (a tag selected)');

    const failures = [...found]
      .filter(([, lines]) => lines.length > 0)
      .map(([name, lines]) => `${name}:\n  ${lines.join('\n  ')}`);
    expect(failures, `Serious or critical axe violations:\n${failures.join('\n')}`).toEqual([]);
  });
}
