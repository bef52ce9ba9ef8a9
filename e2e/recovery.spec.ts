// A damaged snapshot costs nothing: the workspace opens from the previous generation and the
// journal, the window says what came back, and the damaged file is kept aside. File › Restore
// from an earlier copy… lists what the folder holds and restores one as an undoable edit.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { launchWorkbench } from './harness';
import { waitForArticle } from './driver';

/** Highlights made through the bridge, as the window makes them: one journal line each. */
async function highlight(page: Page, words: readonly string[]): Promise<void> {
  await page.evaluate(async (list) => {
    const bridge = window.workbench!;
    const docs = (await bridge.invoke('documents.list')) as { ok: true; value: { id: string }[] };
    const id = docs.value[0]!.id;
    const doc = (await bridge.invoke('documents.get', { id })) as {
      ok: true;
      value: { text: string };
    };
    for (const word of list) {
      const start = doc.value.text.indexOf(word);
      await bridge.invoke('annotations.create', {
        documentId: id,
        position: { start, end: start + word.length },
      });
    }
  }, words);
}

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const result = (await window.workbench!.invoke('annotations.list')) as {
      ok: true;
      value: unknown[];
    };
    return result.value.length;
  });
}

test('a damaged snapshot is recovered from the previous one, and an earlier copy can be restored', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'recovery-'));
  let app = await launchWorkbench({ dataDir });
  await waitForArticle(app.page);
  await highlight(app.page, ['Riyadh', 'Black Sea', 'energy infrastructure']);
  await app.close();

  // One byte of the newest snapshot's data changed on disk.
  const file = path.join(dataDir, 'workspace.json');
  const bytes = await readFile(file);
  const at = bytes.indexOf('"documents"') + 40;
  bytes[at] = bytes[at]! ^ 0x01;
  await writeFile(file, bytes);

  app = await launchWorkbench({ dataDir });
  try {
    const { page } = app;
    await waitForArticle(page);
    await expect(page.getByText(/recovered/i).first()).toBeVisible();
    expect(await highlightCount(page)).toBe(3);
    const files = await readdir(dataDir);
    const aside = files.find((f) => f.startsWith('workspace.json.corrupt-'));
    expect(aside, files.join(', ')).toBeDefined();
    expect(await readFile(path.join(dataDir, aside!))).toEqual(bytes);

    await app.sendCommand('workspace.restore');
    const dialog = page.getByRole('dialog', { name: 'Restore from an earlier copy' });
    const list = dialog.getByRole('list', { name: 'Earlier copies' });
    await expect(list.getByText(aside!)).toBeVisible();
    const earlier = list.getByRole('listitem').filter({ hasText: /^workspace\.json\.1/ });
    await earlier.getByRole('button', { name: 'Restore…' }).click();
    await earlier.getByRole('button', { name: 'Restore now' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: /^Restored workspace\.json\.1/ }),
    ).toBeVisible();
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
  }
});
