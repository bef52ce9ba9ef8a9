// Finds the Electron binary the way the electron package does, without requiring the package
// (requiring it tries to download the binary, which fails offline). Used to gate electron.spec.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The executable name the electron package uses when path.txt is absent. */
function defaultExecutable(): string {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/**
 * Finds the Electron binary the way the electron package does, without requiring it: requiring
 * it would try to download the binary, which fails offline.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const requireHere = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(requireHere.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative ?? defaultExecutable());
    return existsSync(candidate)
      ? { path: candidate }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist` };
  }
  if (relative === undefined) {
    return { missing: `${pathFile} is missing: the electron package never downloaded its binary` };
  }
  const candidate = path.join(packageDir, 'dist', relative);
  return existsSync(candidate) ? { path: candidate } : { missing: `${candidate} does not exist` };
}

/** Why the Electron spec cannot run here, or '' when it can. */
export function electronSkipReason(): string {
  const binary = findElectronBinary();
  return 'missing' in binary
    ? `No Electron binary on this machine (${binary.missing}); the harness specs cover the app, ` +
        'and this spec runs where Electron is installed.'
    : '';
}
