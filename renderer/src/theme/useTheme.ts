// The theme preference as React state: read from the window settings once, drawn at once, followed
// when the system switches between light and dark, and saved back when the analyst cycles it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { ThemeSetting } from './theme';
import { applyTheme, nextTheme, storedTheme, watchSystemTheme } from './theme';

export interface ThemeControl {
  preference: ThemeSetting;
  /** Moves to the next preference, draws and saves it; resolves to the new preference. */
  cycle: () => Promise<ThemeSetting>;
}

/**
 * `reportError` hears a settings file that could not be read or written (the theme still
 * changes for this session).
 */
export function useTheme(reportError: (message: string) => void): ThemeControl {
  const [preference, setPreference] = useState<ThemeSetting>(storedTheme);
  const current = useRef(preference);
  // Until the service answers, the copy main.tsx applied stands; a cycle before then wins.
  const touched = useRef(false);

  useEffect(() => {
    let stale = false;
    void call('settings.get').then((result) => {
      if (stale || touched.current) return;
      if (!result.ok) return reportError(result.error.message);
      current.current = result.value.theme;
      setPreference(result.value.theme);
    });
    return () => {
      stale = true;
    };
  }, [reportError]);

  useEffect(() => {
    applyTheme(preference);
    if (preference !== 'system') return;
    return watchSystemTheme(() => applyTheme('system'));
  }, [preference]);

  const cycle = useCallback(async () => {
    touched.current = true;
    const next = nextTheme(current.current);
    current.current = next;
    setPreference(next);
    const result = await call('settings.update', { theme: next });
    if (!result.ok) reportError(result.error.message);
    return next;
  }, [reportError]);

  return { preference, cycle };
}
