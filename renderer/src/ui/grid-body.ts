// The body of a data grid as numbered lines (group headings and rows) over its row groups, read
// by position without an object per row: at 100,000 rows a filter keystroke made a new groups
// array, and building a line, a key and a reference for every row of it (then keeping them) cost
// more in garbage collection than the filter itself. Only the lines on screen are ever looked at.
import type { Row, RowData } from '@tanstack/react-table';
import type { GridFeatures } from './grid';
import type { GridRows } from './grid-keys';

/** Rows under one heading; an empty label means no heading row (the ungrouped table). */
export interface RowGroup<TData extends RowData> {
  key: string;
  label: string;
  rows: readonly Row<GridFeatures, TData>[];
}

/** One line of the body: a group's heading or a row (`index`: its place among the rows). */
export type Line<TData extends RowData> =
  | { kind: 'heading'; key: string; group: RowGroup<TData> }
  | {
      kind: 'row';
      key: string;
      group: RowGroup<TData>;
      row: Row<GridFeatures, TData>;
      index: number;
    };

/**
 * Each row's key when there are several groups, unique in the grid even when an item shows in
 * more than one: made once per row object and group (TanStack keeps row objects while the data
 * and sort stay), so keys are the same strings from one filter to the next.
 */
export class RowKeys {
  private readonly byGroup = new Map<string, WeakMap<object, string>>();

  of(groupKey: string, row: { readonly id: string }): string {
    let keys = this.byGroup.get(groupKey);
    if (!keys) this.byGroup.set(groupKey, (keys = new WeakMap()));
    let key = keys.get(row);
    if (key === undefined) keys.set(row, (key = `${groupKey}\u0000${row.id}`));
    return key;
  }
}

/** The lines of a grid's body, by position: line i is a heading or a row, row r is on a line. */
export class GridBody<TData extends RowData> implements GridRows {
  /** How many lines (headings and rows). */
  readonly lineCount: number;
  /** How many rows (what the arrow keys move through). */
  readonly length: number;
  // Per group: its first line (its heading, when it has a label) and the rows before it.
  private readonly lineStart: number[] = [];
  private readonly rowStart: number[] = [];
  // The one group, when there is only one: its rows' ids are unique, so they are the keys.
  private readonly only: RowGroup<TData> | null;

  constructor(
    private readonly groups: readonly RowGroup<TData>[],
    private readonly keys: RowKeys,
  ) {
    let lines = 0;
    let rows = 0;
    for (const group of groups) {
      this.lineStart.push(lines);
      this.rowStart.push(rows);
      lines += (group.label ? 1 : 0) + group.rows.length;
      rows += group.rows.length;
    }
    this.lineCount = lines;
    this.length = rows;
    this.only = groups.length === 1 ? groups[0]! : null;
  }

  private rowKey(group: RowGroup<TData>, row: { readonly id: string }): string {
    return this.only ? row.id : this.keys.of(group.key, row);
  }

  /** The line at `i` (0 <= i < lineCount); made on each call, for the lines in view only. */
  line(i: number): Line<TData> {
    const g = lastAtOrBelow(this.lineStart, i);
    const group = this.groups[g]!;
    const offset = i - this.lineStart[g]!;
    if (group.label && offset === 0) return { kind: 'heading', key: headingKey(group), group };
    const inGroup = offset - (group.label ? 1 : 0);
    const row = group.rows[inGroup]!;
    return {
      kind: 'row',
      key: this.rowKey(group, row),
      group,
      row,
      index: this.rowStart[g]! + inGroup,
    };
  }

  /** The line row `r` (0 <= r < length) is on. */
  lineOfRow(r: number): number {
    const g = lastAtOrBelow(this.rowStart, r);
    return this.lineStart[g]! + (this.groups[g]!.label ? 1 : 0) + (r - this.rowStart[g]!);
  }

  key(r: number): string {
    const g = lastAtOrBelow(this.rowStart, r);
    const group = this.groups[g]!;
    return this.rowKey(group, group.rows[r - this.rowStart[g]!]!);
  }

  // No object per call: findRow reads every row's key or id when the one it looks for is gone.
  id(r: number): string {
    const g = lastAtOrBelow(this.rowStart, r);
    return this.groups[g]!.rows[r - this.rowStart[g]!]!.id;
  }
}

const headingKey = (group: { key: string }) => `h\u0000${group.key}`;

/**
 * The last index g with starts[g] <= at, for `at` below the total. A group with no lines shares
 * its start with the next group and a tie lands on the last of them, so an empty group is never
 * the answer (nor is the last group when empty: its start is the total).
 */
function lastAtOrBelow(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
