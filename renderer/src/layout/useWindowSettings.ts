// The window's layout settings in the renderer: read once from the settings file, changed locally
// at once and written back in one debounced call, so a drag is one write, not hundreds.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { WindowSettings } from '../../../shared/ipc/channels/settings';
import { DEFAULT_WINDOW_SETTINGS } from '../../../shared/ipc/channels/settings-values';
import { call } from '../api/client';
import { createSettingsQueue, mergePatches } from './settings-queue';
import type { SettingsPatch, SettingsQueue } from './settings-queue';

/** Quiet time before a change is written. */
const WRITE_DELAY_MS = 400;

export interface WindowSettingsState {
  settings: WindowSettings;
  /** False until the file was read (or failed to be): layouts wait for it, to start at their size. */
  loaded: boolean;
  update: (patch: SettingsPatch) => void;
}

export function useWindowSettings(reportError: (message: string) => void): WindowSettingsState {
  const [settings, setSettings] = useState<WindowSettings>(DEFAULT_WINDOW_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const latestReport = useRef(reportError);
  useEffect(() => {
    latestReport.current = reportError;
  });

  useEffect(() => {
    let live = true;
    void call('settings.get').then((result) => {
      if (!live) return;
      if (result.ok) setSettings(result.value);
      else latestReport.current(`The window layout could not be read: ${result.error.message}`);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  // Made in an effect (it reports through the latest reportError), flushed when the window closes
  // or reloads and when the view unmounts.
  const queue = useRef<SettingsQueue | null>(null);
  useEffect(() => {
    const q = createSettingsQueue((patch) => {
      void call('settings.update', patch).then((result) => {
        if (!result.ok) {
          latestReport.current(`The window layout was not saved: ${result.error.message}`);
        }
      });
    }, WRITE_DELAY_MS);
    queue.current = q;
    const flush = () => q.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      if (queue.current === q) queue.current = null;
    };
  }, []);

  const update = useCallback((patch: SettingsPatch) => {
    setSettings((current) => ({ ...current, ...mergePatches(current, patch) }) as WindowSettings);
    queue.current?.push(patch);
  }, []);

  return useMemo(() => ({ settings, loaded, update }), [settings, loaded, update]);
}

/** The settings for the components inside a layout (sections remember open/closed through it). */
export const WindowSettingsContext = createContext<WindowSettingsState | null>(null);

export function useWindowSettingsContext(): WindowSettingsState | null {
  return useContext(WindowSettingsContext);
}
