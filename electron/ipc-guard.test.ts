// Only the app's own top-level page may call the service; everything that merely looks like it
// (other origins, subframes, lookalike hosts, unparsable URLs) is refused.
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './ipc-guard';

describe('isTrustedSender', () => {
  it('trusts the main frame of app://workbench', () => {
    expect(isTrustedSender('app://workbench/index.html', true)).toBe(true);
    expect(isTrustedSender('app://workbench/', true)).toBe(true);
    expect(isTrustedSender('app://workbench/index.html?doc=1#quote-3', true)).toBe(true);
  });

  it('refuses subframes, even of the app origin', () => {
    expect(isTrustedSender('app://workbench/index.html', false)).toBe(false);
  });

  it.each([
    'file:///home/analyst/index.html',
    'http://localhost:5173/',
    'http://127.0.0.1/index.html',
    'https://workbench/',
    'app://evil/index.html',
    'app://workbench.evil.com/index.html',
    'app://evil.com/app://workbench/',
    'app://workbench@evil/index.html',
    'app://workbench:8080/index.html',
    'app://user:pass@workbench/',
    'app:workbench/index.html',
    'app:///index.html',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<h1>app://workbench</h1>',
    'about:blank',
    'javascript:alert(1)',
    'chrome-error://chromewebdata/',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });

  it('refuses missing and malformed URLs', () => {
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
    expect(isTrustedSender('not a url', true)).toBe(false);
    expect(isTrustedSender('app://', true)).toBe(false);
    expect(isTrustedSender('://workbench', true)).toBe(false);
    expect(isTrustedSender(42 as unknown as string, true)).toBe(false);
  });
});
