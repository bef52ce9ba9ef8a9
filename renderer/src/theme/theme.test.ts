// @vitest-environment jsdom
// The theme preference: what it resolves to, the order the command cycles through, and that it
// lands on <html data-theme> (what tokens.css reads) and survives for the next first paint.
import { afterEach, describe, expect, it } from 'vitest';
import { applyTheme, nextTheme, resolveTheme, storedTheme } from './theme';

afterEach(() => {
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('theme', () => {
  it('follows the system only when asked to', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('cycles System → Light → Dark → System', () => {
    expect(nextTheme('system')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('system');
  });

  it('draws the choice on <html> and remembers it; an unknown stored value means system', () => {
    expect(storedTheme()).toBe('system');
    expect(applyTheme('dark')).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(storedTheme()).toBe('dark');
    // jsdom has no matchMedia: the system counts as light.
    expect(applyTheme('system')).toBe('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    window.localStorage.setItem('workbench.theme', 'sepia');
    expect(storedTheme()).toBe('system');
  });
});
