// Find anything, end to end: Ctrl+F on the sample article counts a word's matches, Enter and
// Shift+Enter step through them (the current one moves and is scrolled into view), Escape closes
// the bar and returns to the article; Ctrl+K "Witkoff" lists the source with its kind and opens it.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, fillQuoteDialog, selectText, waitForArticle } from './driver';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

/** What the page paints: how many find matches, and where the current one is. */
async function painted(page: Page) {
  return page.evaluate(() => {
    const matches = CSS.highlights.get('find-match');
    const current = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined;
    const pane = document.querySelector('.reader-pane')!.getBoundingClientRect();
    const box = current?.getBoundingClientRect();
    return {
      matches: matches?.size ?? 0,
      text: current?.toString() ?? null,
      // Where the current match starts in the article's text: its run's offset plus the offset.
      at: current
        ? Number(
            current.startContainer
              .parentElement!.closest('[data-offset]')!
              .getAttribute('data-offset'),
          ) + current.startOffset
        : null,
      inView: box ? box.top >= pane.top && box.bottom <= pane.bottom : false,
    };
  });
}

test('Ctrl+F counts and steps through the matches of a word; Escape closes', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitForArticle(page);
  // A quote over one of the matches: find must leave its mark alone.
  await selectText(page, 'Mr. Witkoff echoed');
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff' });
  await expect(article(page).locator('mark[data-kind="quote"]')).toHaveCount(1);
  const marksBefore = await article(page).locator('mark').count();

  // The expected count from the rendered text itself, case-insensitively, paragraph by paragraph.
  const expected = await article(page)
    .locator('[data-block]')
    .evaluateAll((blocks) =>
      blocks.reduce((n, b) => n + (b.textContent!.match(/witkoff/gi)?.length ?? 0), 0),
    );
  expect(expected).toBeGreaterThan(2);

  await article(page).focus();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in article' });
  const field = bar.getByRole('searchbox', { name: 'Find in article' });
  await expect(field).toBeFocused();
  // Typed in capitals: matching ignores case.
  await field.pressSequentially('WITKOFF');
  await expect(bar.getByRole('status')).toHaveText(`1 of ${expected}`);
  let now = await painted(page);
  expect(now.matches).toBe(expected);
  expect(now.text?.toLowerCase()).toBe('witkoff');
  expect(now.inView).toBe(true);

  // Enter steps forward: another match is current, and in view; Shift+Enter steps back.
  const seen = [now.at];
  for (let i = 2; i <= expected; i++) {
    await field.press('Enter');
    await expect(bar.getByRole('status')).toHaveText(`${i} of ${expected}`);
    now = await painted(page);
    expect(now.inView, `match ${i} scrolled into view`).toBe(true);
    seen.push(now.at);
  }
  // Every step went further down the article.
  expect(seen).toEqual([...seen].sort((a, b) => a! - b!));
  expect(new Set(seen).size).toBe(expected);
  await field.press('Enter');
  await expect(bar.getByRole('status')).toHaveText(`1 of ${expected}`);
  await field.press('Shift+Enter');
  await expect(bar.getByRole('status')).toHaveText(`${expected} of ${expected}`);
  expect((await painted(page)).at).toBe(seen[expected - 1]);
  await bar.getByRole('button', { name: 'Previous match' }).click();
  await expect(bar.getByRole('status')).toHaveText(`${expected - 1} of ${expected}`);

  // Curly and straight quotes are the same; no match says so.
  await field.fill('"likely"');
  await expect(bar.getByRole('status')).toHaveText('1 of 1');
  expect((await painted(page)).text).toBe('“likely”');
  await field.fill('zzzz');
  await expect(bar.getByRole('status')).toHaveText('No matches');

  // The article's own markup is untouched; Escape closes and returns to the article.
  expect(await article(page).locator('mark').count()).toBe(marksBefore);
  await field.press('Escape');
  await expect(bar).toBeHidden();
  await expect(article(page)).toBeFocused();
  expect((await painted(page)).matches).toBe(0);
});

test('Ctrl+K goes to a source by name, showing its kind', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  await selectText(page, '“There are referendums within these territories');
  await article(page).press('q');
  await fillQuoteDialog(page, { speakerQuery: 'Steve Witkoff', cue: 'told Fox News' });

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('Witkoff');
  const option = palette.getByRole('option', { name: /Steve Witkoff/ });
  await expect(option).toHaveCount(1);
  await expect(option.locator('.palette-kind')).toHaveText('Source');
  // The source is the best match, so Enter opens it.
  await expect(palette.getByRole('option').first()).toContainText('Steve Witkoff');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('article', { name: 'Source: Steve Witkoff' })).toBeVisible();
});
