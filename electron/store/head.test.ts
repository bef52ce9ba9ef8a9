// The quick-open head is a cache of answers stamped with the data files' exact state: it is read
// back only while the snapshot and the journal are exactly as they were when it was written.
import { appendFile, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyWorkspace } from '../../shared/domain/workspace';
import { HEAD_FILE, answerKey, readHead, writeHead } from './head';
import { nodeFs } from './io';
import { openStore } from './store';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A closed workspace folder with a snapshot and a journal, and a head written for it. */
async function folderWithHead() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'head-'));
  dirs.push(dir);
  const { store } = await openStore({ dataDir: dir, seed: () => emptyWorkspace('2026-01-01') });
  await store.close();
  const answers = { [answerKey('documents.list', undefined)]: [{ id: 'a' }], counts: { n: 1 } };
  const later = { [answerKey('sources.table', undefined)]: [{ name: 'Line\nbreak, ünïcode' }] };
  await writeHead(nodeFs, dir, answers, later);
  return { dir, answers, later };
}

const crcOf = (text: string) => (crc32(text) >>> 0).toString(16).padStart(8, '0');

describe('quick-open head', () => {
  it('reads back what was written while the files are untouched', async () => {
    const { dir, answers, later } = await folderWithHead();
    const read = await readHead(nodeFs, dir);
    expect(read).toEqual({
      ok: true,
      head: { stamp: expect.any(Object), answers, later: expect.any(Function) },
    });
    expect(read.ok && read.head.later()).toEqual(later);
  });

  it('is two checked lines, the later answers only in the second', async () => {
    const { dir, answers, later } = await folderWithHead();
    const lines = (await readFile(path.join(dir, HEAD_FILE), 'utf8')).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(crcOf(lines[1]!));
    expect(JSON.parse(lines[1]!)).toEqual({ stamp: expect.any(Object), answers });
    expect(lines[2]).toBe(crcOf(lines[3]!));
    expect(JSON.parse(lines[3]!)).toEqual(later);
  });

  it('keeps the first paint when only the later part is damaged, and reads a one-part head', async () => {
    const { dir, answers } = await folderWithHead();
    const file = path.join(dir, HEAD_FILE);
    const bytes = await readFile(file);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x01;
    await writeFile(file, bytes);
    const damaged = await readHead(nodeFs, dir);
    expect(damaged.ok && damaged.head.answers).toEqual(answers);
    expect(damaged.ok && damaged.head.later()).toEqual({});
    // As the heads written before the second part existed: the first line alone.
    const [crc, body] = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, `${crc}\n${body}`);
    const old = await readHead(nodeFs, dir);
    expect(old.ok && old.head.answers).toEqual(answers);
    expect(old.ok && old.head.later()).toEqual({});
  });

  it('keys a call by channel and input, with no input and {} the same', () => {
    expect(answerKey('documents.list', undefined)).toBe(answerKey('documents.list', {}));
    expect(answerKey('documents.get', { id: 'a' })).not.toBe(
      answerKey('documents.get', { id: 'b' }),
    );
  });

  it('is void once the journal grows, even by one byte', async () => {
    const { dir } = await folderWithHead();
    await appendFile(path.join(dir, 'workspace.journal'), 'x');
    expect(await readHead(nodeFs, dir)).toEqual({
      ok: false,
      reason: 'the workspace changed since',
    });
  });

  it('is void once the snapshot is rewritten, even with the same size and time', async () => {
    const { dir } = await folderWithHead();
    const file = path.join(dir, 'workspace.json');
    const bytes = await readFile(file);
    // A different checksum in the header: another snapshot of the same length and mtime.
    bytes[10] = bytes[10] === 0x30 ? 0x31 : 0x30;
    await writeFile(file, bytes);
    const { mtime } = await import('node:fs/promises').then((fs) => fs.stat(file));
    await utimes(file, mtime, mtime);
    const read = await readHead(nodeFs, dir);
    expect(read.ok).toBe(false);
  });

  it('refuses a head whose first part is damaged, and says so', async () => {
    const { dir } = await folderWithHead();
    const file = path.join(dir, HEAD_FILE);
    const bytes = await readFile(file);
    const secondLine = bytes.indexOf('\n', 9);
    for (const at of [2, 20, secondLine - 2, secondLine]) {
      const damaged = Buffer.from(bytes);
      damaged[at] = damaged[at]! ^ 0x01;
      await writeFile(file, damaged);
      expect(await readHead(nodeFs, dir)).toEqual({ ok: false, reason: 'the head is damaged' });
    }
  });

  it('answers no head when there is none or no snapshot', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'head-'));
    dirs.push(dir);
    expect(await readHead(nodeFs, dir)).toEqual({ ok: false, reason: 'there is no head' });
    await writeHead(nodeFs, dir, {});
    expect(await readHead(nodeFs, dir)).toEqual({ ok: false, reason: 'there is no head' });
  });
});
