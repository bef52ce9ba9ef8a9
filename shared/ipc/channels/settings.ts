// Channels about how this window looks: theme, pane sizes and which inspector sections are
// collapsed. Kept in a small settings file beside the workspace, never in the data journal, so
// dragging a separator is not an undoable edit and does not touch the analyst's data.
import { z } from 'zod';
import { NoInput } from './common';

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
});
export type WindowSettings = z.infer<typeof WindowSettingsSchema>;

export const DEFAULT_WINDOW_SETTINGS: WindowSettings = {
  theme: 'system',
  panes: {},
  collapsed: {},
};

export const settingsChannels = {
  /** The window settings; the defaults when the file is missing or damaged. */
  'settings.get': { input: NoInput, output: WindowSettingsSchema },
  /**
   * Merges the given fields into the settings and writes the file. `panes` and `collapsed` are
   * merged key by key (a key given replaces that key only), `theme` replaces the theme.
   */
  'settings.update': {
    input: WindowSettingsSchema.partial().strict(),
    output: WindowSettingsSchema,
  },
} as const;
