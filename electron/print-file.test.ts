// Tests of the print file: written privately, readable while printing, always removed after, and
// the print window's request filter lets through that file and nothing else.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PRINT_DIR_PREFIX, isPrintFileRequest, withPrintFile } from './print-file';

const roots: string[] = [];
async function tempRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aw-print-test-'));
  roots.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of roots.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('withPrintFile', () => {
  it('hands over a private file holding the briefing, then removes its folder', async () => {
    const root = await tempRoot();
    // 3 MB of mostly non-Latin text: as a data: URL this is far past Chromium's 2 MB limit.
    const html = `<!doctype html><p>${'Заявление «цитата». '.repeat(150_000)}</p>`;
    let seen = '';
    const result = await withPrintFile(
      html,
      async (file) => {
        seen = file;
        expect(await readFile(file, 'utf8')).toBe(html);
        expect(path.basename(path.dirname(file))).toMatch(new RegExp(`^${PRINT_DIR_PREFIX}`));
        if (process.platform !== 'win32') {
          expect((await stat(file)).mode & 0o777).toBe(0o600);
          expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
        }
        return 'pdf bytes';
      },
      root,
    );
    expect(result).toBe('pdf bytes');
    expect(existsSync(seen)).toBe(false);
    expect(await readdir(root)).toEqual([]);
  });

  it('removes the file when printing fails, and passes the failure on', async () => {
    const root = await tempRoot();
    const failure = withPrintFile(
      '<p>x</p>',
      async () => {
        throw new Error('printToPDF failed');
      },
      root,
    );
    await expect(failure).rejects.toThrow('printToPDF failed');
    expect(await readdir(root)).toEqual([]);
  });

  it('clears print folders a crash left behind, but not one in use', async () => {
    const root = await tempRoot();
    const left = path.join(root, `${PRINT_DIR_PREFIX}crashed`);
    const busy = path.join(root, `${PRINT_DIR_PREFIX}printing`);
    const other = path.join(root, 'someone-else');
    for (const dir of [left, busy, other]) await mkdir(dir);
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    for (const dir of [left, other]) await utimes(dir, yesterday, yesterday);
    await withPrintFile('<p>x</p>', async () => undefined, root);
    expect((await readdir(root)).sort()).toEqual(['someone-else', path.basename(busy)]);
  });

  it('gives concurrent prints separate folders', async () => {
    const root = await tempRoot();
    const files = await Promise.all(
      ['a', 'b'].map((text) => withPrintFile(text, async (file) => file, root)),
    );
    expect(new Set(files).size).toBe(2);
  });
});

describe('isPrintFileRequest', () => {
  const file = path.join(os.tmpdir(), `${PRINT_DIR_PREFIX}abc`, 'briefing.html');

  it('allows the briefing file, however its URL is spelled', () => {
    expect(isPrintFileRequest(pathToFileURL(file).href, [file])).toBe(true);
    // Percent-encoded letters and dot segments name the same file.
    const encoded = pathToFileURL(file).href.replace('/briefing.html', '/brief%69ng.html');
    expect(isPrintFileRequest(encoded, [file])).toBe(true);
    const dotted = pathToFileURL(file).href.replace('/briefing.html', '/./briefing.html');
    expect(isPrintFileRequest(dotted, [file])).toBe(true);
  });

  it('refuses everything else', () => {
    const others = [
      pathToFileURL(path.join(path.dirname(file), 'other.html')).href,
      pathToFileURL(path.join(os.tmpdir(), 'briefing.html')).href,
      `${pathToFileURL(file).href}?x=1`,
      'data:text/html,<p>x</p>',
      'https://example.com/',
      'app://workbench/index.html',
      'not a url',
    ];
    for (const url of others) expect(isPrintFileRequest(url, [file]), url).toBe(false);
    expect(isPrintFileRequest(pathToFileURL(file).href, [])).toBe(false);
  });
});
