// What can be kept of a settings file that fails as a whole: since saved searches live there
// too, one bad entry (a hand-edited duplicate name, an overlong query) must not cost the analyst
// every search and the layout. Each part is judged alone; what fails is reset or left out and
// named, so the notice can say exactly what was lost.
import type { WindowSettings } from '../../shared/ipc/channels/settings';
import {
  DEFAULT_WINDOW_SETTINGS,
  SAVED_SEARCH_LIMITS,
  SavedSearch,
  ThemeSetting,
  WindowSettingsSchema,
  sameSearchName,
} from '../../shared/ipc/channels/settings';
import { plural } from '../../shared/text/plural';

export interface Salvaged {
  settings: WindowSettings;
  /** What was reset or left out, in words ("the theme", "2 saved searches"). */
  lost: string[];
}

/** The parts of `raw` that pass on their own; null when it is not even an object. */
export function salvageSettings(raw: unknown): Salvaged | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  const lost: string[] = [];
  // A part missing counts as lost too: the file had been written whole.
  const part = <T>(parsed: { success: boolean; data?: T }, fallback: T, name: string): T => {
    if (parsed.success) return parsed.data as T;
    lost.push(name);
    return fallback;
  };
  const { panes, collapsed } = WindowSettingsSchema.shape;
  const settings: WindowSettings = {
    theme: part(ThemeSetting.safeParse(record.theme), 'system', 'the theme'),
    panes: part(panes.safeParse(record.panes), {}, 'the pane sizes'),
    collapsed: part(collapsed.safeParse(record.collapsed), {}, 'the folded sections'),
    savedSearches: [],
  };
  const searches = record.savedSearches;
  if (Array.isArray(searches)) {
    let dropped = 0;
    for (const entry of searches) {
      const parsed = SavedSearch.safeParse(entry);
      const kept = settings.savedSearches;
      if (
        !parsed.success ||
        kept.length >= SAVED_SEARCH_LIMITS.count ||
        kept.some((s) => sameSearchName(s.name, parsed.data.name))
      ) {
        dropped += 1;
      } else {
        kept.push(parsed.data);
      }
    }
    if (dropped > 0) {
      lost.push(`${plural(dropped, 'saved search', 'saved searches')} (unreadable or named twice)`);
    }
  } else if (searches !== undefined) {
    lost.push('the saved searches');
  }
  // Each part passed alone, so the whole does: checked all the same, never trusted.
  const whole = WindowSettingsSchema.safeParse(settings);
  return { settings: whole.success ? whole.data : structuredClone(DEFAULT_WINDOW_SETTINGS), lost };
}
