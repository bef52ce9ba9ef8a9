// The app:// handler may serve only files inside the built renderer folder: every way of
// stepping outside it, or of naming another origin, maps to null (a 404).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, contentTypeFor, isAppUrl, resolveAppFile } from './protocol-path';

const ROOT = path.resolve('/opt/workbench/dist/renderer');

function isInsideRoot(file: string): boolean {
  const relative = path.relative(ROOT, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

describe('resolveAppFile', () => {
  it('serves index.html for the root and the entry URL', () => {
    const index = path.join(ROOT, 'index.html');
    expect(resolveAppFile(ROOT, 'app://workbench/')).toBe(index);
    expect(resolveAppFile(ROOT, 'app://workbench')).toBe(index);
    expect(resolveAppFile(ROOT, APP_ENTRY_URL)).toBe(index);
  });

  it('maps asset paths into the folder, ignoring query and fragment', () => {
    expect(resolveAppFile(ROOT, 'app://workbench/assets/index-Bx1.js')).toBe(
      path.join(ROOT, 'assets', 'index-Bx1.js'),
    );
    expect(resolveAppFile(ROOT, 'app://workbench/assets/a.css?v=2#x')).toBe(
      path.join(ROOT, 'assets', 'a.css'),
    );
    expect(resolveAppFile(ROOT, 'app://workbench/fonts/Source%20Serif.woff2')).toBe(
      path.join(ROOT, 'fonts', 'Source Serif.woff2'),
    );
  });

  it.each([
    'app://workbench/%2e%2e%2fsecret',
    'app://workbench/..%2fsecret',
    'app://workbench/%2E%2E%5Csecret',
    'app://workbench/assets%2f..%2f..%2fsecret',
    'app://workbench/a\\..\\..\\secret',
    'app://workbench/..\\secret',
    'app://workbench/%5c%5csecret',
    'app://workbench/index.html%00.js',
    'app://workbench/%00',
    'app://workbench/%252e%252e/%E0%A4%A',
    'app://workbench//etc/passwd',
    'app://workbench/%2fetc%2fpasswd',
    'app://workbench/C:/Windows/win.ini',
    'app://workbench/C%3A%5CWindows%5Cwin.ini',
    'app://workbench/index.html:stream',
    'app://workbench/assets/',
    'app://workbench/./index.html/.',
  ])('rejects %s', (url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });

  it('never resolves outside the folder, even after URL normalisation', () => {
    // The URL parser itself folds `..` and `%2e%2e` segments before we see the path, so these
    // arrive as harmless paths inside the folder (or are rejected); none escapes.
    for (const url of [
      'app://workbench/../../../etc/passwd',
      'app://workbench/%2e%2e/%2e%2e/etc/passwd',
      'app://workbench/assets/.%2e/.%2e/.%2e/etc/passwd',
      'app://workbench/%252e%252e/secret',
    ]) {
      const file = resolveAppFile(ROOT, url);
      if (file !== null) expect(isInsideRoot(file), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppFile(ROOT, 'app://workbench/../../../etc/passwd')).toBe(
      path.join(ROOT, 'etc', 'passwd'),
    );
  });

  it.each([
    'app://evil/index.html',
    'app://workbench.evil.com/index.html',
    'app://workbench@evil/index.html',
    'app://workbench:1234/index.html',
    'app:///index.html',
    'app:index.html',
    'file:///opt/workbench/dist/renderer/index.html',
    'http://workbench/index.html',
    'https://localhost/index.html',
    'not a url',
    '',
  ])('rejects other origins and malformed URLs: %s', (url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });

  it('works with a relative renderer folder', () => {
    const file = resolveAppFile('dist/renderer', 'app://workbench/index.html');
    expect(file).toBe(path.resolve('dist/renderer', 'index.html'));
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin', () => {
    expect(isAppUrl('app://workbench/index.html')).toBe(true);
    expect(isAppUrl('app://workbench.evil.com/')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('::')).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build produces', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
  });

  it('falls back to an inert type', () => {
    expect(contentTypeFor('/x/README')).toBe('application/octet-stream');
    expect(contentTypeFor('/x/archive.exe')).toBe('application/octet-stream');
  });
});
