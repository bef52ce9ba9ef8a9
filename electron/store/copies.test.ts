// Tests of "Restore from an earlier copy…": the list shows generations and set-aside files with
// their time and counts, and a restore keeps the current state aside and deletes nothing.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyHandlers } from './copies';
import { openStore } from './store';
import { fixedNow, quoteChanges, removeTempDirs, seedWorkspace, tempDir } from './test-support';

afterEach(removeTempDirs);

describe('earlier copies', () => {
  it('lists generations and set-aside files, and restores one without deleting anything', async () => {
    const dir = await tempDir();
    const { store } = await openStore({ dataDir: dir, seed: seedWorkspace, now: fixedNow });
    await store.commit(quoteChanges(1));
    await store.compact();
    await store.commit(quoteChanges(2));
    await store.compact();
    await writeFile(path.join(dir, 'workspace.json.corrupt-2025-03-18T09-00-00-000Z'), 'x');
    const handlers = copyHandlers({
      dataDir: dir,
      data: () => store.data,
      now: fixedNow,
      commit: (_label, changes) => store.commit(changes),
    });
    const copies = await handlers['workspace.copies'](undefined);
    const byName = new Map(copies.map((c) => [c.name, c]));
    expect(byName.get('workspace.json.1')).toMatchObject({
      kind: 'generation',
      restorable: true,
      counts: { documents: 1, sources: 1, quotes: 1 },
    });
    expect(byName.get('workspace.json.2')?.counts?.quotes).toBe(0);
    expect(byName.get('workspace.json.corrupt-2025-03-18T09-00-00-000Z')).toMatchObject({
      kind: 'set_aside',
      restorable: false,
    });
    const before = await readdir(dir);
    const result = await handlers['workspace.restoreCopy']({ name: 'workspace.json.1' });
    expect(result.changes).toBe(2); // q2 and a2 deleted
    expect(Object.keys(store.data.quotes)).toEqual(['q1']);
    const after = await readdir(dir);
    for (const name of before) expect(after).toContain(name);
    expect(path.basename(result.keptCurrentAs)).toMatch(/^workspace\.json\.before-restore-/);
    const again = await handlers['workspace.copies'](undefined);
    expect(again.find((c) => c.name === path.basename(result.keptCurrentAs))?.counts?.quotes).toBe(
      2,
    );
    await expect(
      handlers['workspace.restoreCopy']({ name: 'workspace.json.9' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await store.close();
  });
});
