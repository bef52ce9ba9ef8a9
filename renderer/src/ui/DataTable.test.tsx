// @vitest-environment jsdom
// The shared grid in a DOM: an ARIA grid with one tab stop and arrow-key row focus that survives
// re-renders, headers that sort and say so through aria-sort, rows that open by click, Enter or
// Space, selection, groups, filter-only columns, filter selects and the count.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { DataTable } from './DataTable';
import type { Row } from '@tanstack/react-table';
import type { RowGroup } from './DataTable';
import type { GridFeatures } from './grid';
import { FilterSelect } from './FilterSelect';
import { gridColumns, useGrid } from './grid';
import { TableToolbar } from './TableToolbar';
import { withTestViewport } from './test-viewport';

afterEach(cleanup);
// Tall enough that the virtualised grid renders every row of these small tables.
withTestViewport(10_000);

interface Item {
  id: string;
  name: string;
  size: number;
  tagIds: string[];
}

const helper = gridColumns<Item>();
const columns = helper.columns([
  helper.accessor('name', { header: 'Name', sortFn: 'text' }),
  helper.accessor('size', { header: 'Size', sortFn: 'basic', filterFn: 'equals' }),
  helper.accessor('tagIds', { header: 'Tag ids', filterFn: 'arrIncludes' }),
]);

const ITEMS: Item[] = [
  { id: 'b', name: 'Bravo', size: 2, tagIds: ['t1'] },
  { id: 'a', name: 'Alpha', size: 3, tagIds: [] },
  { id: 'c', name: 'Charlie', size: 1, tagIds: ['t1', 't2'] },
];

interface HarnessProps {
  items?: Item[];
  selectedId?: string | null;
  onOpen?: (item: Item) => void;
  grouped?: boolean;
  /** Groups of its own, e.g. one item under two headings as claims are under their tags. */
  groupBy?: (visible: Row<GridFeatures, Item>[]) => RowGroup<Item>[];
}

function Harness({ items = ITEMS, selectedId, onOpen = () => {}, grouped, groupBy }: HarnessProps) {
  const { table, filters } = useGrid({
    columns,
    data: items,
    state: { columnVisibility: { tagIds: false } },
  });
  const visible = table.getRowModel().rows;
  const groups: RowGroup<Item>[] | undefined = groupBy
    ? groupBy(visible)
    : grouped
      ? [
          { key: 'small', label: 'Small', rows: visible.filter((r) => r.original.size < 3) },
          { key: 'large', label: 'Large', rows: visible.filter((r) => r.original.size >= 3) },
        ]
      : undefined;
  return (
    <>
      <TableToolbar
        title="Items"
        headingId="items-heading"
        search={{ label: 'Filter items', placeholder: '', value: '', onChange: () => {} }}
        shown={visible.length}
        total={items.length}
        noun={['item', 'items']}
      >
        <FilterSelect filters={filters} column="size" label="Size" any="Any size" toValue={Number}>
          <option value="2">2</option>
        </FilterSelect>
        <FilterSelect
          filters={filters}
          column="tagIds"
          label="Tag"
          any="Any tag"
          toValue={(id) => [id]}
        >
          <option value="t2">t2</option>
        </FilterSelect>
      </TableToolbar>
      <DataTable
        table={table}
        label="Items table"
        groups={groups}
        rowLabel={(item) => `Open ${item.name}`}
        selectedId={selectedId}
        onOpen={onOpen}
        empty={items.length === 0 ? 'Nothing yet.' : 'Nothing matches.'}
      />
    </>
  );
}

/** The names of the body rows, in order, from their accessible names. */
const names = () =>
  screen.getAllByRole('row', { name: /^Open / }).map((r) => r.getAttribute('aria-label')!.slice(5));

describe('DataTable', () => {
  it('sorts a column ascending, then descending, then not at all, and says so in aria-sort', () => {
    render(<Harness />);
    const header = screen.getByRole('columnheader', { name: 'Name' });
    const button = within(header).getByRole('button', { name: 'Name' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(button);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Alpha', 'Bravo', 'Charlie']);
    fireEvent.click(button);
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Charlie', 'Bravo', 'Alpha']);
    fireEvent.click(button);
    expect(header.getAttribute('aria-sort')).toBe('none');
    expect(names()).toEqual(['Bravo', 'Alpha', 'Charlie']);
  });

  it('opens a row with a click, Enter or Space, and ignores other keys', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    const row = screen.getByRole('row', { name: 'Open Alpha' });
    fireEvent.click(row);
    fireEvent.keyDown(row, { key: 'Enter' });
    fireEvent.keyDown(row, { key: ' ' });
    fireEvent.keyDown(row, { key: 'a' });
    expect(onOpen.mock.calls).toEqual([[ITEMS[1]], [ITEMS[1]], [ITEMS[1]]]);
  });

  it('marks the selected row only when the grid is selectable', () => {
    render(<Harness selectedId="c" />);
    const selected = screen.getByRole('row', { name: 'Open Charlie' });
    expect(selected.getAttribute('aria-selected')).toBe('true');
    expect(selected.className).toBe('selected');
    expect(screen.getByRole('row', { name: 'Open Alpha' }).getAttribute('aria-selected')).toBe(
      'false',
    );
    cleanup();
    render(<Harness />);
    expect(screen.getByRole('row', { name: 'Open Alpha' }).hasAttribute('aria-selected')).toBe(
      false,
    );
  });

  it('shows groups under headings and leaves filter-only columns out', () => {
    render(<Harness grouped />);
    expect(screen.queryByRole('columnheader', { name: 'Tag ids' })).toBeNull();
    const groups = screen.getAllByRole('rowgroup').slice(1);
    expect(groups.map((g) => within(g).getAllByRole('row')[0]!.textContent)).toEqual([
      'Small (2)',
      'Large (1)',
    ]);
    expect(within(groups[0]!).getByRole('rowheader').getAttribute('colspan')).toBe('2');
  });

  it('filters with selects, counts what shows, and says when nothing does', () => {
    render(<Harness />);
    expect(screen.getByText('3 items')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Size' }), { target: { value: '2' } });
    expect(names()).toEqual(['Bravo']);
    expect(screen.getByText('1 of 3 items')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 't2' } });
    expect(screen.getByRole('cell', { name: 'Nothing matches.' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Size' }), { target: { value: '' } });
    expect(names()).toEqual(['Charlie']);
    expect((screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement).value).toBe('t2');
  });

  it('says so when there are no rows at all', () => {
    render(<Harness items={[]} />);
    expect(screen.getByRole('cell', { name: 'Nothing yet.' }).getAttribute('colspan')).toBe('2');
  });
});

const MANY: Item[] = Array.from({ length: 25 }, (_, i) => ({
  id: `i${i}`,
  name: `Item ${String(i).padStart(2, '0')}`,
  size: i,
  tagIds: [],
}));

const row = (name: string) => screen.getByRole('row', { name: `Open ${name}` });
const bodyRows = () => screen.getAllByRole('row', { name: /^Open / });
/** The names of the body rows in the tab order. */
const tabStops = () =>
  bodyRows()
    .filter((r) => r.tabIndex === 0)
    .map((r) => r.getAttribute('aria-label')!.slice(5));
const focused = () => document.activeElement?.getAttribute('aria-label')?.slice(5);
/** Presses a key on the focused element; true when the grid took it (prevented the default). */
const press = (key: string, init: KeyboardEventInit = {}) =>
  !fireEvent.keyDown(document.activeElement!, { key, ...init });

describe('DataTable as an ARIA grid', () => {
  it('is a grid named by its label, with one tab stop in the body: the selected row, else the first', () => {
    render(<Harness />);
    const grid = screen.getByRole('grid', { name: 'Items table' });
    expect(screen.queryByRole('table')).toBeNull();
    expect(tabStops()).toEqual(['Bravo']);
    expect(bodyRows().map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    // The sort buttons stay tab stops of their own.
    expect(within(grid).getByRole('button', { name: 'Name' }).tabIndex).toBe(0);
    cleanup();
    render(<Harness selectedId="c" />);
    expect(tabStops()).toEqual(['Charlie']);
    cleanup();
    render(<Harness selectedId="gone" />);
    expect(tabStops()).toEqual(['Bravo']);
  });

  it('moves focus with the arrows, PageUp/PageDown, Home and End, stopping at the ends', () => {
    render(<Harness items={MANY} />);
    row('Item 00').focus();
    const steps: [string, KeyboardEventInit?][] = [
      ['ArrowDown'],
      ['ArrowUp'],
      ['ArrowUp'],
      ['PageDown'],
      ['PageDown'],
      ['PageDown'],
      ['PageUp'],
      ['Home'],
      ['End'],
      ['ArrowDown'],
      ['Home', { ctrlKey: true }],
      ['End', { ctrlKey: true }],
    ];
    const seen = steps.map(([key, init]) => {
      expect(press(key, init)).toBe(true);
      return focused();
    });
    expect(seen).toEqual([
      'Item 01',
      'Item 00',
      'Item 00',
      'Item 10',
      'Item 20',
      'Item 24',
      'Item 14',
      'Item 00',
      'Item 24',
      'Item 24',
      'Item 00',
      'Item 24',
    ]);
    // The tab stop follows focus, so Tab leaves the grid from wherever the analyst is.
    expect(tabStops()).toEqual(['Item 24']);
    // Other keys and modified arrows are left to the app and the browser.
    expect(press('a')).toBe(false);
    expect(press('ArrowUp', { shiftKey: true })).toBe(false);
    expect(press('ArrowUp', { altKey: true })).toBe(false);
    expect(focused()).toBe('Item 24');
  });

  it('moves across groups, skipping their headings, which take no focus', () => {
    render(<Harness grouped />);
    const headings = screen.getAllByRole('rowheader').map((h) => h.closest('tr')!);
    expect(headings.map((h) => h.hasAttribute('tabindex'))).toEqual([false, false]);
    row('Bravo').focus();
    press('ArrowDown');
    expect(focused()).toBe('Charlie');
    press('ArrowDown');
    expect(focused()).toBe('Alpha');
    press('ArrowUp');
    expect(focused()).toBe('Charlie');
    press('End');
    expect(focused()).toBe('Alpha');
  });

  it('opens the row focus moved to with Enter', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    row('Bravo').focus();
    press('ArrowDown');
    press('Enter');
    expect(onOpen.mock.calls).toEqual([[ITEMS[1]]]);
  });

  it('keeps the tab stop on the last focused row after focus leaves, until the selection changes', () => {
    const { rerender } = render(<Harness selectedId={null} />);
    row('Bravo').focus();
    press('ArrowDown');
    screen.getByRole('searchbox', { name: 'Filter items' }).focus();
    rerender(<Harness selectedId={null} items={[...ITEMS]} />);
    expect(tabStops()).toEqual(['Alpha']);
    rerender(<Harness selectedId="c" />);
    expect(tabStops()).toEqual(['Charlie']);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Filter items' }));
  });

  it('keeps focus on its row when the rows are re-ordered or the row moves to another group', () => {
    const { rerender } = render(<Harness grouped />);
    row('Alpha').focus();
    rerender(<Harness grouped items={[...ITEMS].reverse()} />);
    expect(focused()).toBe('Alpha');
    // Alpha shrinks into the first group: React re-creates its row there.
    rerender(<Harness grouped items={ITEMS.map((i) => (i.id === 'a' ? { ...i, size: 0 } : i))} />);
    expect(focused()).toBe('Alpha');
    expect(tabStops()).toEqual(['Alpha']);
  });

  it('moves focus to the row that took the place of a removed one, the last one, then the grid', () => {
    const { rerender } = render(<Harness />);
    row('Alpha').focus();
    rerender(<Harness items={ITEMS.filter((i) => i.id !== 'a')} />);
    expect(focused()).toBe('Charlie');
    expect(tabStops()).toEqual(['Charlie']);
    rerender(<Harness items={ITEMS.filter((i) => i.id === 'b')} />);
    expect(focused()).toBe('Bravo');
    rerender(<Harness items={[]} />);
    expect(document.activeElement).toBe(screen.getByRole('grid', { name: 'Items table' }));
  });

  it('does not pull focus into the grid when it was elsewhere', () => {
    const { rerender } = render(<Harness />);
    row('Alpha').focus();
    const search = screen.getByRole('searchbox', { name: 'Filter items' });
    search.focus();
    rerender(<Harness items={ITEMS.filter((i) => i.id !== 'a')} />);
    expect(document.activeElement).toBe(search);
  });

  it('has one tab stop when an item shows under two headings, and reaches both copies', () => {
    render(
      <Harness
        selectedId="a"
        groupBy={(visible) => [
          { key: 'x', label: 'All', rows: visible },
          { key: 'y', label: 'Large', rows: visible.filter((r) => r.original.size >= 3) },
        ]}
      />,
    );
    const alphas = screen.getAllByRole('row', { name: 'Open Alpha' });
    expect(alphas.map((r) => r.getAttribute('aria-selected'))).toEqual(['true', 'true']);
    expect(tabStops()).toEqual(['Alpha']);
    alphas[0]!.focus();
    press('End');
    expect(document.activeElement).toBe(alphas[1]);
    expect(bodyRows().filter((r) => r.tabIndex === 0)).toEqual([alphas[1]]);
    press('ArrowUp');
    expect(focused()).toBe('Charlie');
  });
});

describe('DataTable with more rows than fit', () => {
  // A 300 px pane of 30 px rows: about ten rows are in view.
  withTestViewport(300, 30);
  const LOTS: Item[] = Array.from({ length: 2_000 }, (_, i) => ({
    id: `n${i}`,
    name: `Item ${String(i).padStart(4, '0')}`,
    size: i,
    tagIds: [],
  }));

  it('renders only the rows in view, and tells assistive tech where they sit among all', () => {
    render(<Harness items={LOTS} />);
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    const grid = screen.getByRole('grid', { name: 'Items table' });
    // The header row, then 2,000 rows.
    expect(grid.getAttribute('aria-rowcount')).toBe('2001');
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    // Spacers keep the scroll height of the rows not rendered, hidden from assistive tech.
    const spacers = grid.querySelectorAll('tr.spacer');
    expect(spacers.length).toBe(1);
    expect(spacers[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(parseFloat((spacers[0]!.firstChild as HTMLElement).style.height)).toBeGreaterThan(
      50_000,
    );
  });

  it('moves focus to a row out of view and keeps it rendered there, as the one tab stop', () => {
    const onOpen = vi.fn();
    render(<Harness items={LOTS} onOpen={onOpen} />);
    row('Item 0000').focus();
    expect(press('End')).toBe(true);
    expect(focused()).toBe('Item 1999');
    expect(document.activeElement!.getAttribute('aria-rowindex')).toBe('2001');
    expect(tabStops()).toEqual(['Item 1999']);
    press('PageUp');
    expect(focused()).toBe('Item 1989');
    press('Enter');
    expect(onOpen.mock.calls).toEqual([[LOTS[1989]]]);
    // Focus leaves; the row keeps the tab stop and stays in the DOM to take it back.
    screen.getByRole('searchbox', { name: 'Filter items' }).focus();
    expect(tabStops()).toEqual(['Item 1989']);
  });

  it('starts the tab stop on a selected row far down, rendered though not in view', () => {
    render(<Harness items={LOTS} selectedId="n1500" />);
    expect(tabStops()).toEqual(['Item 1500']);
    expect(row('Item 1500').getAttribute('aria-selected')).toBe('true');
  });
});
