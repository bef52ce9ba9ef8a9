// Where the workspace lives: `--data-dir` on the command line, then an environment variable,
// then the default folder under Electron's userData. Tests and portable installs use the first two.
import path from 'node:path';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'ATTRIBUTION_WORKBENCH_DATA_DIR';

export interface DataDirInput {
  /** The process's command line (process.argv); the flag may appear anywhere in it. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Used when neither the flag nor the variable names a folder. */
  defaultDir: string;
  /** Relative paths resolve against this; process.cwd() when omitted. */
  cwd?: string;
}

/**
 * Returns the absolute path of the workspace folder. When the flag is given more than once, the
 * last one wins, as with most command-line tools. Throws when the flag has no value
 * (`--data-dir` last, `--data-dir=`, or followed by another `--option`): silently falling back
 * to the default folder would open the wrong workspace.
 */
export function resolveDataDir(input: DataDirInput): string {
  const cwd = input.cwd ?? process.cwd();
  const fromFlag = flagValue(input.argv);
  if (fromFlag !== null) return path.resolve(cwd, fromFlag);
  const fromEnv = input.env[DATA_DIR_ENV];
  // An empty variable is how shells unset things; treat it as absent.
  if (fromEnv !== undefined && fromEnv.trim() !== '') return path.resolve(cwd, fromEnv);
  return path.resolve(cwd, input.defaultDir);
}

function flagValue(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) continue;
    let value: string | undefined;
    if (arg === DATA_DIR_FLAG) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new Error(
          `${DATA_DIR_FLAG} needs a folder path, as in ${DATA_DIR_FLAG} /path/to/folder`,
        );
      }
      i++;
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      value = arg.slice(DATA_DIR_FLAG.length + 1);
    } else {
      continue;
    }
    if (value.trim() === '') {
      throw new Error(
        `${DATA_DIR_FLAG} needs a folder path, as in ${DATA_DIR_FLAG} /path/to/folder`,
      );
    }
    found = value;
  }
  return found;
}

/**
 * True when a second app instance (which sends its folder as `{ dataDir }` with the
 * single-instance lock request) wants the same workspace as ours. Anything malformed is "no".
 */
export function isSameDataDir(additionalData: unknown, dataDir: string): boolean {
  if (typeof additionalData !== 'object' || additionalData === null) return false;
  const other = (additionalData as { dataDir?: unknown }).dataDir;
  if (typeof other !== 'string' || !path.isAbsolute(other)) return false;
  // path.relative ignores case on Windows, where the file system does too.
  return path.relative(path.resolve(other), path.resolve(dataDir)) === '';
}
