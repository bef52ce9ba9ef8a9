// Tests of the folder lock: exclusive while its holder lives, taken over once it is dead, and
// never released on behalf of someone else.
import { readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreOpenError } from './errors';
import { LOCK_FILE, acquireFolderLock, isPidAlive } from './lock';
import { removeTempDirs, tempDir } from './test-support';

afterEach(removeTempDirs);

/** Far above any pid Linux, macOS or Windows hands out. */
const DEAD_PID = 2 ** 30;

async function writeLock(dir: string, pid: number, hostname = os.hostname()) {
  const content = JSON.stringify({ pid, hostname, nonce: 'theirs', createdAt: '2025-01-01' });
  await writeFile(path.join(dir, LOCK_FILE), content);
  return content;
}

describe('acquireFolderLock', () => {
  it('writes pid and host, and removes the file on release', async () => {
    const dir = await tempDir();
    const lock = await acquireFolderLock(dir);
    const held = JSON.parse(await readFile(lock.file, 'utf8')) as { pid: number; hostname: string };
    expect(held).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    await lock.release();
    await expect(readFile(lock.file)).rejects.toMatchObject({ code: 'ENOENT' });
    await lock.release(); // twice is fine
  });

  it('refuses while another live process holds it, naming that process', async () => {
    const dir = await tempDir();
    const theirs = await writeLock(dir, process.ppid);
    expect(isPidAlive(process.ppid)).toBe(true);
    const error = await acquireFolderLock(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error).toMatchObject({ code: 'locked' });
    expect((error as Error).message).toContain(
      `open in another Attribution Workbench window (process ${process.ppid})`,
    );
    expect(await readFile(path.join(dir, LOCK_FILE), 'utf8')).toBe(theirs);
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = await tempDir();
    expect(isPidAlive(DEAD_PID)).toBe(false);
    await writeLock(dir, DEAD_PID);
    const lock = await acquireFolderLock(dir);
    expect(JSON.parse(await readFile(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('refuses a lock held on another computer, which it cannot check', async () => {
    const dir = await tempDir();
    await writeLock(dir, DEAD_PID, 'analyst-laptop');
    await expect(acquireFolderLock(dir)).rejects.toThrow(/analyst-laptop/);
  });

  it('treats a fresh unreadable lock as held and an old one as stale', async () => {
    const dir = await tempDir();
    const file = path.join(dir, LOCK_FILE);
    await writeFile(file, '');
    await expect(acquireFolderLock(dir)).rejects.toMatchObject({ code: 'locked' });
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(file, longAgo, longAgo);
    const lock = await acquireFolderLock(dir);
    await lock.release();
  });

  it('does not delete a lock that someone else took over', async () => {
    const dir = await tempDir();
    const lock = await acquireFolderLock(dir);
    const theirs = await writeLock(dir, DEAD_PID);
    await lock.release();
    expect(await readFile(lock.file, 'utf8')).toBe(theirs);
  });
});
