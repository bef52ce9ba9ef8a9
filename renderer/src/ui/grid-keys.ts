// Row focus in a data grid, as plain arithmetic on row positions: where a key moves focus, which
// row holds the grid's single tab stop, and where focus goes when its row disappears.

/** The parts of a keyboard event that decide a move. */
export interface MoveKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/** How many rows PageUp and PageDown move: about a screenful of the app's table panes. */
export const PAGE_ROWS = 10;

/**
 * The position focus moves to when `event` is pressed on the row at `index` of `count` rows, as
 * in the WAI-ARIA grid pattern: arrows by one row, PageUp/PageDown by PAGE_ROWS, Home/End (with
 * or without Ctrl) to the first/last row, stopping at either end rather than wrapping. Null when
 * the key is not a move (including Alt, Shift or Meta combinations, left to the app and the
 * browser) or there are no rows; the caller then leaves the event alone.
 */
export function nextRowIndex(event: MoveKey, index: number, count: number): number | null {
  if (count === 0 || event.altKey || event.shiftKey || event.metaKey) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(Math.max(i, 0), last);
  if (event.ctrlKey) {
    if (event.key === 'Home') return 0;
    if (event.key === 'End') return last;
    return null;
  }
  switch (event.key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + PAGE_ROWS);
    case 'PageUp':
      return clamp(index - PAGE_ROWS);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** A body row as the grid sees it: `key` is unique, `id` may repeat (a claim under two tags). */
export interface GridRowRef {
  key: string;
  id: string;
}

/**
 * The body rows by position, read without a list of them (a grid of 100,000 rows would make one
 * per filter keystroke): `key(i)` is unique, `id(i)` may repeat.
 */
export interface GridRows {
  readonly length: number;
  key(index: number): string;
  id(index: number): string;
}

/** The first position whose row has `id`, or -1. */
function indexOfId(rows: GridRows, id: string): number {
  for (let i = 0; i < rows.length; i++) if (rows.id(i) === id) return i;
  return -1;
}

/** The position of `row` among `rows`: under the same group, else anywhere; -1 when it is gone. */
export function findRow(rows: GridRows, row: GridRowRef | null): number {
  if (row === null) return -1;
  for (let i = 0; i < rows.length; i++) if (rows.key(i) === row.key) return i;
  return indexOfId(rows, row.id);
}

/**
 * The position of the row that holds the grid's one tab stop while focus is outside the grid:
 * the row last focused if it is still shown, else the selected row, else the first. -1 when
 * there are no rows.
 */
export function tabStopIndex(
  rows: GridRows,
  lastFocused: GridRowRef | null,
  selectedId: string | null | undefined,
): number {
  if (rows.length === 0) return -1;
  const focused = findRow(rows, lastFocused);
  if (focused >= 0) return focused;
  const selected = selectedId == null ? -1 : indexOfId(rows, selectedId);
  return selected >= 0 ? selected : 0;
}

/**
 * Where focus goes after a re-render took away the focused row `row`, last seen at `lastIndex`:
 * the same row if it is still shown but was re-created (moved to another group), else the row
 * that took its place, or the new last row when it was at the end. Null when no row is left.
 */
export function refocusIndex(rows: GridRows, row: GridRowRef, lastIndex: number): number | null {
  if (rows.length === 0) return null;
  const same = findRow(rows, row);
  return same >= 0 ? same : Math.min(Math.max(lastIndex, 0), rows.length - 1);
}
