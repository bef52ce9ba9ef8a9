// The <table> of a grid: sortable column headers, optional row groups, and rows that open with a
// click, Enter or Space, so every grid can be used from the keyboard alone.
import type { ReactNode } from 'react';
import type { ReactTable, Row, RowData } from '@tanstack/react-table';
import type { GridFeatures } from './grid';
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

export function DataTable<TData extends { id: string }>(props: Props<TData>) {
  const { table, label, rowLabel, selectedId, onOpen, empty } = props;
  const visible = table.getRowModel().rows;
  const groups = props.groups ?? [{ key: 'all', label: '', rows: visible }];
  const columnCount = table.getVisibleLeafColumns().length;
  const selectable = selectedId !== undefined;

  const renderRow = (row: Row<GridFeatures, TData>) => {
    const selected = selectable ? row.id === selectedId : undefined;
    return (
      <tr
        key={row.id}
        tabIndex={0}
        aria-label={rowLabel?.(row.original)}
        aria-selected={selected}
        className={selected ? 'selected' : undefined}
        onClick={() => onOpen(row.original)}
        onKeyDown={(e) => {
          // Space would scroll the pane; Enter and Space both mean "open", as on a button.
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen(row.original);
          }
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

  return (
    <div className="table-scroll">
      <table className="grid" aria-label={label}>
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
          groups.map((group) => (
            <tbody key={group.key}>
              {group.label && (
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={columnCount}>
                    {group.label} ({group.rows.length})
                  </th>
                </tr>
              )}
              {group.rows.map(renderRow)}
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
