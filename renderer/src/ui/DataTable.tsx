// The <table> of a grid, as a WAI-ARIA data grid whose rows take focus: sortable column headers,
// optional row groups, one tab stop for the body, arrows/Page/Home/End to move between rows, and
// rows that open with a click, Enter or Space, so every grid can be used from the keyboard alone.
import { useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { ReactTable, Row, RowData } from '@tanstack/react-table';
import type { GridFeatures } from './grid';
import type { GridRowRef } from './grid-keys';
import { nextRowIndex, refocusIndex, tabStopIndex } from './grid-keys';
import { SortableHeader } from './SortableHeader';

/** Rows under one heading; an empty label means no heading row (the ungrouped table). */
export interface RowGroup<TData extends RowData> {
  key: string;
  label: string;
  rows: readonly Row<GridFeatures, TData>[];
}

interface Props<TData extends { id: string }> {
  table: ReactTable<GridFeatures, TData>;
  /** The table's accessible name. */
  label: string;
  /** The visible rows in groups, each its own <tbody>; all rows in one group when absent. */
  groups?: readonly RowGroup<TData>[];
  /** A row's accessible name; without it, a row is named by its cells. */
  rowLabel?: (row: TData) => string;
  /** Marks the selected row; when absent the rows are not selectable and carry no aria-selected. */
  selectedId?: string | null;
  onOpen: (row: TData) => void;
  /** Shown in place of rows when none is visible. */
  empty: ReactNode;
}

/** The row that has focus and where it was, to put focus back when a re-render takes it away. */
interface FocusedRow extends GridRowRef {
  index: number;
}

// A row's key is unique in the grid even when its item shows in several groups.
const rowKey = (groupKey: string, rowId: string) => `${groupKey}\u0000${rowId}`;

const bodyRows = (table: HTMLTableElement) =>
  Array.from(table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr[data-row-key]'));

const rowRef = (el: HTMLTableRowElement): GridRowRef => ({
  key: el.dataset.rowKey ?? '',
  id: el.dataset.rowId ?? '',
});

export function DataTable<TData extends { id: string }>(props: Props<TData>) {
  const { table, label, rowLabel, selectedId, onOpen, empty } = props;
  const visible = table.getRowModel().rows;
  const groups = props.groups ?? [{ key: 'all', label: '', rows: visible }];
  const columnCount = table.getVisibleLeafColumns().length;
  const selectable = selectedId !== undefined;
  const flat: GridRowRef[] = groups.flatMap((group) =>
    group.rows.map((row) => ({ key: rowKey(group.key, row.id), id: row.id })),
  );
  // Where each group's rows start in `flat`, which is also their order in the DOM.
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((n, gr) => n + gr.rows.length, 0));

  const tableRef = useRef<HTMLTableElement>(null);
  // Which row holds the tab stop is kept in the DOM, not in React state: moving focus through
  // thousands of quotes must not re-render every row on each key press. React renders every row
  // with tabIndex -1 and never changes it; moveTabStop gives one row 0, on focus and after renders.
  const tabStop = useRef<HTMLTableRowElement | null>(null);
  // The row that has focus now (null once focus leaves the grid), and the one that had it last,
  // which keeps the tab stop while focus is elsewhere until the selection changes.
  const focused = useRef<FocusedRow | null>(null);
  const lastFocused = useRef<GridRowRef | null>(null);
  const seenSelectedId = useRef(selectedId);

  const moveTabStop = (row: HTMLTableRowElement | null) => {
    if (tabStop.current && tabStop.current !== row) tabStop.current.tabIndex = -1;
    if (row) row.tabIndex = 0;
    tabStop.current = row;
  };

  // After every render (sort, filter, refresh): put focus back if the render took the focused
  // row away, then place the tab stop.
  useLayoutEffect(() => {
    const grid = tableRef.current;
    if (!grid) return;
    const rows = bodyRows(grid);
    const ownRow = (el: Element | null): el is HTMLTableRowElement =>
      el instanceof HTMLTableRowElement && rows.includes(el);

    const had = focused.current;
    let active = document.activeElement;
    if (had && ownRow(active)) {
      focused.current = { ...rowRef(active), index: rows.indexOf(active) };
    } else if (had && (active === null || active === document.body || !active.isConnected)) {
      // React removed the focused row (filtered out, deleted) or re-created it (moved to another
      // group); the browser then drops focus to the body. Choice: the same row if it is still
      // shown, else the row now at its position (the next one), else the last; with no rows
      // left, the grid itself, so the keyboard user stays where they were.
      const index = refocusIndex(flat, had, had.index);
      const target = index === null ? grid : rows[index];
      target?.focus();
      active = document.activeElement;
    }

    if (selectedId !== seenSelectedId.current) {
      seenSelectedId.current = selectedId;
      // A row opened from elsewhere (the article, a link) becomes the way back into the grid.
      if (!ownRow(active)) lastFocused.current = null;
    }
    moveTabStop(
      ownRow(active) ? active : (rows[tabStopIndex(flat, lastFocused.current, selectedId)] ?? null),
    );
  });

  const renderRow = (groupKey: string, row: Row<GridFeatures, TData>, index: number) => {
    const selected = selectable ? row.id === selectedId : undefined;
    const key = rowKey(groupKey, row.id);
    return (
      <tr
        key={row.id}
        data-row-key={key}
        data-row-id={row.id}
        tabIndex={-1}
        aria-label={rowLabel?.(row.original)}
        aria-selected={selected}
        className={selected ? 'selected' : undefined}
        onClick={() => onOpen(row.original)}
        onFocus={(e) => {
          if (e.target !== e.currentTarget) return;
          focused.current = { key, id: row.id, index };
          lastFocused.current = { key, id: row.id };
          moveTabStop(e.currentTarget);
        }}
        onKeyDown={(e) => {
          // Keys pressed in a control inside a cell belong to that control.
          if (e.target !== e.currentTarget || !tableRef.current) return;
          // Space would scroll the pane; Enter and Space both mean "open", as on a button.
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen(row.original);
            return;
          }
          const next = nextRowIndex(e, index, flat.length);
          if (next === null) return;
          e.preventDefault();
          // focus() also scrolls the row into view.
          bodyRows(tableRef.current)[next]?.focus();
        }}
      >
        {row.getVisibleCells().map((cell) => (
          <td key={cell.id} className={`col-${cell.column.id}`}>
            <table.FlexRender cell={cell} />
          </td>
        ))}
      </tr>
    );
  };

  // role="grid" makes the rows interactive for assistive tech and lets them carry aria-selected.
  // Every row is in the DOM, so no aria-rowcount/aria-rowindex (those are for partial grids).
  // tabIndex -1: not a tab stop, but focus can land on the grid when its last row goes away.
  return (
    <div className="table-scroll">
      <table
        ref={tableRef}
        className="grid"
        role="grid"
        aria-label={label}
        tabIndex={-1}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) focused.current = null;
        }}
      >
        <thead>
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => (
                <SortableHeader key={header.id} header={header}>
                  <table.FlexRender header={header} />
                </SortableHeader>
              ))}
            </tr>
          ))}
        </thead>
        {visible.length > 0 ? (
          groups.map((group, g) => (
            <tbody key={group.key}>
              {group.label && (
                // A row whose one row header spans the grid (a row may hold row headers in a
                // grid); a heading, not an item, so it takes no focus and the arrows skip it.
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={columnCount}>
                    {group.label} ({group.rows.length})
                  </th>
                </tr>
              )}
              {group.rows.map((row, i) => renderRow(group.key, row, starts[g]! + i))}
            </tbody>
          ))
        ) : (
          <tbody>
            <tr>
              <td colSpan={columnCount} className="empty">
                {empty}
              </td>
            </tr>
          </tbody>
        )}
      </table>
    </div>
  );
}
