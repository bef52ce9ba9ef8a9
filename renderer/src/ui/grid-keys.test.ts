// Row focus arithmetic for the data grid: where each key moves focus, which row holds the tab stop,
// and where focus goes when its row disappears.
import { describe, expect, it } from 'vitest';
import { findRow, nextRowIndex, PAGE_ROWS, refocusIndex, tabStopIndex } from './grid-keys';
import type { GridRowRef, GridRows, MoveKey } from './grid-keys';

describe('nextRowIndex', () => {
  const cases: [MoveKey, number, number, number | null][] = [
    // key, from, rows, to
    [{ key: 'ArrowDown' }, 0, 5, 1],
    [{ key: 'ArrowDown' }, 4, 5, 4],
    [{ key: 'ArrowUp' }, 3, 5, 2],
    [{ key: 'ArrowUp' }, 0, 5, 0],
    [{ key: 'PageDown' }, 0, 25, PAGE_ROWS],
    [{ key: 'PageDown' }, 20, 25, 24],
    [{ key: 'PageUp' }, 24, 25, 24 - PAGE_ROWS],
    [{ key: 'PageUp' }, 3, 25, 0],
    [{ key: 'Home' }, 7, 25, 0],
    [{ key: 'End' }, 7, 25, 24],
    [{ key: 'Home', ctrlKey: true }, 7, 25, 0],
    [{ key: 'End', ctrlKey: true }, 7, 25, 24],
    [{ key: 'End' }, 0, 1, 0],
    // Not moves: other keys, modified keys, no rows.
    [{ key: 'Enter' }, 0, 5, null],
    [{ key: ' ' }, 0, 5, null],
    [{ key: 'ArrowLeft' }, 2, 5, null],
    [{ key: 'a' }, 2, 5, null],
    [{ key: 'ArrowDown', ctrlKey: true }, 2, 5, null],
    [{ key: 'ArrowDown', shiftKey: true }, 2, 5, null],
    [{ key: 'ArrowDown', altKey: true }, 2, 5, null],
    [{ key: 'End', metaKey: true }, 2, 5, null],
    [{ key: 'ArrowDown' }, 0, 0, null],
  ];
  it.each(cases)('%o from %i of %i rows goes to %s', (key, from, count, to) => {
    expect(nextRowIndex(key, from, count)).toBe(to);
  });

  it('always lands on a row for every move key, from any row', () => {
    const keys = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'];
    for (let count = 1; count <= 23; count++)
      for (let from = 0; from < count; from++)
        for (const key of keys) {
          const to = nextRowIndex({ key }, from, count);
          expect(to !== null && to >= 0 && to < count).toBe(true);
        }
  });
});

/** Rows by position over a list of references, as the grid's body reads them. */
const gridRows = (refs: GridRowRef[]): GridRows => ({
  length: refs.length,
  key: (i) => refs[i]!.key,
  id: (i) => refs[i]!.id,
});

// An item under two group headings (a claim under two tags) has two keys and one id.
const ROWS = gridRows([
  { key: 'x/b', id: 'b' },
  { key: 'x/a', id: 'a' },
  { key: 'y/c', id: 'c' },
  { key: 'y/a', id: 'a' },
]);
const NONE = gridRows([]);

describe('findRow', () => {
  it('finds a row by its key, else the first row with its id, else nothing', () => {
    expect(findRow(ROWS, { key: 'y/a', id: 'a' })).toBe(3);
    expect(findRow(ROWS, { key: 'gone/a', id: 'a' })).toBe(1);
    expect(findRow(ROWS, { key: 'x/z', id: 'z' })).toBe(-1);
    expect(findRow(ROWS, null)).toBe(-1);
  });
});

describe('tabStopIndex', () => {
  it('prefers the last focused row, then the selected row, then the first', () => {
    expect(tabStopIndex(ROWS, { key: 'y/a', id: 'a' }, 'c')).toBe(3);
    expect(tabStopIndex(ROWS, { key: 'x/z', id: 'z' }, 'c')).toBe(2);
    expect(tabStopIndex(ROWS, null, 'a')).toBe(1);
    expect(tabStopIndex(ROWS, null, 'gone')).toBe(0);
    expect(tabStopIndex(ROWS, null, null)).toBe(0);
    expect(tabStopIndex(ROWS, null, undefined)).toBe(0);
  });

  it('is -1 without rows', () => {
    expect(tabStopIndex(NONE, { key: 'x/a', id: 'a' }, 'a')).toBe(-1);
  });
});

describe('refocusIndex', () => {
  it('finds the row again when it is still shown, wherever it went', () => {
    expect(refocusIndex(ROWS, { key: 'y/c', id: 'c' }, 0)).toBe(2);
    expect(refocusIndex(ROWS, { key: 'gone/c', id: 'c' }, 0)).toBe(2);
  });

  it('takes the row now at its position, the last row when it was past the end, none when empty', () => {
    const gone = { key: 'x/z', id: 'z' };
    expect(refocusIndex(ROWS, gone, 1)).toBe(1);
    expect(refocusIndex(ROWS, gone, 4)).toBe(3);
    expect(refocusIndex(ROWS, gone, 40)).toBe(3);
    expect(refocusIndex(NONE, gone, 0)).toBeNull();
  });
});
