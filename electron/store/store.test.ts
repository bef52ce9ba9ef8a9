// Tests of opening a workspace: first run, damaged snapshots and journals (moved aside, never
// overwritten), newer files refused untouched, older files migrated, and the folder lock.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, emptyWorkspace } from '../../shared/domain/workspace';
import { encodeEntry } from './journal';
import type { Migration } from './migrations';
import { MIGRATIONS } from './migrations';
import { LOCK_FILE, StoreOpenError, openStore } from './store';
import {
  T0,
  fixedNow,
  listDir,
  makeQuote,
  quoteChanges,
  removeTempDirs,
  seedWorkspace,
  simulateCrash,
  snapshotOnDisk,
  tempDir,
} from './test-support';

afterEach(removeTempDirs);

const open = (dir: string, extra: Partial<Parameters<typeof openStore>[0]> = {}) =>
  openStore({ dataDir: dir, seed: seedWorkspace, now: fixedNow, log: () => undefined, ...extra });

/** The sequence number of the journal's last line. */
const lastSeq = (text: string): number =>
  Math.max(
    ...text
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { seq: number }).seq),
  );

/** A workspace with one acknowledged quote in its snapshot and one in its journal. */
async function workspaceWithJournal(): Promise<string> {
  const dir = await tempDir();
  const { store } = await open(dir);
  await store.commit(quoteChanges(1));
  await store.compact();
  await store.commit(quoteChanges(2));
  await simulateCrash(store);
  return dir;
}

describe('openStore: first run', () => {
  it('writes the seed durably before resolving, plus an empty journal', async () => {
    const dir = await tempDir();
    const { store, notices } = await open(dir);
    expect(notices).toEqual([]);
    expect(store.dataFile).toBe(path.join(dir, 'workspace.json'));
    expect(await snapshotOnDisk(dir)).toEqual(seedWorkspace());
    expect(await readFile(path.join(dir, 'workspace.journal'), 'utf8')).toBe('');
    // The seed is written twice, so even the first snapshot has an earlier generation.
    const files = ['workspace.journal', 'workspace.json', 'workspace.json.1'];
    expect(await listDir(dir)).toEqual([...files, LOCK_FILE]);
    await store.close();
    expect(await listDir(dir)).toEqual(files);
  });

  it('creates a missing (nested) workspace folder', async () => {
    const dir = path.join(await tempDir(), 'a', 'b');
    const { store } = await open(dir);
    expect(await snapshotOnDisk(dir)).toEqual(seedWorkspace());
    await store.close();
  });

  it('rejects an invalid seed instead of writing it', async () => {
    const dir = await tempDir();
    const bad = { ...emptyWorkspace(T0), createdAt: '' };
    await expect(open(dir, { seed: () => bad })).rejects.toThrow(/invalid workspace/);
    await expect(readFile(path.join(dir, 'workspace.json'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    const { store } = await open(dir); // the lock was released
    await store.close();
  });
});

describe('openStore: damaged snapshot', () => {
  it.each([
    ['empty', Buffer.alloc(0)],
    ['truncated', Buffer.from(JSON.stringify(seedWorkspace()).slice(0, 150))],
    ['NUL-filled', Buffer.alloc(4096)],
    ['null', Buffer.from('null')],
    ['invalid JSON', Buffer.from('{"schemaVersion":1,,}')],
    ['an invalid workspace', Buffer.from(JSON.stringify({ ...seedWorkspace(), quotes: { q: 1 } }))],
    ['a workspace without a version', Buffer.from(JSON.stringify({ documents: {} }))],
  ])('moves a snapshot that is %s aside, keeps its bytes, and starts fresh', async (_n, bytes) => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'workspace.json'), bytes);
    await writeFile(path.join(dir, 'workspace.journal'), encodeEntry(1, 1, T0, '[]'));
    const { store, notices } = await open(dir);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'error', code: 'data_file_corrupt' });
    const aside = path.join(dir, 'workspace.json.corrupt-2025-03-18T09-00-00-000Z');
    expect(notices[0]?.message).toContain(aside);
    expect(await readFile(aside)).toEqual(bytes);
    expect(await readFile(`${aside.replace('workspace.json', 'workspace.journal')}`, 'utf8')).toBe(
      encodeEntry(1, 1, T0, '[]'),
    );
    expect(store.data).toEqual(seedWorkspace());
    await store.commit(quoteChanges(1));
    await store.close();
    const again = await open(dir);
    expect(again.notices).toEqual([]);
    expect(again.store.data.quotes.q1).toEqual(makeQuote('q1', 'd1'));
    await again.store.close();
  });

  it('never overwrites an earlier damaged copy', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'workspace.json'), 'first');
    await (await open(dir)).store.close();
    await writeFile(path.join(dir, 'workspace.json'), 'second');
    const { store: s2, notices } = await open(dir);
    await s2.close();
    const aside = path.join(dir, 'workspace.json.corrupt-2025-03-18T09-00-00-000Z');
    expect(await readFile(aside, 'utf8')).toBe('first');
    expect(await readFile(`${aside}-1`, 'utf8')).toBe('second');
    expect(notices[0]?.message).toContain(`${aside}-1`);
  });
});

describe('openStore: journal', () => {
  it('replays acknowledged lines after a crash', async () => {
    const dir = await workspaceWithJournal();
    const { store, notices } = await open(dir);
    expect(notices).toEqual([]);
    expect(Object.keys(store.data.quotes).sort()).toEqual(['q1', 'q2']);
    await store.close();
  });

  it('discards a torn last line with a warning and keeps its bytes', async () => {
    const dir = await workspaceWithJournal();
    const journal = path.join(dir, 'workspace.journal');
    const good = await readFile(journal, 'utf8');
    const torn = encodeEntry(2, 1, T0, JSON.stringify(quoteChanges(3))).slice(0, 60);
    await writeFile(journal, good + torn);
    const { store, notices } = await open(dir);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'warning', code: 'journal_tail_discarded' });
    expect(Object.keys(store.data.quotes).sort()).toEqual(['q1', 'q2']);
    expect(await readFile(journal, 'utf8')).toBe(good);
    const kept = (await readdir(dir)).find((n) => n.startsWith('workspace.journal.torn-'));
    expect(await readFile(path.join(dir, kept ?? 'missing'), 'utf8')).toBe(torn);
    await store.commit(quoteChanges(4));
    await store.close();
    const again = await open(dir);
    expect(Object.keys(again.store.data.quotes).sort()).toEqual(['q1', 'q2', 'q4']);
    await again.store.close();
  });

  it('skips a damaged middle line, replays the lines after it, and keeps the damaged bytes', async () => {
    const dir = await workspaceWithJournal();
    const journal = path.join(dir, 'workspace.journal');
    const before = await readFile(journal, 'utf8');
    const seq = lastSeq(before);
    const later = encodeEntry(
      seq + 1,
      SCHEMA_VERSION,
      '2025-03-18T09:05:00.000Z',
      JSON.stringify(quoteChanges(3)),
    );
    const damaged = before.replace('"q2"', '"qX"') + later;
    await writeFile(journal, damaged);
    const { store, notices } = await open(dir);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'error', code: 'data_partly_recovered' });
    expect(notices[0]?.message).toMatch(
      new RegExp(
        `1 saved batch of changes \\(number ${seq}\\) could not be read .*checksum mismatch.*is missing\\. They were saved between .* and 2025-03-18T09:05:00.000Z`,
      ),
    );
    expect(Object.keys(store.data.quotes).sort()).toEqual(['q1', 'q3']);
    const aside =
      (await readdir(dir)).find((n) => n.startsWith('workspace.journal.corrupt-')) ?? '';
    expect(await readFile(path.join(dir, aside), 'utf8')).toBe(damaged);
    expect(notices[0]?.message).toContain(aside);
    await store.close();
    const again = await open(dir);
    expect(again.notices).toEqual([]);
    expect(Object.keys(again.store.data.quotes).sort()).toEqual(['q1', 'q3']);
    await again.store.close();
  });

  it('says a complete last line that fails its checksum was saved, then damaged', async () => {
    const dir = await workspaceWithJournal();
    const journal = path.join(dir, 'workspace.journal');
    await writeFile(journal, (await readFile(journal, 'utf8')).replace('"q2"', '"qX"'));
    const { store, notices } = await open(dir);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'error', code: 'data_partly_recovered' });
    expect(notices[0]?.message).toMatch(/was saved and then damaged on disk \(checksum mismatch\)/);
    expect(notices[0]?.message).not.toMatch(/never been confirmed/);
    expect(Object.keys(store.data.quotes)).toEqual(['q1']);
    await store.close();
  });

  it('treats a line with a valid checksum but an invalid change as lost, alone', async () => {
    const dir = await workspaceWithJournal();
    const journal = path.join(dir, 'workspace.journal');
    const good = await readFile(journal, 'utf8');
    const seq = lastSeq(good);
    const bad = [{ op: 'put', collection: 'quotes', value: { id: 'q9', kind: 'shouted' } }];
    const after = encodeEntry(seq + 2, SCHEMA_VERSION, T0, JSON.stringify(quoteChanges(4)));
    await writeFile(
      journal,
      good + encodeEntry(seq + 1, SCHEMA_VERSION, T0, JSON.stringify(bad)) + after,
    );
    const { store, notices } = await open(dir);
    expect(notices[0]?.message).toMatch(/holds an invalid change/);
    expect(Object.keys(store.data.quotes).sort()).toEqual(['q1', 'q2', 'q4']);
    await store.close();
  });

  it('rebuilds from the previous generation when workspace.json is missing', async () => {
    const dir = await workspaceWithJournal();
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dir, 'workspace.json'));
    const { store, notices } = await open(dir);
    expect(notices[0]).toMatchObject({ level: 'warning', code: 'data_recovered' });
    expect(notices[0]?.message).toMatch(
      /earlier copy workspace.json.1.*Every saved change was recovered/,
    );
    expect(Object.keys(store.data.quotes).sort()).toEqual(['q1', 'q2']);
    await store.close();
  });

  it('treats a journal without any snapshot as damage', async () => {
    const dir = await workspaceWithJournal();
    const { rm } = await import('node:fs/promises');
    for (const name of ['workspace.json', 'workspace.json.1', 'workspace.json.2']) {
      await rm(path.join(dir, name));
    }
    const { store, notices } = await open(dir);
    expect(notices[0]?.message).toMatch(/workspace.json is missing/);
    await store.close();
  });

  it('removes temp files left by a crash during a snapshot write', async () => {
    const dir = await workspaceWithJournal();
    await writeFile(path.join(dir, 'workspace.json.123-1-abc.tmp'), '{"half":');
    await writeFile(path.join(dir, 'workspace.journal.tmp'), 'x');
    const { store } = await open(dir);
    expect(await listDir(dir)).toEqual([
      'workspace.journal',
      'workspace.json',
      'workspace.json.1',
      'workspace.json.2',
      LOCK_FILE,
    ]);
    await store.close();
  });
});

describe('openStore: schema versions', () => {
  it('refuses a newer workspace and leaves every file byte-identical', async () => {
    const dir = await workspaceWithJournal();
    const newer = JSON.stringify({
      ...seedWorkspace(),
      schemaVersion: SCHEMA_VERSION + 1,
      future: true,
    });
    await writeFile(path.join(dir, 'workspace.json'), newer);
    const journalBefore = await readFile(path.join(dir, 'workspace.journal'));
    const error = await open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error).toMatchObject({ code: 'newer_schema' });
    expect((error as Error).message).toBe(
      'This workspace was written by a newer version of Attribution Workbench (schema ' +
        `${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION}). Update the app; ` +
        'the file was not changed.',
    );
    expect(await readFile(path.join(dir, 'workspace.json'), 'utf8')).toBe(newer);
    expect(await readFile(path.join(dir, 'workspace.journal'))).toEqual(journalBefore);
    expect(await listDir(dir)).toEqual([
      'workspace.journal',
      'workspace.json',
      'workspace.json.1',
      'workspace.json.2',
    ]);
  });

  it('refuses a journal line from a newer version', async () => {
    const dir = await workspaceWithJournal();
    await writeFile(
      path.join(dir, 'workspace.journal'),
      encodeEntry(9, SCHEMA_VERSION + 1, T0, '[]'),
    );
    await expect(open(dir)).rejects.toMatchObject({ code: 'newer_schema' });
  });

  const peopleToSources: Migration = {
    from: 0,
    to: 1,
    migrate: ({ people, ...rest }) => ({ ...rest, sources: people }),
  };

  it('migrates an older workspace (with its journal), keeping the originals', async () => {
    const dir = await tempDir();
    const { sources, ...rest } = seedWorkspace();
    const old = JSON.stringify({ ...rest, schemaVersion: 0, people: sources });
    await writeFile(path.join(dir, 'workspace.json'), old);
    const oldLine = encodeEntry(1, 0, T0, JSON.stringify(quoteChanges(1)));
    await writeFile(path.join(dir, 'workspace.journal'), oldLine);
    const { store, notices } = await open(dir, { migrations: [peopleToSources, ...MIGRATIONS] });
    expect(notices).toEqual([
      expect.objectContaining({ level: 'info', code: 'data_migrated' }) as unknown,
    ]);
    expect(notices[0]?.message).toContain('workspace.v0.bak.json');
    expect(store.data.sources.s1?.name).toBe('Steve Witkoff');
    expect(store.data.quotes.q1).toBeDefined();
    expect(await readFile(path.join(dir, 'workspace.v0.bak.json'), 'utf8')).toBe(old);
    expect(await readFile(path.join(dir, 'workspace.v0.bak.journal'), 'utf8')).toBe(oldLine);
    expect((await snapshotOnDisk(dir)).schemaVersion).toBe(SCHEMA_VERSION);
    expect(await readFile(path.join(dir, 'workspace.journal'), 'utf8')).toBe('');
    await store.close();
    const again = await open(dir, { migrations: [peopleToSources, ...MIGRATIONS] });
    expect(again.notices).toEqual([]);
    expect(again.store.data).toEqual(store.data);
    await again.store.close();
  });

  it('skips journal lines older than the snapshot (an upgrade that crashed midway)', async () => {
    const dir = await tempDir();
    const data = seedWorkspace();
    data.quotes.q1 = makeQuote('q1', 'd1');
    await writeFile(path.join(dir, 'workspace.json'), JSON.stringify(data));
    const stale = [{ op: 'delete', collection: 'quotes', id: 'q1' }];
    await writeFile(
      path.join(dir, 'workspace.journal'),
      encodeEntry(1, 0, T0, JSON.stringify(stale)),
    );
    const { store } = await open(dir, { migrations: [peopleToSources, ...MIGRATIONS] });
    expect(store.data.quotes.q1).toBeDefined();
    await store.close();
  });

  it('refuses, untouched, when no migration exists or the result is invalid', async () => {
    const dir = await tempDir();
    const old = JSON.stringify({ ...seedWorkspace(), schemaVersion: 0 });
    await writeFile(path.join(dir, 'workspace.json'), old);
    const broken: Migration = { from: 0, to: 1, migrate: (d) => ({ ...d, sources: 'oops' }) };
    await expect(open(dir, { migrations: [broken] })).rejects.toMatchObject({
      code: 'migration_failed',
    });
    expect(await readFile(path.join(dir, 'workspace.json'), 'utf8')).toBe(old);
    expect(await listDir(dir)).toEqual(['workspace.json']);
  });
});

describe('openStore: folder lock', () => {
  it('refuses a second open of the same folder in this process', async () => {
    const dir = await tempDir();
    const { store } = await open(dir);
    const error = await open(path.join(dir, '.', '')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'locked' });
    expect((error as Error).message).toContain('open in another Attribution Workbench window');
    await store.close();
    const again = await open(dir);
    await again.store.close();
  });

  it('refuses a folder locked by another live process, and takes over a stale lock', async () => {
    const dir = await tempDir();
    const lock = path.join(dir, LOCK_FILE);
    const other = { pid: process.ppid, hostname: os.hostname(), nonce: 'n', createdAt: T0 };
    await writeFile(lock, JSON.stringify(other));
    await expect(open(dir)).rejects.toThrow(`(process ${process.ppid})`);
    await expect(readFile(path.join(dir, 'workspace.json'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    await writeFile(lock, JSON.stringify({ ...other, pid: 2 ** 30 }));
    const { store } = await open(dir);
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  });
});
