// Opening trusts a snapshot only when its checksum proves this app wrote it, untouched: then the
// full schema validation is skipped (it cost as much as parsing at 100,000 quotes). Everything
// else, including any single changed byte, still goes through validation or recovery.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, WorkspaceSchema } from '../../shared/domain/workspace';
import { decodeWorkspace } from './decode';
import { DataCorruptError } from './errors';
import { encodeSnapshot, parseSnapshot } from './snapshot';
import { openStore } from './store';
import { T0, fixedNow, quoteChanges, removeTempDirs, seedWorkspace, tempDir } from './test-support';

afterEach(async () => {
  vi.restoreAllMocks();
  await removeTempDirs();
});

const open = (dir: string) =>
  openStore({ dataDir: dir, seed: seedWorkspace, now: fixedNow, log: () => undefined });

/** A folder holding a stamped workspace.json (and .1) with one quote. */
async function savedWorkspace(): Promise<string> {
  const dir = await tempDir();
  const { store } = await open(dir);
  await store.commit(quoteChanges(1));
  await store.compact();
  await store.close();
  return dir;
}

describe('parseSnapshot', () => {
  it('never verifies a snapshot with any single byte changed', () => {
    const data = seedWorkspace();
    const bytes = encodeSnapshot(data, 3, T0);
    expect(parseSnapshot(bytes)).toMatchObject({ ok: true, verified: true, seq: 3 });
    for (let at = 0; at < bytes.length; at += 1) {
      for (const mask of [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xff]) {
        const damaged = Buffer.from(bytes);
        damaged[at] = (damaged[at] ?? 0) ^ mask;
        const read = parseSnapshot(damaged);
        // Damage to the `{"$crc":"` prefix makes it read as an unstamped file, which is then
        // validated in full like any file written before the header existed.
        if (read.ok) expect(read.verified, `byte ${at} ^ ${mask}`).toBe(false);
      }
    }
  });

  it('does not verify a file without the header', () => {
    const read = parseSnapshot(Buffer.from(JSON.stringify(seedWorkspace())));
    expect(read).toMatchObject({ ok: true, verified: false, seq: null });
  });
});

describe('decodeWorkspace', () => {
  it('still validates a verified snapshot that is not shaped like a workspace', () => {
    const raw = { schemaVersion: SCHEMA_VERSION, createdAt: T0 };
    expect(() => decodeWorkspace(raw, [], { verified: true })).toThrow(DataCorruptError);
  });

  it('validates an unverified snapshot and takes a verified one as it is', () => {
    const raw = seedWorkspace() as unknown as Record<string, unknown>;
    (raw.sources as Record<string, Record<string, unknown>>).s1!.name = 42;
    expect(() => decodeWorkspace(structuredClone(raw), [])).toThrow(DataCorruptError);
    // Only this app's own already-validated data carries a matching checksum, so the invalid
    // field here could not occur in practice; it shows that the schema was not consulted.
    const { data } = decodeWorkspace(structuredClone(raw), [], { verified: true });
    expect(data.sources.s1?.name).toBe(42);
  });
});

describe('opening a workspace', () => {
  it('does not run the schema over a snapshot whose checksum matches', async () => {
    const dir = await savedWorkspace();
    const safeParse = vi.spyOn(WorkspaceSchema, 'safeParse');
    const { store, notices } = await open(dir);
    expect(notices).toEqual([]);
    expect(Object.keys(store.data.quotes)).toEqual(['q1']);
    expect(safeParse).not.toHaveBeenCalled();
    await store.close();
  });

  it('runs the schema over a snapshot without the header', async () => {
    const dir = await savedWorkspace();
    const file = path.join(dir, 'workspace.json');
    const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    delete raw.$crc;
    delete raw.$seq;
    delete raw.$at;
    await writeFile(file, JSON.stringify(raw));
    const safeParse = vi.spyOn(WorkspaceSchema, 'safeParse');
    const { store } = await open(dir);
    expect(safeParse).toHaveBeenCalledTimes(1);
    expect(Object.keys(store.data.quotes)).toEqual(['q1']);
    await store.close();
  });

  it('never takes the content of a snapshot whose checksum does not match', async () => {
    const dir = await savedWorkspace();
    const file = path.join(dir, 'workspace.json');
    const bytes = await readFile(file);
    // Still valid JSON and a valid workspace: only the checksum tells that it was changed.
    const at = bytes.indexOf('Steve Witkoff');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'Z'.charCodeAt(0);
    await writeFile(file, bytes);
    const { store, notices } = await open(dir);
    expect(store.data.sources.s1?.name).toBe('Steve Witkoff');
    expect(Object.keys(store.data.quotes)).toEqual(['q1']);
    expect(notices.map((n) => n.code)).toEqual(['data_recovered']);
    expect(notices[0]?.message).toContain('checksum does not match');
    await store.close();
  });
});
