// Saved searches in the window settings, through the service's own dispatch (so the contract's
// schemas validate every input): saved, renamed and deleted, kept for the next start, and every
// broken rule refused with its code and a message the Search view can show as it is.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbench } from './workbench';
import type { Workbench } from './workbench';
import { SETTINGS_FILE, loadSettings } from './settings';
import { RESOURCES } from './test-support';

const dirs: string[] = [];
const open: Workbench[] = [];
async function start(dir?: string): Promise<{ wb: Workbench; dir: string }> {
  const dataDir = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'saved-searches-')));
  if (!dir) dirs.push(dataDir);
  const wb = await createWorkbench({ dataDir, resourcesDir: RESOURCES, checkOutputs: true });
  open.push(wb);
  return { wb, dir: dataDir };
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((wb) => wb.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The error code and message of a call expected to fail; the value of one expected to pass. */
async function failure(wb: Workbench, channel: string, input: unknown) {
  const r = await wb.dispatch(channel as never, input as never);
  if (r.ok) throw new Error(`${channel} passed: ${JSON.stringify(r.value)}`);
  return r.error;
}
async function value(wb: Workbench, channel: string, input: unknown) {
  const r = await wb.dispatch(channel as never, input as never);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`);
  return r.value;
}

describe('saved searches', () => {
  it('saves, renames and deletes, and keeps the list for the next start', async () => {
    const { wb, dir } = await start();
    await value(wb, 'settings.saveSearch', {
      name: ' Witkoff disputed ',
      query: 'speaker:witkoff status:disputed',
    });
    expect(
      await value(wb, 'settings.saveSearch', { name: 'Black Sea', query: '"black sea"' }),
    ).toEqual([
      { name: 'Witkoff disputed', query: 'speaker:witkoff status:disputed' },
      { name: 'Black Sea', query: '"black sea"' },
    ]);
    // A change of case alone is a rename, not a clash with itself; the order is kept.
    expect(
      await value(wb, 'settings.renameSearch', {
        name: 'witkoff DISPUTED',
        to: 'witkoff disputed',
      }),
    ).toEqual([
      { name: 'witkoff disputed', query: 'speaker:witkoff status:disputed' },
      { name: 'Black Sea', query: '"black sea"' },
    ]);
    // The layout's own updates leave the list alone.
    await value(wb, 'settings.update', { theme: 'dark' });
    await wb.close();
    open.splice(open.indexOf(wb), 1);

    const again = await start(dir);
    const got = (await value(again.wb, 'settings.get', {})) as {
      theme: string;
      savedSearches: unknown;
    };
    expect(got.theme).toBe('dark');
    expect(got.savedSearches).toEqual([
      { name: 'witkoff disputed', query: 'speaker:witkoff status:disputed' },
      { name: 'Black Sea', query: '"black sea"' },
    ]);
    expect(await value(again.wb, 'settings.deleteSearch', { name: 'BLACK SEA' })).toEqual([
      { name: 'witkoff disputed', query: 'speaker:witkoff status:disputed' },
    ]);
    const onDisk = JSON.parse(await readFile(path.join(dir, SETTINGS_FILE), 'utf8'));
    expect(onDisk.savedSearches).toEqual([
      { name: 'witkoff disputed', query: 'speaker:witkoff status:disputed' },
    ]);
  });

  it('refuses a taken name (case aside), an unknown one, and names and queries out of bounds', async () => {
    const { wb } = await start();
    await value(wb, 'settings.saveSearch', { name: 'Kremlin', query: 'kremlin' });
    await value(wb, 'settings.saveSearch', { name: 'Ceasefire', query: 'ceasefire' });
    expect(await failure(wb, 'settings.saveSearch', { name: 'KREMLIN', query: 'other' })).toEqual({
      code: 'conflict',
      message: expect.stringContaining('already called “KREMLIN”'),
    });
    expect(
      (await failure(wb, 'settings.renameSearch', { name: 'Ceasefire', to: 'kremlin' })).code,
    ).toBe('conflict');
    expect((await failure(wb, 'settings.renameSearch', { name: 'Nope', to: 'Yes' })).code).toBe(
      'not_found',
    );
    expect(await failure(wb, 'settings.deleteSearch', { name: 'Nope' })).toEqual({
      code: 'not_found',
      message: 'No saved search is called “Nope”.',
    });
    const cases: [unknown, RegExp][] = [
      [{ name: '   ', query: 'x' }, /Give the saved search a name/],
      [{ name: 'n'.repeat(81), query: 'x' }, /at most 80 characters/],
      [{ name: 'ok', query: '' }, /Type a search before saving it/],
      [{ name: 'ok', query: 'q'.repeat(501) }, /at most 500 characters/],
      [{ name: 'ok', query: 'x', extra: 1 }, /Unrecognized key/i],
    ];
    for (const [input, message] of cases) {
      const error = await failure(wb, 'settings.saveSearch', input);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(message);
    }
    // The bounds themselves are allowed.
    await value(wb, 'settings.saveSearch', { name: 'n'.repeat(80), query: 'q'.repeat(500) });
    const got = (await value(wb, 'settings.get', {})) as { savedSearches: unknown[] };
    expect(got.savedSearches).toHaveLength(3);
  });

  it('holds at most 100 and says so at the 101st', async () => {
    const { wb } = await start();
    for (let i = 0; i < 100; i++)
      await value(wb, 'settings.saveSearch', { name: `s${i}`, query: `q${i}` });
    const error = await failure(wb, 'settings.saveSearch', { name: 's100', query: 'q' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/already 100 saved searches/);
    // Renaming and deleting still work on a full list.
    await value(wb, 'settings.renameSearch', { name: 's0', to: 'first' });
    expect(((await value(wb, 'settings.deleteSearch', { name: 's1' })) as unknown[]).length).toBe(
      99,
    );
  });

  it('reads an older file without saved searches as an empty list, and keeps the first of a name used twice', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'saved-searches-'));
    dirs.push(dir);
    await writeFile(
      path.join(dir, SETTINGS_FILE),
      '{"theme": "dark", "panes": {}, "collapsed": {}}',
    );
    const old = await loadSettings({ dataDir: dir });
    expect(old).toEqual({
      settings: { theme: 'dark', panes: {}, collapsed: {}, savedSearches: [] },
      notice: null,
    });
    const twice = [
      { name: 'A', query: 'a' },
      { name: 'a', query: 'b' },
    ];
    await writeFile(
      path.join(dir, SETTINGS_FILE),
      JSON.stringify({ theme: 'dark', panes: {}, collapsed: {}, savedSearches: twice }),
    );
    const broken = await loadSettings({ dataDir: dir });
    // The rest of a hand-broken list is kept (settings-salvage.ts), and the loss is named.
    expect(broken.settings).toEqual({ ...old.settings, savedSearches: [twice[0]] });
    expect(broken.notice?.code).toBe('settings_damaged');
    expect(broken.notice?.message).toMatch(/1 saved search \(unreadable or named twice\)/);
  });
});
