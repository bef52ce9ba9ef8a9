// Smoke test of the real Electron shell: app://workbench shows the sample article, the page sees
// only window.workbench (no Node), IPC reaches the service, quitting releases the workspace.
// Runs only where an Electron binary exists; skipped, with the reason, elsewhere.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import type { WorkbenchBridge } from '../shared/ipc/bridge';
import { LOCK_FILE } from '../electron/store/lock';
import { electronSkipReason, findElectronBinary } from './electron-binary';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(ROOT, 'dist', 'electron', 'main.cjs');

const binary = findElectronBinary();
const skipReason = electronSkipReason();

test.skip(skipReason !== '', skipReason);

test('the Electron shell opens the sample article in a locked-down window', async () => {
  if (!('path' in binary)) return;
  expect(existsSync(MAIN), `${MAIN} is missing: run \`npm run build\` first`).toBe(true);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'workbench-electron-'));
  // Chromium refuses to start as root with its OS sandbox on (CI containers); the renderer's
  // own sandbox and context isolation stay on either way.
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: binary.path,
    args: [...sandboxArgs, MAIN, '--data-dir', dataDir],
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Attribution Workbench');
    expect(page.url()).toBe('app://workbench/index.html');

    const exposed = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      const bridge = scope.workbench as Record<string, unknown> | undefined;
      return {
        bridge: bridge ? Object.keys(bridge).sort() : null,
        require: typeof require,
        process: typeof process,
        module: typeof scope.module,
      };
    });
    expect(exposed).toEqual({
      bridge: ['invoke', 'onCommand'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });

    const info = await page.evaluate(() =>
      (window as unknown as { workbench: WorkbenchBridge }).workbench.invoke('workspace.info'),
    );
    expect(info).toMatchObject({ ok: true, value: { dataDir } });

    await expect(page.getByText('Riyadh').first()).toBeVisible();

    // The menu is built from the shared commands.
    const menuLabel = await app.evaluate(
      ({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('quote.mark')?.label ?? null,
    );
    expect(menuLabel).toBe('Mark quote');

    // Nothing leaves the machine: the CSP and the session's request filter both refuse.
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached the network',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
  } finally {
    await app.close();
  }
  // Quitting waited for the service to close, which releases the workspace lock.
  expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  await rm(dataDir, { recursive: true, force: true });
});
