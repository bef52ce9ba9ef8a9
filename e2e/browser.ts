// Finds a Chromium for the harness: an explicit path, then Debian's chromium, then the browser
// Playwright installed; otherwise fails saying how to get one. Flags keep it fully offline.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium(): string | undefined {
  const explicit = process.env.WORKBENCH_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit))
      throw new Error(`WORKBENCH_CHROMIUM points at ${explicit}, which does not exist.`);
    return explicit;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined; // Playwright's own browser: no path needed.
  } catch {
    // fall through to the error below
  }
  throw new Error(
    'No Chromium found for the e2e tests. Install one with `apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or `npx playwright install chromium`, or set WORKBENCH_CHROMIUM to a Chromium binary.',
  );
}
