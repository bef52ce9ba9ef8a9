// The reader's pane groups: their panel ids in order and default sizes, and the conversion between
// the library's layout (panel id → %) and the settings file's sizes (a list in panel order).
import type { WindowSettings } from '../../../shared/ipc/channels/settings';

export interface GroupSpec {
  /** The key in settings.panes. */
  id: string;
  panels: readonly string[];
  /** Sizes in %, in panel order, summing to 100. */
  defaults: readonly number[];
}

/** Rows: the panes above, the quotes table below. */
export const ROWS: GroupSpec = { id: 'reader.rows', panels: ['main', 'table'], defaults: [76, 24] };
/** Columns: the lists, the reader, the inspector. */
export const COLUMNS: GroupSpec = {
  id: 'reader.columns',
  panels: ['sidebar', 'reader', 'inspector'],
  defaults: [19, 50, 31],
};
/** The left column: the articles list above the open article's annotations. */
export const SIDEBAR: GroupSpec = {
  id: 'reader.sidebar',
  panels: ['articles', 'annotations'],
  defaults: [32, 68],
};

/**
 * The saved layout for a group, or its defaults when nothing (or something unusable: another
 * number of panels, sizes not adding up to 100) was saved.
 */
export function initialLayout(
  spec: GroupSpec,
  panes: WindowSettings['panes'],
): Record<string, number> {
  const saved = panes[spec.id];
  const total = saved?.reduce((a, b) => a + b, 0) ?? 0;
  const sizes =
    saved && saved.length === spec.panels.length && Math.abs(total - 100) < 1
      ? saved
      : spec.defaults;
  return Object.fromEntries(spec.panels.map((id, i) => [id, sizes[i]!]));
}

/** A layout as sizes in panel order; null when a panel is missing from it. */
export function layoutSizes(spec: GroupSpec, layout: Record<string, number>): number[] | null {
  const sizes = spec.panels.map((id) => layout[id]);
  return sizes.every((s): s is number => typeof s === 'number' && Number.isFinite(s))
    ? sizes
    : null;
}
