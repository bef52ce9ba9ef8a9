// The workspace folder is chosen by flag, then environment variable, then default; a flag
// without a value is an error rather than a silent fall back to the default workspace.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, isSameDataDir, resolveDataDir } from './data-dir';

const CWD = path.resolve('/home/analyst/projects');
const DEFAULT = path.resolve('/home/analyst/.config/Attribution Workbench/workspace');
const EXE = ['/opt/Attribution Workbench/attribution-workbench'];

function resolve(argv: string[], env: Record<string, string | undefined> = {}): string {
  return resolveDataDir({ argv: [...EXE, ...argv], env, defaultDir: DEFAULT, cwd: CWD });
}

describe('resolveDataDir', () => {
  it('uses the default folder when nothing overrides it', () => {
    expect(resolve([])).toBe(DEFAULT);
    expect(resolve(['--some-chromium-flag', 'file.txt'])).toBe(DEFAULT);
  });

  it('takes --data-dir <path> and --data-dir=<path>', () => {
    expect(resolve(['--data-dir', '/tmp/ws'])).toBe(path.resolve('/tmp/ws'));
    expect(resolve(['--data-dir=/tmp/ws'])).toBe(path.resolve('/tmp/ws'));
    // Wherever it sits among Electron's own arguments (dev runs put the app path first).
    expect(resolve(['dist/electron/main.cjs', '--data-dir', '/tmp/ws', '--inspect=0'])).toBe(
      path.resolve('/tmp/ws'),
    );
  });

  it('keeps paths with spaces and = signs whole', () => {
    expect(resolve(['--data-dir', '/tmp/my work=space'])).toBe(path.resolve('/tmp/my work=space'));
    expect(resolve(['--data-dir=/tmp/a=b'])).toBe(path.resolve('/tmp/a=b'));
  });

  it('resolves relative paths against the working directory', () => {
    expect(resolve(['--data-dir', 'ws'])).toBe(path.join(CWD, 'ws'));
    expect(resolve([], { [DATA_DIR_ENV]: '../ws' })).toBe(path.resolve(CWD, '../ws'));
  });

  it('lets the flag win over the environment variable, and the variable over the default', () => {
    const env = { [DATA_DIR_ENV]: '/from/env' };
    expect(resolve(['--data-dir', '/from/flag'], env)).toBe(path.resolve('/from/flag'));
    expect(resolve([], env)).toBe(path.resolve('/from/env'));
  });

  it('uses the last flag when given twice', () => {
    expect(resolve(['--data-dir', '/first', '--data-dir=/second'])).toBe(path.resolve('/second'));
  });

  it('ignores an empty environment variable', () => {
    expect(resolve([], { [DATA_DIR_ENV]: '' })).toBe(DEFAULT);
    expect(resolve([], { [DATA_DIR_ENV]: '   ' })).toBe(DEFAULT);
  });

  it('refuses a flag without a folder', () => {
    expect(() => resolve(['--data-dir'])).toThrow(/needs a folder path/);
    expect(() => resolve(['--data-dir='])).toThrow(/needs a folder path/);
    expect(() => resolve(['--data-dir', '--inspect=0'])).toThrow(/needs a folder path/);
  });

  it('does not mistake similar flags for it', () => {
    expect(resolve(['--data-directory', '/x', '--user-data-dir=/y'])).toBe(DEFAULT);
  });

  it('always returns an absolute path', () => {
    const result = resolveDataDir({ argv: [], env: {}, defaultDir: 'relative/default' });
    expect(path.isAbsolute(result)).toBe(true);
  });
});

describe('isSameDataDir', () => {
  const ours = path.resolve('/tmp/ws');

  it('matches the same folder, however it is spelled', () => {
    expect(isSameDataDir({ dataDir: ours }, ours)).toBe(true);
    expect(isSameDataDir({ dataDir: `${ours}${path.sep}` }, ours)).toBe(true);
    expect(isSameDataDir({ dataDir: path.join(ours, 'sub', '..') }, ours)).toBe(true);
  });

  it('refuses other folders and malformed data', () => {
    expect(isSameDataDir({ dataDir: path.resolve('/tmp/other') }, ours)).toBe(false);
    expect(isSameDataDir({ dataDir: path.join(ours, 'sub') }, ours)).toBe(false);
    expect(isSameDataDir({ dataDir: 'tmp/ws' }, ours)).toBe(false);
    expect(isSameDataDir({ dataDir: 42 }, ours)).toBe(false);
    expect(isSameDataDir({}, ours)).toBe(false);
    expect(isSameDataDir(null, ours)).toBe(false);
    expect(isSameDataDir(undefined, ours)).toBe(false);
    expect(isSameDataDir(ours, ours)).toBe(false);
  });
});
