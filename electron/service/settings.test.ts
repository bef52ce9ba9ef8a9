// The window settings file: defaults when missing, merged updates written atomically beside the
// workspace, a damaged file set aside with a notice (never a crash), and bounds enforced.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbench } from './workbench';
import { SETTINGS_FILE, loadSettings, mergeSettings, settingsHandlers } from './settings';
import { RESOURCES } from './test-support';

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'settings-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const fixed = () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

describe('window settings', () => {
  it('starts from the defaults when there is no file, and writes nothing until updated', async () => {
    const dir = await freshDir();
    const loaded = await loadSettings({ dataDir: dir });
    expect(loaded).toEqual({
      settings: { theme: 'system', panes: {}, collapsed: {}, savedSearches: [] },
      notice: null,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('merges updates key by key and keeps them in the file for the next start', async () => {
    const dir = await freshDir();
    const h = settingsHandlers({
      dataDir: dir,
      initial: (await loadSettings({ dataDir: dir })).settings,
    });
    await h['settings.update']({
      panes: { reader: [20, 50, 30] },
      collapsed: { 'section:memos': true },
    });
    const merged = await h['settings.update']({ theme: 'dark', panes: { main: [70, 30] } });
    expect(merged).toEqual({
      theme: 'dark',
      panes: { reader: [20, 50, 30], main: [70, 30] },
      collapsed: { 'section:memos': true },
      savedSearches: [],
    });
    expect(await h['settings.get']({})).toEqual(merged);
    // No temp file is left beside it, and a new start reads the same settings.
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
    expect((await loadSettings({ dataDir: dir })).settings).toEqual(merged);
  });

  it('keeps both of two updates sent at once', async () => {
    const dir = await freshDir();
    const h = settingsHandlers({
      dataDir: dir,
      initial: { theme: 'system', panes: {}, collapsed: {}, savedSearches: [] },
    });
    await Promise.all([
      h['settings.update']({ panes: { a: [50, 50] } }),
      h['settings.update']({ collapsed: { inspector: true } }),
    ]);
    const onDisk = JSON.parse(await readFile(path.join(dir, SETTINGS_FILE), 'utf8'));
    expect(onDisk).toEqual({
      theme: 'system',
      panes: { a: [50, 50] },
      collapsed: { inspector: true },
      savedSearches: [],
    });
  });

  it.each([
    ['not JSON', '{"theme": "dark", "panes": '],
    ['not an object', '[{"theme": "dark"}]'],
  ])('resets a damaged file (%s) to the defaults, sets it aside and says so', async (_, text) => {
    const dir = await freshDir();
    await writeFile(path.join(dir, SETTINGS_FILE), text);
    const loaded = await loadSettings({ dataDir: dir, now: fixed });
    expect(loaded.settings).toEqual({
      theme: 'system',
      panes: {},
      collapsed: {},
      savedSearches: [],
    });
    expect(loaded.notice?.code).toBe('settings_damaged');
    expect(loaded.notice?.message).toMatch(/layout settings were reset/);
    const names = await readdir(dir);
    expect(names).toEqual([`${SETTINGS_FILE}.damaged-2026-01-02T03-04-05-000Z`]);
    expect(await readFile(path.join(dir, names[0]!), 'utf8')).toBe(text);
  });

  it('keeps what passes of a damaged file, writes it back and names what was lost', async () => {
    const dir = await freshDir();
    const search = (name: string, query = 'referendums') => ({ name, query });
    const text = JSON.stringify({
      theme: 'dark',
      panes: { a: [500] },
      collapsed: { inspector: true },
      savedSearches: [search('Witkoff'), search('witkoff'), search('Empty', ' '), search('Peskov')],
    });
    await writeFile(path.join(dir, SETTINGS_FILE), text);
    const loaded = await loadSettings({ dataDir: dir, now: fixed });
    const kept = {
      theme: 'dark',
      panes: {},
      collapsed: { inspector: true },
      savedSearches: [search('Witkoff'), search('Peskov')],
    };
    expect(loaded.settings).toEqual(kept);
    expect(loaded.notice?.code).toBe('settings_damaged');
    expect(loaded.notice?.message).toBe(
      'Part of the window settings could not be read and was left out: the pane sizes, ' +
        '2 saved searches (unreadable or named twice). The rest was kept; the file as it was ' +
        `is kept as ${SETTINGS_FILE}.damaged-2026-01-02T03-04-05-000Z. Your workspace is not affected.`,
    );
    expect(JSON.parse(await readFile(path.join(dir, SETTINGS_FILE), 'utf8'))).toEqual(kept);
    const aside = path.join(dir, `${SETTINGS_FILE}.damaged-2026-01-02T03-04-05-000Z`);
    expect(await readFile(aside, 'utf8')).toBe(text);
    // The next start finds the file whole.
    expect(await loadSettings({ dataDir: dir, now: fixed })).toEqual({
      settings: kept,
      notice: null,
    });
  });

  it('names a part that is missing or of the wrong kind as lost', async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, SETTINGS_FILE), '{"theme": "purple", "savedSearches": 3}');
    const loaded = await loadSettings({ dataDir: dir, now: fixed });
    expect(loaded.settings).toEqual({
      theme: 'system',
      panes: {},
      collapsed: {},
      savedSearches: [],
    });
    expect(loaded.notice?.message).toMatch(
      /left out: the theme, the pane sizes, the folded sections, the saved searches\./,
    );
  });

  it('opens the workspace despite a damaged settings file and reports it as a notice', async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, SETTINGS_FILE), '\0\0\0');
    const wb = await createWorkbench({ dataDir: dir, resourcesDir: RESOURCES, checkOutputs: true });
    try {
      const info = await wb.dispatch('workspace.info', {});
      expect(info.ok && info.value).toMatchObject({
        notices: [expect.objectContaining({ code: 'settings_damaged' })],
      });
      const got = await wb.dispatch('settings.get', {});
      expect(got).toEqual({
        ok: true,
        value: { theme: 'system', panes: {}, collapsed: {}, savedSearches: [] },
      });
      const bad = await wb.dispatch('settings.update', { panes: { 'no spaces allowed': [10] } });
      expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
    } finally {
      await wb.close();
    }
  });

  it('refuses a merge that would exceed the bounds instead of writing an unreadable file', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`l${i}`, [50, 50]]));
    const current = { theme: 'system' as const, panes: many, collapsed: {}, savedSearches: [] };
    expect(() => mergeSettings(current, { panes: { extra: [100] } })).toThrow(/Too many/);
    expect(mergeSettings(current, { panes: { l0: [40, 60] } }).panes.l0).toEqual([40, 60]);
  });
});
