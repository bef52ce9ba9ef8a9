// Search everywhere, end to end: with Witkoff's quote and his disputed claim in the sample
// workspace, "referendums" finds the quote, the claim and the article passage; opening the passage
// scrolls the reader to it and flashes it; speaker: finds the paragraph holding his quote; filters
// narrow to the claim; a malformed query says why.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import type { LaunchedWorkbench } from './harness';
import { article, waitForArticle } from './driver';

const WITKOFF = '“There are referendums within these territories that justify these actions.”';
const REFUTING =
  'Those referendums were widely denounced as fraudulent and illegal by the international community.';

let app: LaunchedWorkbench | undefined;
test.afterEach(async () => {
  if (app) expect(app.pageErrors).toEqual([]);
  await app?.close();
  app = undefined;
});

/**
 * Seeds Witkoff's quote and his disputed claim through the page's own bridge (the same calls the
 * mark-quote and tag-claim dialogs make; claims.spec drives those dialogs themselves).
 */
async function seedWitkoff(page: Page): Promise<void> {
  const failed = await page.evaluate(
    async ({ quote, refuting }) => {
      type R = { ok: boolean; value?: unknown; error?: { message: string } };
      const call = async (channel: string, input?: unknown) => {
        const r = (await window.workbench!.invoke(channel as never, input as never)) as R;
        if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
        return r.value as Record<string, unknown>;
      };
      try {
        const [summary] = (await call('documents.list')) as unknown as { id: string }[];
        const doc = (await call('documents.get', { id: summary!.id })) as {
          id: string;
          text: string;
        };
        const span = (exact: string) => {
          const start = doc.text.indexOf(exact);
          return { start, end: start + exact.length };
        };
        const made = (await call('quotes.create', {
          documentId: doc.id,
          position: span(quote),
          kind: 'direct',
          cue: 'told Fox News',
          speaker: {
            newSource: { kind: 'person', name: 'Steve Witkoff', role: 'US special envoy' },
          },
        })) as { quote: { id: string } };
        const claim = (await call('claims.create', {
          from: { kind: 'quote', quoteId: made.quote.id },
          statement: 'Referendums in the occupied territories justify their annexation',
        })) as { id: string };
        await call('claims.addEvidence', {
          claimId: claim.id,
          stance: 'refutes',
          note: 'International reaction to the staged votes',
          target: { kind: 'span', documentId: doc.id, position: span(refuting) },
        });
        await call('claims.update', { id: claim.id, status: 'disputed' });
        return null;
      } catch (error) {
        return String(error);
      }
    },
    { quote: WITKOFF, refuting: REFUTING },
  );
  expect(failed).toBeNull();
}

test('search everywhere finds the quote, the claim and the passage, and opens the passage', async () => {
  app = await launchWorkbench();
  const { page } = app;
  await waitForArticle(page);
  await seedWitkoff(page);
  await page.reload();
  await waitForArticle(page);

  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('combobox', { name: 'Search everywhere' });
  await expect(box).toBeFocused();
  await box.fill('referendums');

  const results = page.getByRole('listbox', { name: 'Results' });
  const quotes = results.getByRole('group', { name: 'quotes' });
  const claims = results.getByRole('group', { name: 'claims' });
  const passages = results.getByRole('group', { name: 'passages' });
  await expect(quotes.getByRole('option')).toHaveCount(1);
  await expect(quotes.getByRole('option')).toContainText('Steve Witkoff');
  await expect(quotes.locator('mark').first()).toHaveText('referendums');
  await expect(claims.getByRole('option')).toHaveCount(1);
  await expect(claims.getByRole('option')).toContainText('Steve Witkoff');
  const passage = passages.getByRole('option').filter({ hasText: 'legitimize the staged' });
  await expect(passage).toHaveCount(1);
  await expect(passages.getByRole('heading')).toContainText(/Passages\s*\d+/);

  // Arrow keys move through the results from the box; the first is the best passage.
  await box.press('ArrowDown');
  await expect(results.getByRole('option', { selected: true })).toHaveCount(1);

  // Opening the passage shows the article, scrolled to the hit, selected and flashed.
  await passage.click();
  await expect(article(page)).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
    .toBe('referendums');
  const inView = await page.evaluate(() => {
    const range = window.getSelection()!.getRangeAt(0);
    const rect = range.getBoundingClientRect();
    return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
  expect(await page.evaluate(() => CSS.highlights.has('search-flash'))).toBe(true);

  // The query is still there when the view comes back; filters narrow it to the claim.
  await page.keyboard.press('Control+Shift+F');
  await expect(box).toHaveValue('referendums');
  // A passage passes speaker: by the quotes it holds: his paragraph is found, and no other.
  await box.fill('speaker:witkoff referendums');
  await expect(passages.getByRole('option')).toHaveCount(1);
  await expect(passages.getByRole('option')).toContainText('legitimize the staged');
  await expect(quotes.getByRole('option')).toHaveCount(1);
  await box.fill('speaker:witkoff');
  await expect(passages.getByRole('option')).toHaveCount(1);
  await expect(passages.getByRole('option')).toContainText('legitimize the staged');
  await box.fill('speaker:witkoff status:disputed');
  await expect(claims.getByRole('option')).toHaveCount(1);
  await expect(claims.getByRole('option')).toContainText('Referendums in the occupied territories');
  await expect(results.getByRole('group')).toHaveCount(1);

  // Opening the claim reveals it in the article.
  await box.press('Enter');
  await expect(article(page).locator('mark.selected').first()).toBeVisible();

  // A malformed query says what is wrong instead of failing.
  await page.keyboard.press('Control+Shift+F');
  await box.fill('status:wrong');
  await expect(page.getByRole('alert')).toContainText('not a claim status');
  await box.press('Escape');
  await expect(box).toHaveValue('');
});
