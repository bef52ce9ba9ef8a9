// Tests of the fsyncing lowdb adapter: durable atomic writes, and refusing to read (or later
// overwrite) files that do not hold usable JSON.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableJsonFile, UnreadableJsonError } from './durable-json-file';
import { faultyFs, newFaults, removeTempDirs, tempDir } from './test-support';

interface Doc {
  items: string[];
}
const decode = (raw: unknown): Doc => {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as Doc).items)) {
    throw new Error('not a Doc');
  }
  return raw as Doc;
};

afterEach(removeTempDirs);

describe('DurableJsonFile', () => {
  it('reads null when the file does not exist, and writes compact JSON durably', async () => {
    const dir = await tempDir();
    const faults = newFaults();
    const file = path.join(dir, 'data.json');
    const adapter = new DurableJsonFile<Doc>(file, { decode, fs: faultyFs(faults) });
    expect(await adapter.read()).toBeNull();
    await adapter.write({ items: ['a', 'b'] });
    expect(await readFile(file, 'utf8')).toBe('{"items":["a","b"]}');
    // One fsync of the temp file and one of the folder.
    expect(faults.syncs).toBe(2);
    expect(await readdir(dir)).toEqual(['data.json']);
    expect(await adapter.read()).toEqual({ items: ['a', 'b'] });
    expect(adapter.lastWriteBytes).toBe(19);
  });

  it('works as a lowdb adapter', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    const db = new Low<Doc>(new DurableJsonFile<Doc>(file, { decode }), { items: [] });
    await db.read();
    await db.update((data) => data.items.push('x'));
    const again = new Low<Doc>(new DurableJsonFile<Doc>(file, { decode }), { items: [] });
    await again.read();
    expect(again.data).toEqual({ items: ['x'] });
  });

  it('serializes synchronously: later changes do not leak into a write in progress', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    const adapter = new DurableJsonFile<Doc>(file, { decode });
    const data: Doc = { items: ['before'] };
    const writing = adapter.write(data);
    data.items.push('after');
    await writing;
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ items: ['before'] });
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['truncated', Buffer.from('{"items":["a",')],
    ['NUL-filled', Buffer.alloc(64)],
    ['null', Buffer.from('null')],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ])('refuses a file that is %s, and will not write over it', async (_name, bytes) => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    await writeFile(file, bytes);
    const adapter = new DurableJsonFile<Doc>(file, { decode });
    await expect(adapter.read()).rejects.toBeInstanceOf(UnreadableJsonError);
    await expect(adapter.write({ items: [] })).rejects.toThrow(/Refusing to overwrite/);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses to write over a file whose content failed validation, until it is moved', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    await writeFile(file, '{"other":1}');
    const adapter = new DurableJsonFile<Doc>(file, { decode });
    await expect(adapter.read()).rejects.toThrow('not a Doc');
    await expect(adapter.write({ items: [] })).rejects.toThrow(/Refusing/);
    await writeFile(file, '{"other":1}'); // still there: still refused
    await expect(adapter.write({ items: [] })).rejects.toThrow(/Refusing/);
    const { rename } = await import('node:fs/promises');
    await rename(file, `${file}.aside`);
    await adapter.write({ items: ['fresh'] });
    expect(await readFile(file, 'utf8')).toBe('{"items":["fresh"]}');
  });

  it('accepts a byte-order mark', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    await writeFile(file, '\uFEFF{"items":[]}');
    expect(await new DurableJsonFile<Doc>(file, { decode }).read()).toEqual({ items: [] });
  });

  it('leaves the old file intact and no temp file when a write fails', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    const faults = newFaults();
    const adapter = new DurableJsonFile<Doc>(file, { decode, fs: faultyFs(faults) });
    await adapter.write({ items: ['kept'] });
    faults.failWrites = true;
    await expect(adapter.write({ items: ['lost'] })).rejects.toMatchObject({ code: 'ENOSPC' });
    faults.failWrites = false;
    faults.failSyncs = true;
    await expect(adapter.write({ items: ['lost'] })).rejects.toMatchObject({ code: 'ENOSPC' });
    faults.failSyncs = false;
    faults.failRename = () => true;
    await expect(adapter.write({ items: ['lost'] })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe('{"items":["kept"]}');
    expect(await readdir(dir)).toEqual(['data.json']);
  });
});
