// The <table> of a grid, as a WAI-ARIA data grid whose rows take focus: sortable column headers,
// optional row groups, one tab stop for the body, arrows/Page/Home/End to move between rows, and
// rows that open with a click, Enter or Space. Only the rows in view are rendered.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ReactTable } from '@tanstack/react-table';
import type { GridFeatures } from './grid';
import { GridBody, RowKeys } from './grid-body';
import type { Line, RowGroup } from './grid-body';
import type { GridRowRef } from './grid-keys';
import { nextRowIndex, refocusIndex, tabStopIndex } from './grid-keys';
import { SortableHeader } from './SortableHeader';
import { useLineWindow } from './useLineWindow';

export type { RowGroup } from './grid-body';

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

// A first guess of a line's height in CSS pixels (one line of text); rendered lines are measured.
const LINE_HEIGHT = 31;

export function DataTable<TData extends { id: string }>(props: Props<TData>) {
  const { table, label, rowLabel, selectedId, onOpen, empty } = props;
  const visible = table.getRowModel().rows;
  const groups = props.groups ?? [{ key: 'all', label: '', rows: visible }];
  const leafColumns = table.getVisibleLeafColumns();
  const columnCount = leafColumns.length;
  const headerRows = table.getHeaderGroups();
  const selectable = selectedId !== undefined;

  // The body as numbered lines over the groups, and the rows alone in the same order (what the
  // keys move through): a few numbers per group, nothing per row (grid-body.ts), so a filter
  // keystroke over 100,000 rows makes no garbage here. Row keys are kept per row across bodies.
  const [keys] = useState(() => new RowKeys());
  const body = useMemo(
    () => new GridBody(groups, keys),
    // `groups` stands for props.groups, or for `visible` when there are none.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.groups, visible, keys],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  // The row that holds the tab stop: the last focused one while it is shown (null: none yet, or
  // the selection changed since), else the selected row, else the first (tabStopIndex).
  const [active, setActive] = useState<GridRowRef | null>(null);
  const activeIndex = tabStopIndex(body, active, selectedId);
  // The row that has focus now (null once focus leaves the grid).
  const focused = useRef<FocusedRow | null>(null);
  // A row to focus once it is rendered: keys can move focus to a row that is not in view yet.
  const pendingFocus = useRef<string | null>(null);
  const seenSelectedId = useRef(selectedId);

  // The tab stop's line is always rendered, even when scrolled far away: focus must never sit
  // on a row React has removed, and Tab must find the grid's one stop wherever the view is.
  const keepLine = activeIndex >= 0 ? body.lineOfRow(activeIndex) : -1;
  const [headerHeight, setHeaderHeight] = useState(0);
  // Laid out in O(1) per new body, whatever its length (useLineWindow.ts): a filter keystroke
  // that brought back 100,000 rows cost a walk over every line in @tanstack/react-virtual.
  const lineWindow = useLineWindow({
    count: body.lineCount,
    lines: body,
    estimate: LINE_HEIGHT,
    overscan: 12,
    // The body starts below the sticky header, which also covers the top of the view.
    offset: headerHeight,
    keep: keepLine,
    scrollRef,
    measureRef: tableRef,
  });
  // The header's height changes only with its columns.
  useLayoutEffect(() => {
    setHeaderHeight(theadRef.current?.offsetHeight ?? 0);
  }, [columnCount, headerRows.length]);

  const rowElement = (key: string): HTMLTableRowElement | null => {
    const rows = tableRef.current?.querySelectorAll<HTMLTableRowElement>('tr[data-row-key]') ?? [];
    for (const el of rows) if (el.dataset['rowKey'] === key) return el;
    return null;
  };

  /** Moves focus to the row at `index`, scrolling it into view first when it is not rendered. */
  const focusRow = (index: number) => {
    if (index < 0 || index >= body.length) return;
    const target: GridRowRef = { key: body.key(index), id: body.id(index) };
    setActive(target);
    lineWindow.scrollToLine(body.lineOfRow(index));
    const el = rowElement(target.key);
    if (el) el.focus({ preventScroll: true });
    else pendingFocus.current = target.key;
  };

  // After every render (scrolling included): focus the row keys moved to once it is rendered.
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const el = rowElement(pendingFocus.current);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  });

  // When the rows or the selection change (sort, filter, refresh): put focus back if the render
  // took the focused row away, and let a selection made elsewhere move the tab stop.
  useLayoutEffect(() => {
    const grid = tableRef.current;
    if (!grid) return;
    const had = focused.current;
    const active = document.activeElement;
    const inGrid = active instanceof HTMLElement && grid.contains(active) && active !== grid;
    if (had && !inGrid && (active === null || active === document.body || !active.isConnected)) {
      // React removed the focused row (filtered out, deleted) or re-created it (moved to another
      // group); the browser then drops focus to the body. Choice: the same row if it is still
      // shown, else the row now at its position (the next one), else the last; with no rows
      // left, the grid itself, so the keyboard user stays where they were.
      const index = refocusIndex(body, had, had.index);
      if (index === null) grid.focus();
      else focusRow(index);
    }
    if (selectedId !== seenSelectedId.current) {
      seenSelectedId.current = selectedId;
      // A row opened from elsewhere (the article, a link) becomes the way back into the grid.
      if (!inGrid) setActive(null);
    }
    // focusRow is made afresh each render and reads nothing stale; the rows and the selection
    // are what this reacts to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body, selectedId]);

  const renderRow = (line: Extract<Line<TData>, { kind: 'row' }>, lineIndex: number) => {
    const { row, key, index } = line;
    const selected = selectable ? row.id === selectedId : undefined;
    return (
      <tr
        key={key}
        data-index={lineIndex}
        data-row-key={key}
        aria-rowindex={headerRows.length + lineIndex + 1}
        tabIndex={index === activeIndex ? 0 : -1}
        aria-label={rowLabel?.(row.original)}
        aria-selected={selected}
        className={selected ? 'selected' : undefined}
        onClick={() => onOpen(row.original)}
        onFocus={(e) => {
          if (e.target !== e.currentTarget) return;
          // An event handler: the ref is written when the row takes focus, never in a render.
          // eslint-disable-next-line react-hooks/refs
          focused.current = { key, id: row.id, index };
          if (active?.key !== key) setActive({ key, id: row.id });
        }}
        onKeyDown={(e) => {
          // Keys pressed in a control inside a cell belong to that control.
          if (e.target !== e.currentTarget) return;
          // Space would scroll the pane; Enter and Space both mean "open", as on a button.
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen(row.original);
            return;
          }
          const next = nextRowIndex(e, index, body.length);
          if (next === null) return;
          e.preventDefault();
          // eslint-disable-next-line react-hooks/refs -- a key handler, not run in a render
          focusRow(next);
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

  // The rendered lines in <tbody> sections, one per run of a group's lines, with spacer rows for
  // the lines not rendered so the scroll height and the scrollbar stay true.
  const spacer = (key: string, height: number) => (
    <tr key={key} className="spacer" aria-hidden="true">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  );
  const sections: { group: RowGroup<TData>; rows: ReactNode[] }[] = [];
  let end = headerHeight;
  for (const item of lineWindow.lines) {
    if (item.index >= body.lineCount) continue;
    const line = body.line(item.index);
    let section = sections.at(-1);
    if (section?.group !== line.group) {
      section = { group: line.group, rows: [] };
      sections.push(section);
    }
    if (item.start > end) section.rows.push(spacer(`gap-${item.index}`, item.start - end));
    section.rows.push(
      line.kind === 'row' ? (
        renderRow(line, item.index)
      ) : (
        // A row whose one row header spans the grid (a row may hold row headers in a grid); a
        // heading, not an item, so it takes no focus and the arrows skip it.
        <tr
          key={line.key}
          data-index={item.index}
          aria-rowindex={headerRows.length + item.index + 1}
          className="group-row"
        >
          <th scope="rowgroup" colSpan={columnCount}>
            {line.group.label} ({line.group.rows.length})
          </th>
        </tr>
      ),
    );
    end = item.end;
  }
  const bodies = sections.map((section) => <tbody key={section.group.key}>{section.rows}</tbody>);
  const rest = lineWindow.total + headerHeight - end;
  if (rest > 0) bodies.push(<tbody key="rest">{spacer('rest', rest)}</tbody>);

  // role="grid" makes the rows interactive for assistive tech and lets them carry aria-selected;
  // aria-rowcount and aria-rowindex tell it where the rendered rows sit among all of them.
  // tabIndex -1: not a tab stop, but focus can land on the grid when its last row goes away.
  return (
    <div className="table-scroll" ref={scrollRef}>
      <table
        ref={tableRef}
        className="grid"
        role="grid"
        aria-label={label}
        aria-rowcount={visible.length > 0 ? headerRows.length + body.lineCount : undefined}
        tabIndex={-1}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) focused.current = null;
        }}
      >
        {/* Widths come from CSS per column (col-<id>) with a fixed layout: only some rows are
            rendered, and widths measured from them would shift as the table scrolls. */}
        <colgroup>
          {leafColumns.map((column) => (
            <col key={column.id} className={`col-${column.id}`} />
          ))}
        </colgroup>
        <thead ref={theadRef}>
          {headerRows.map((headerGroup, i) => (
            <tr key={headerGroup.id} aria-rowindex={i + 1}>
              {headerGroup.headers.map((header) => (
                <SortableHeader key={header.id} header={header}>
                  <table.FlexRender header={header} />
                </SortableHeader>
              ))}
            </tr>
          ))}
        </thead>
        {visible.length > 0 ? (
          bodies
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
