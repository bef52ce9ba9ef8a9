// The quick-open head is a cache of answers stamped with the data files' exact state: it is read
// back only while the snapshot and the journal are exactly as they were when it was written.
import { appendFile, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
  await writeHead(nodeFs, dir, answers);
  return { dir, answers };
}

describe('quick-open head', () => {
  it('reads back what was written while the files are untouched', async () => {
    const { dir, answers } = await folderWithHead();
    const read = await readHead(nodeFs, dir);
    expect(read).toEqual({ ok: true, head: { stamp: expect.any(Object), answers } });
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

  it('refuses a damaged head, and says so', async () => {
    const { dir } = await folderWithHead();
    const file = path.join(dir, HEAD_FILE);
    const bytes = await readFile(file);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x01;
    await writeFile(file, bytes);
    expect(await readHead(nodeFs, dir)).toEqual({ ok: false, reason: 'the head is damaged' });
  });

  it('answers no head when there is none or no snapshot', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'head-'));
    dirs.push(dir);
    expect(await readHead(nodeFs, dir)).toEqual({ ok: false, reason: 'there is no head' });
    await writeHead(nodeFs, dir, {});
    expect(await readHead(nodeFs, dir)).toEqual({ ok: false, reason: 'there is no head' });
  });
});
