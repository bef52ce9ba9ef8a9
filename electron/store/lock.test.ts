// Tests of the folder lock: exclusive while its holder lives, taken over once it is dead, and
// never released on behalf of someone else.
import { existsSync } from 'node:fs';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreOpenError } from './errors';
import type { BootMarker } from './lock';
import { LOCK_FILE, acquireFolderLock, currentBoot, isFromAnotherBoot, isPidAlive } from './lock';
import { removeTempDirs, tempDir } from './test-support';

afterEach(removeTempDirs);

/** Far above any pid Linux, macOS or Windows hands out. */
const DEAD_PID = 2 ** 30;

async function writeLock(
  dir: string,
  pid: number,
  hostname = os.hostname(),
  boot: { bootId?: string | null; bootedAt?: number } = {},
) {
  const content = JSON.stringify({
    pid,
    hostname,
    nonce: 'theirs',
    createdAt: '2025-01-01',
    ...boot,
  });
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

describe('locks from an earlier boot', () => {
  const BOOTED_AT = Date.parse('2026-03-02T08:00:00Z');
  const linuxBoot: BootMarker = { id: 'boot-b', bootedAt: BOOTED_AT };
  const otherBoot: BootMarker = { id: null, bootedAt: BOOTED_AT };
  const MINUTE = 60_000;

  it('records the boot it was taken in', async () => {
    const dir = await tempDir();
    const lock = await acquireFolderLock(dir, { boot: linuxBoot });
    expect(JSON.parse(await readFile(lock.file, 'utf8'))).toMatchObject({
      bootId: 'boot-b',
      bootedAt: BOOTED_AT,
    });
    await lock.release();
  });

  it('takes over a lock whose pid is alive again after a reboot (boot id differs)', async () => {
    const dir = await tempDir();
    // process.ppid is alive: the pid was handed to another program after the reboot.
    await writeLock(dir, process.ppid, os.hostname(), { bootId: 'boot-a', bootedAt: BOOTED_AT });
    const lock = await acquireFolderLock(dir, { boot: linuxBoot });
    expect(JSON.parse(await readFile(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('still refuses a live holder of the same boot', async () => {
    const dir = await tempDir();
    await writeLock(dir, process.ppid, os.hostname(), { bootId: 'boot-b', bootedAt: 0 });
    await expect(acquireFolderLock(dir, { boot: linuxBoot })).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('without boot ids, tells boots apart by boot time, tolerating clock corrections', async () => {
    const dir = await tempDir();
    const bootedAt = BOOTED_AT - 3 * MINUTE; // the clock was corrected by 3 minutes since
    await writeLock(dir, process.ppid, os.hostname(), { bootId: null, bootedAt });
    await expect(acquireFolderLock(dir, { boot: otherBoot })).rejects.toMatchObject({
      code: 'locked',
    });
    await writeLock(dir, process.ppid, os.hostname(), {
      bootId: null,
      bootedAt: BOOTED_AT - 90 * MINUTE,
    });
    const lock = await acquireFolderLock(dir, { boot: otherBoot });
    await lock.release();
  });

  it('falls back to the pid for a lock written before boots were recorded', async () => {
    const dir = await tempDir();
    await writeLock(dir, process.ppid);
    await expect(acquireFolderLock(dir, { boot: linuxBoot })).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('compares boot ids when both sides have one, boot times otherwise', () => {
    const holder = { pid: 1, hostname: 'h', nonce: 'n', createdAt: '' };
    expect(isFromAnotherBoot({ ...holder, bootId: 'boot-b', bootedAt: 0 }, linuxBoot)).toBe(false);
    expect(isFromAnotherBoot({ ...holder, bootId: 'boot-a', bootedAt: BOOTED_AT }, linuxBoot)).toBe(
      true,
    );
    expect(isFromAnotherBoot({ ...holder, bootId: 'boot-a', bootedAt: BOOTED_AT }, otherBoot)).toBe(
      false,
    );
    expect(isFromAnotherBoot({ ...holder, bootedAt: BOOTED_AT + 11 * MINUTE }, otherBoot)).toBe(
      true,
    );
    expect(isFromAnotherBoot(holder, otherBoot)).toBe(false);
  });

  it('reads the current boot from the system', async () => {
    const before = Date.now() - os.uptime() * 1000;
    const boot = await currentBoot();
    expect(Math.abs(boot.bootedAt - before)).toBeLessThan(2_000);
    const procBootId = '/proc/sys/kernel/random/boot_id';
    if (process.platform === 'linux' && existsSync(procBootId)) {
      expect(boot.id).toBe((await readFile(procBootId, 'utf8')).trim());
    } else {
      expect(boot.id).toBeNull();
    }
    // Twice in one boot gives the same answer, so our own lock is never judged stale.
    expect(
      isFromAnotherBoot(
        {
          pid: 1,
          hostname: 'h',
          nonce: 'n',
          createdAt: '',
          bootId: boot.id,
          bootedAt: boot.bootedAt,
        },
        await currentBoot(),
      ),
    ).toBe(false);
  });
});
