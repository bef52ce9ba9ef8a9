// A damaged data file is moved aside, never overwritten, and the user is told where it went.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWorkbench } from './harness';
import { waitForArticle } from './driver';

test('a corrupt workspace.json is kept aside and reported in the window', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'damaged-'));
  const damaged = '{"schemaVersion":1,"documents":{"a":{"id":"a","title":"half a fi';
  await writeFile(path.join(dataDir, 'workspace.json'), damaged);
  const app = await launchWorkbench({ dataDir });
  try {
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('workspace.json.corrupt-');
    await waitForArticle(app.page, 'Riyadh ceasefire talks');
    const files = await readdir(dataDir);
    const aside = files.find((f) => f.startsWith('workspace.json.corrupt-'));
    expect(aside, `files: ${files.join(', ')}`).toBeDefined();
    expect(await readFile(path.join(dataDir, aside!), 'utf8')).toBe(damaged);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
  }
});
