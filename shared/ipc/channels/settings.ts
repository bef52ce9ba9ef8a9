// Channels about how this window looks: theme, pane sizes and which inspector sections are
// collapsed, and the analyst's saved searches. Kept in a small settings file beside the workspace,
// never in the data journal, so dragging a separator is not an undoable edit and does not touch
// the analyst's data.
import { z } from 'zod';
import { NoInput } from './common';
import { SAVED_SEARCH_LIMITS, SAVED_SEARCH_MESSAGES, sameSearchName } from './settings-values';

export {
  DEFAULT_WINDOW_SETTINGS,
  SAVED_SEARCH_LIMITS,
  sameSearchName,
  savedSearchNameProblem,
  savedSearchQueryProblem,
} from './settings-values';

/** A layout id or a section kind: short, plain names chosen by the renderer. */
const SettingKey = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** One pane group's sizes in percent, in pane order. */
const PaneSizes = z.array(z.number().finite().min(0).max(100)).max(12);

export const ThemeSetting = z.enum(['system', 'light', 'dark']);
export type ThemeSetting = z.infer<typeof ThemeSetting>;

/** A saved search's name: what the Search view lists. Its messages are shown as they are. */
export const SavedSearchName = z
  .string()
  .trim()
  .min(1, SAVED_SEARCH_MESSAGES.noName)
  .max(SAVED_SEARCH_LIMITS.name, SAVED_SEARCH_MESSAGES.longName);

/** A saved search's query, as typed in the Search view's box. */
export const SavedSearchQuery = z
  .string()
  .trim()
  .min(1, SAVED_SEARCH_MESSAGES.noQuery)
  .max(SAVED_SEARCH_LIMITS.query, SAVED_SEARCH_MESSAGES.longQuery);

export const SavedSearch = z.object({ name: SavedSearchName, query: SavedSearchQuery });
export type SavedSearch = z.infer<typeof SavedSearch>;

const SavedSearchList = z
  .array(SavedSearch)
  .max(SAVED_SEARCH_LIMITS.count, `At most ${SAVED_SEARCH_LIMITS.count} saved searches.`)
  .refine(
    (list) => list.every((s, i) => list.findIndex((t) => sameSearchName(s.name, t.name)) === i),
    {
      message: 'Saved search names must differ.',
    },
  );

export const WindowSettingsSchema = z.object({
  theme: ThemeSetting,
  /** Layout id → sizes in %. */
  panes: z.record(SettingKey, PaneSizes).refine((r) => Object.keys(r).length <= 50, {
    message: 'At most 50 pane layouts.',
  }),
  /** Pane or section kind → collapsed. */
  collapsed: z.record(SettingKey, z.boolean()).refine((r) => Object.keys(r).length <= 100, {
    message: 'At most 100 collapsed flags.',
  }),
  /** Named queries of the Search view, in the order they were saved; missing in older files. */
  savedSearches: SavedSearchList.default([]),
});
export type WindowSettings = z.infer<typeof WindowSettingsSchema>;

/** What `settings.update` may change: the layout; saved searches have their own channels. */
export const LayoutSettingsSchema = WindowSettingsSchema.omit({ savedSearches: true });
export type LayoutSettings = z.infer<typeof LayoutSettingsSchema>;

export const settingsChannels = {
  /** The window settings; the defaults when the file is missing or damaged. */
  'settings.get': { input: NoInput, output: WindowSettingsSchema },
  /**
   * Merges the given fields into the settings and writes the file. `panes` and `collapsed` are
   * merged key by key (a key given replaces that key only), `theme` replaces the theme.
   */
  'settings.update': {
    input: LayoutSettingsSchema.partial().strict(),
    output: WindowSettingsSchema,
  },
  /**
   * Adds a saved search at the end of the list and answers the list. `conflict` when the name is
   * taken (case aside), `invalid_input` when the list is full or a bound is broken.
   */
  'settings.saveSearch': { input: SavedSearch.strict(), output: SavedSearchList },
  /** Renames the saved search called `name`; `not_found` when none is, `conflict` when `to` is taken. */
  'settings.renameSearch': {
    input: z.object({ name: SavedSearchName, to: SavedSearchName }).strict(),
    output: SavedSearchList,
  },
  /** Deletes the saved search called `name` (case aside); `not_found` when none is. */
  'settings.deleteSearch': {
    input: z.object({ name: SavedSearchName }).strict(),
    output: SavedSearchList,
  },
} as const;
