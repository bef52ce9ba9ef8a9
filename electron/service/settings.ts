// Handlers for the window settings (theme, pane sizes, collapsed sections, saved searches), kept
// in window-settings.json beside the workspace. They are preferences, not data: not journalled, not
// undoable, and a damaged file costs the analyst their layout, never their work or a start-up.
import path from 'node:path';
import type { Notice } from '../../shared/ipc/contract';
import { DEFAULT_WINDOW_SETTINGS, WindowSettingsSchema } from '../../shared/ipc/channels/settings';
import type { LayoutSettings, WindowSettings } from '../../shared/ipc/channels/settings';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { StoreFs } from '../store/io';
import type { SavedSearch } from '../../shared/ipc/channels/settings';
import { withSavedSearch, withSearchRenamed, withoutSearch } from './settings-saved-searches';
import type { Salvaged } from './settings-salvage';
import { salvageSettings } from './settings-salvage';
import { fileStamp, isMissing, nodeFs, saveErrorMessage, writeFileDurable } from '../store/io';

export const SETTINGS_FILE = 'window-settings.json';

type SettingsHandlers = Pick<
  HandlerTable,
  | 'settings.get'
  | 'settings.update'
  | 'settings.saveSearch'
  | 'settings.renameSearch'
  | 'settings.deleteSearch'
>;

export interface SettingsOptions {
  dataDir: string;
  fs?: StoreFs;
  now?: () => Date;
}

export interface LoadedSettings {
  settings: WindowSettings;
  /** Set when the file existed but could not be used; the caller shows it to the analyst. */
  notice: Notice | null;
}

function copyOf(settings: WindowSettings): WindowSettings {
  return {
    theme: settings.theme,
    panes: { ...settings.panes },
    collapsed: { ...settings.collapsed },
    savedSearches: settings.savedSearches.map((s) => ({ ...s })),
  };
}

function damagedNotice(reason: string): Notice {
  return {
    level: 'warning',
    code: 'settings_damaged',
    message: `The window layout settings were reset because ${reason}. Your workspace is not affected.`,
  };
}

function partlyDamagedNotice(lost: readonly string[], kept: string): Notice {
  return {
    level: 'warning',
    code: 'settings_damaged',
    message:
      `Part of the window settings could not be read and was left out: ${lost.join(', ')}. ` +
      `The rest was kept${kept}. Your workspace is not affected.`,
  };
}

/**
 * Reads and validates the settings file. Missing → defaults, silently. Damaged → what passes on
 * its own is kept (settings-salvage.ts: one bad saved search must not cost the others) and
 * written back, else the defaults, with a notice either way; the damaged file is renamed aside
 * so no write destroys what someone may want to look at, and so the notice appears once.
 */
export async function loadSettings(options: SettingsOptions): Promise<LoadedSettings> {
  const fs = options.fs ?? nodeFs;
  const file = path.join(options.dataDir, SETTINGS_FILE);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (isMissing(error)) return { settings: copyOf(DEFAULT_WINDOW_SETTINGS), notice: null };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      settings: copyOf(DEFAULT_WINDOW_SETTINGS),
      notice: damagedNotice(`the file could not be read (${detail})`),
    };
  }
  let reason: string;
  let salvaged: Salvaged | null = null;
  try {
    const json: unknown = JSON.parse(bytes.toString('utf8'));
    const parsed = WindowSettingsSchema.safeParse(json);
    if (parsed.success) return { settings: parsed.data, notice: null };
    reason = `${SETTINGS_FILE} does not hold valid settings`;
    salvaged = salvageSettings(json);
  } catch {
    reason = `${SETTINGS_FILE} is not valid JSON`;
  }
  const now = options.now ?? (() => new Date());
  const aside = `${file}.damaged-${fileStamp(now())}`;
  const moved = await fs.rename(file, aside).then(
    () => true,
    () => false,
  );
  if (salvaged) {
    // Written back at once, so the next start finds what was kept. A file that could not be set
    // aside is not overwritten, and a failed write only means the next start salvages again.
    const written =
      moved &&
      (await writeFileDurable(fs, file, JSON.stringify(salvaged.settings, null, 2)).then(
        () => true,
        () => false,
      ));
    const where = written ? `; the file as it was is kept as ${path.basename(aside)}` : '';
    return { settings: salvaged.settings, notice: partlyDamagedNotice(salvaged.lost, where) };
  }
  return {
    settings: copyOf(DEFAULT_WINDOW_SETTINGS),
    notice: damagedNotice(moved ? `${reason} (kept as ${path.basename(aside)})` : reason),
  };
}

/** `update` merged into `current`: panes and collapsed key by key, the theme replaced. */
export function mergeSettings(
  current: WindowSettings,
  update: Partial<LayoutSettings>,
): WindowSettings {
  const merged: WindowSettings = {
    theme: update.theme ?? current.theme,
    panes: { ...current.panes, ...update.panes },
    collapsed: { ...current.collapsed, ...update.collapsed },
    savedSearches: current.savedSearches,
  };
  // The merge may exceed the bounds each half respected; refuse rather than write a file that
  // the next start would reject as damaged.
  const checked = WindowSettingsSchema.safeParse(merged);
  if (!checked.success) {
    throw new WorkbenchError(
      'invalid_input',
      'Too many saved layouts; the window settings were not changed.',
    );
  }
  return checked.data;
}

/** The handlers over settings already loaded by loadSettings. */
export function settingsHandlers(
  options: SettingsOptions & { initial: WindowSettings },
): SettingsHandlers {
  const fs = options.fs ?? nodeFs;
  const file = path.join(options.dataDir, SETTINGS_FILE);
  let current = copyOf(options.initial);
  // Updates run one after another, each merging into the result of the last, so two quick
  // updates (a pane size and a section) both survive and the file ends with the latest state.
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `change` on the latest settings after the writes before it, and writes its result. */
  const write = <T>(
    change: (settings: WindowSettings) => WindowSettings,
    what: string,
    answer: (s: WindowSettings) => T,
  ) => {
    const step = queue.then(async () => {
      const next = change(current);
      try {
        await writeFileDurable(fs, file, JSON.stringify(next, null, 2));
      } catch (error) {
        throw new WorkbenchError('storage_failed', `${saveErrorMessage(error)} (${what})`);
      }
      current = next;
      return answer(copyOf(current));
    });
    queue = step.catch(() => undefined);
    return step;
  };
  const searches = (change: (list: SavedSearch[]) => SavedSearch[]) =>
    write(
      (settings) => ({ ...settings, savedSearches: change(settings.savedSearches) }),
      'saved searches',
      (settings) => settings.savedSearches,
    );

  return {
    'settings.get': async () => copyOf(current),
    'settings.update': (update) =>
      write(
        (settings) => mergeSettings(settings, update),
        'window layout',
        (s) => s,
      ),
    'settings.saveSearch': (search) => searches((list) => withSavedSearch(list, search)),
    'settings.renameSearch': ({ name, to }) =>
      searches((list) => withSearchRenamed(list, name, to)),
    'settings.deleteSearch': ({ name }) => searches((list) => withoutSearch(list, name)),
  };
}
