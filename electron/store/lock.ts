// The folder lock: a workspace.lock file created exclusively (O_EXCL) holding our pid, host and
// boot, so two app processes never write one workspace. A lock left by a dead process, or by any
// process of an earlier boot of this machine (whose pid may since belong to another program), is
// taken over.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StoreOpenError } from './errors';
import type { StoreFs } from './io';
import { FILE_MODE, errorCode, isMissing, nodeFs, readIfExists } from './io';

export const LOCK_FILE = 'workspace.lock';
/** A lock file still empty after this long was left by a crash between create and write. */
const HALF_WRITTEN_GRACE_MS = 10_000;
/**
 * Boot times this close are one boot. A boot time computed from the wall clock moves when the
 * clock is corrected (NTP) while the machine runs; a reboot moves it by at least as long as the
 * previous boot ran. Erring towards "same boot" only falls back to the pid check.
 */
const SAME_BOOT_TOLERANCE_MS = 10 * 60_000;

export interface LockInfo {
  pid: number;
  hostname: string;
  /** Identifies this holder, so release never deletes a lock someone else took over. */
  nonce: string;
  createdAt: string;
  /** Linux's per-boot random id; null elsewhere. Absent in locks written before it existed. */
  bootId?: string | null;
  /** When the machine booted, in ms since the epoch (now minus uptime). Absent in older locks. */
  bootedAt?: number;
}

/** Which boot of the machine a process runs in. */
export interface BootMarker {
  /** /proc/sys/kernel/random/boot_id on Linux: exact. null where the system has none. */
  id: string | null;
  /** When the machine booted (ms since the epoch), from os.uptime(): every platform has it. */
  bootedAt: number;
}

/** The current boot. Never throws: without a boot id the boot time still tells boots apart. */
export async function currentBoot(now = Date.now()): Promise<BootMarker> {
  let id: string | null = null;
  if (process.platform === 'linux') {
    id = await readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
      (text) => text.trim() || null,
      () => null,
    );
  }
  return { id, bootedAt: Math.round(now - os.uptime() * 1000) };
}

/**
 * Whether a lock was taken in an earlier boot, so its holder cannot be running any more whatever
 * its pid now names. False when the lock does not say (written by an older version).
 */
export function isFromAnotherBoot(holder: LockInfo, current: BootMarker): boolean {
  if (typeof holder.bootId === 'string' && current.id !== null) return holder.bootId !== current.id;
  if (typeof holder.bootedAt === 'number' && Number.isFinite(holder.bootedAt)) {
    return Math.abs(holder.bootedAt - current.bootedAt) > SAME_BOOT_TOLERANCE_MS;
  }
  return false;
}

export interface FolderLock {
  readonly file: string;
  release(): Promise<void>;
}

export interface LockOptions {
  fs?: StoreFs;
  pid?: number;
  hostname?: string;
  isAlive?: (pid: number) => boolean;
  /** The current boot; read from the system when omitted. */
  boot?: BootMarker;
}

export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

function parseLock(bytes: Buffer): LockInfo | null {
  try {
    const raw = JSON.parse(bytes.toString('utf8')) as Partial<LockInfo>;
    if (
      Number.isSafeInteger(raw.pid) &&
      typeof raw.hostname === 'string' &&
      typeof raw.nonce === 'string'
    ) {
      return raw as LockInfo;
    }
  } catch {
    // fall through: unreadable
  }
  return null;
}

function lockedError(detail: string): StoreOpenError {
  return new StoreOpenError(
    'locked',
    `This workspace is open in another Attribution Workbench window (${detail}). ` +
      'Close it there first, or open a different workspace folder.',
  );
}

async function createExclusive(fs: StoreFs, file: string, content: Buffer): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(file, 'wx', FILE_MODE);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return true;
}

/** Takes the folder lock or throws StoreOpenError('locked'). */
export async function acquireFolderLock(
  dir: string,
  options: LockOptions = {},
): Promise<FolderLock> {
  const fs = options.fs ?? nodeFs;
  const pid = options.pid ?? process.pid;
  const hostname = options.hostname ?? os.hostname();
  const isAlive = options.isAlive ?? isPidAlive;
  const boot = options.boot ?? (await currentBoot());
  const file = path.join(dir, LOCK_FILE);
  const info: LockInfo = {
    pid,
    hostname,
    nonce: randomUUID(),
    createdAt: new Date().toISOString(),
    bootId: boot.id,
    bootedAt: boot.bootedAt,
  };
  const content = Buffer.from(JSON.stringify(info), 'utf8');

  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await createExclusive(fs, file, content)) {
      return { file, release: () => releaseLock(fs, file, info.nonce) };
    }
    const held = await readIfExists(fs, file);
    if (held === null) continue; // released meanwhile: try again
    const holder = parseLock(held);
    if (holder === null) {
      const age = Date.now() - (await fs.stat(file).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (age < HALF_WRITTEN_GRACE_MS) throw lockedError('it is being opened right now');
    } else if (holder.hostname !== hostname) {
      throw lockedError(`on the computer "${holder.hostname}", process ${holder.pid}`);
    } else if (!isFromAnotherBoot(holder, boot) && holder.pid !== pid && isAlive(holder.pid)) {
      // Same boot and the pid is running. (After a reboot the pid may name some other program,
      // which is why a lock from another boot never gets here.)
      throw lockedError(`process ${holder.pid}`);
    }
    // Stale. Move it aside under a unique name, then check that what we moved is the lock we
    // judged dead: another process may have replaced it in between.
    const aside = `${file}.stale-${info.nonce}`;
    try {
      await fs.rename(file, aside);
    } catch (error) {
      if (isMissing(error)) continue;
      throw error;
    }
    const moved = await readIfExists(fs, aside);
    await fs.unlink(aside).catch(() => undefined);
    if (moved !== null && !moved.equals(held)) {
      // We took a fresh lock: put it back unless its owner or a third process already did.
      await createExclusive(fs, file, moved).catch(() => undefined);
      throw lockedError('it was opened at the same moment');
    }
  }
  throw lockedError('the lock file keeps changing');
}

async function releaseLock(fs: StoreFs, file: string, nonce: string): Promise<void> {
  const held = await readIfExists(fs, file);
  if (held === null) return;
  if (parseLock(held)?.nonce !== nonce) return; // not ours any more
  await fs.unlink(file).catch((error: unknown) => {
    if (!isMissing(error)) throw error;
  });
}
