// The renderer under its real CSP with Trusted Types: the app loads and works with no violation
// at all (zod no longer probes `Function`), while a string handed to an HTML or script sink is
// refused, and the harness records each violation in pageErrors. (Code run by page.evaluate is
// exempt from the CSP's eval rule, so eval itself cannot be probed from here.)
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { waitForArticle } from './driver';
import { launchWorkbench } from './harness';

test('no violation in normal use; strings never reach an HTML or script sink', async () => {
  expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
  const app = await launchWorkbench();
  try {
    const { page } = app;
    await waitForArticle(page, 'Riyadh ceasefire talks');
    // Open and close a dialog, so more than the first render ran.
    await app.sendCommand('export.quoteSheet');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(app.pageErrors, 'errors or CSP violations in the page').toEqual([]);

    const refused = await page.evaluate(() => {
      const attempts: Record<string, string> = {};
      const attempt = (name: string, run: () => unknown) => {
        try {
          run();
          attempts[name] = 'ran';
        } catch (error) {
          attempts[name] = (error as Error).name;
        }
      };
      const div = document.createElement('div');
      attempt('innerHTML', () => (div.innerHTML = '<img src=x>'));
      attempt('setTimeout', () => setTimeout('document.title = "ran"'));
      // Not a Trusted Types sink, but the CSP refuses it: shows other violations are recorded.
      attempt('image', () => (document.createElement('img').src = 'https://example.com/x.png'));
      return attempts;
    });
    expect(refused).toEqual({ innerHTML: 'TypeError', setTimeout: 'TypeError', image: 'ran' });
    await expect
      .poll(() => app.pageErrors.join('\n'))
      .toMatch(/CSP violation: require-trusted-types-for[\s\S]*CSP violation: img-src/);
    expect(app.blockedRequests, 'the CSP stopped the image before any request').toEqual([]);
  } finally {
    await app.close();
  }
});
