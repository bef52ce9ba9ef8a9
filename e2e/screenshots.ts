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

const SIZES = [
  [1280, 720],
  [1440, 900],
] as const;
const out = path.resolve(process.argv[2] ?? 'screenshots');

async function shoot(page: Page, name: string, size: readonly [number, number]) {
  await page.waitForTimeout(250);
  const file = path.join(out, `${name}-${size[0]}x${size[1]}.png`);
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

for (const size of SIZES) {
  const app = await launchWorkbench();
  const { page } = app;
  try {
    await page.setViewportSize({ width: size[0], height: size[1] });
    // tsx (esbuild's keepNames) wraps the driver's page functions in __name(); define it there.
    await page.evaluate('globalThis.__name = (f) => f');
    await waitForArticle(page);
    await selectText(page, 'likely');
    await article(page).press('q');
    await fillQuoteDialog(page, { speakerQuery: 'Dmitri S. Peskov', cue: 'said' });
    await shoot(page, 'reader', size);

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
    await view(page, 'Articles');
    await page.keyboard.press('Control+E');
    await shoot(page, 'export-dialog', size);
    await page.keyboard.press('Escape');
    await app.sendCommand('workspace.restore');
    await page.getByRole('dialog', { name: 'Restore from an earlier copy' }).waitFor();
    await shoot(page, 'restore-dialog', size);
    await page.keyboard.press('Escape');
  } finally {
    await app.close();
  }
}
await rm(inputs, { recursive: true, force: true });
