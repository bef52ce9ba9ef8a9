// Saved pane sizes come back as the library's layout, and unusable ones fall back to the defaults.
import { describe, expect, it } from 'vitest';
import { COLUMNS, ROWS, initialLayout, layoutSizes } from './pane-layouts';

describe('pane layouts', () => {
  it('uses saved sizes in panel order', () => {
    expect(initialLayout(COLUMNS, { 'reader.columns': [0, 60, 40] })).toEqual({
      sidebar: 0,
      reader: 60,
      inspector: 40,
    });
  });

  it('falls back to the defaults for a missing, short or inconsistent layout', () => {
    const defaults = { main: 76, table: 24 };
    expect(initialLayout(ROWS, {})).toEqual(defaults);
    expect(initialLayout(ROWS, { 'reader.rows': [100] })).toEqual(defaults);
    expect(initialLayout(ROWS, { 'reader.rows': [30, 30] })).toEqual(defaults);
  });

  it('turns a layout back into sizes, refusing one that lacks a panel', () => {
    expect(layoutSizes(ROWS, { main: 80, table: 20 })).toEqual([80, 20]);
    expect(layoutSizes(ROWS, { main: 80 })).toBeNull();
  });
});
