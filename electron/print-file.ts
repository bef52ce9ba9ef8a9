// The briefing handed to Chromium's printToPDF as a file rather than a data: URL: Chromium refuses
// URLs over 2 MB (electron/electron#8317), which a briefing passes at about 1,500 quotes. The file
// lives in a private temporary folder for the length of one print and is removed after it.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRINT_DIR_PREFIX = 'workbench-print-';
export const PRINT_FILE_NAME = 'briefing.html';
/** A print folder older than this was left by a crash mid-print (a print takes seconds). */
const STALE_AFTER_MS = 60 * 60_000;

/**
 * Removes print folders a crash left behind in `tempRoot`, so a briefing does not linger on disk.
 * Best effort: what cannot be read or removed is left alone.
 */
export async function removeStalePrintDirs(tempRoot: string, now = Date.now()): Promise<void> {
  const names = await readdir(tempRoot).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(PRINT_DIR_PREFIX)) continue;
    const dir = path.join(tempRoot, name);
    const info = await stat(dir).catch(() => null);
    if (info?.isDirectory() && now - info.mtimeMs > STALE_AFTER_MS) {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/**
 * Writes `html` to a new file in a folder only this user can read (mkdtemp makes it 0700; the
 * file is 0600), calls `use` with the file's path, then removes the folder whether `use` resolved
 * or threw. Returns what `use` returned.
 */
export async function withPrintFile<T>(
  html: string,
  use: (file: string) => Promise<T>,
  tempRoot: string = os.tmpdir(),
): Promise<T> {
  await removeStalePrintDirs(tempRoot);
  const dir = await mkdtemp(path.join(tempRoot, PRINT_DIR_PREFIX));
  try {
    const file = path.join(dir, PRINT_FILE_NAME);
    // 'wx': the folder is new and ours, so an existing file means something is wrong.
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function samePath(a: string, b: string): boolean {
  const [x, y] = [path.resolve(a), path.resolve(b)];
  // Windows paths compare case-insensitively; Chromium may spell the drive letter differently.
  return process.platform === 'win32' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/**
 * Whether a request made by the print window is for one of the briefing files being printed:
 * the only requests it may make (the briefing is self-contained, and its own CSP forbids loading
 * anything). Compared as paths, so URL spelling differences (percent-encoding) do not matter.
 */
export function isPrintFileRequest(url: string, files: Iterable<string>): boolean {
  let requested: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || parsed.search !== '') return false;
    requested = fileURLToPath(parsed);
  } catch {
    return false;
  }
  for (const file of files) if (samePath(requested, file)) return true;
  return false;
}
