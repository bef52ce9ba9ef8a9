// The window's theme: the analyst's preference (system, light or dark), what it resolves to, and
// putting it on <html data-theme> where tokens.css reads it. The preference is kept in the window
// settings (settings channel); a copy in localStorage lets main.tsx apply it before first paint,
// so a dark window does not flash white while the service answers.
import type { ThemeSetting } from '../../../shared/ipc/channels/settings';

export type { ThemeSetting };
export type ResolvedTheme = 'light' | 'dark';

export const THEME_LABELS: Record<ThemeSetting, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

const STORAGE_KEY = 'workbench.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme drawn: the preference, or the system's for 'system'. */
export function resolveTheme(preference: ThemeSetting, systemDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** The next preference of the "Theme" command: System → Light → Dark → System. */
export function nextTheme(preference: ThemeSetting): ThemeSetting {
  switch (preference) {
    case 'system':
      return 'light';
    case 'light':
      return 'dark';
    case 'dark':
      return 'system';
    default: {
      const missing: never = preference;
      throw new Error(`Unknown theme: ${String(missing)}`);
    }
  }
}

/** Whether the system asks for dark now (false where matchMedia is missing, as in jsdom). */
export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** Draws the window in `preference` and remembers it for the next start's first paint. */
export function applyTheme(preference: ThemeSetting): ResolvedTheme {
  const resolved = resolveTheme(preference, systemPrefersDark());
  const root = document.documentElement;
  root.dataset.theme = resolved;
  root.dataset.themePreference = preference;
  try {
    window.localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Storage refused (a locked-down profile): only the first paint of the next start suffers.
  }
  return resolved;
}

/** The preference remembered by the last applyTheme, or 'system'. */
export function storedTheme(): ThemeSetting {
  let value: string | null;
  try {
    value = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    value = null;
  }
  return value === 'light' || value === 'dark' || value === 'system' ? value : 'system';
}

/** Calls `onChange` when the system's light/dark setting changes; returns the unsubscribe. */
export function watchSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
