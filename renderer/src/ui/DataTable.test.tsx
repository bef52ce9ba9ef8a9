// @vitest-environment jsdom
// The shared grid in a DOM: headers that sort and say so through aria-sort, rows that open by
// click, Enter or Space, selection, groups, filter-only columns, filter selects and the count.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { DataTable } from './DataTable';
import type { RowGroup } from './DataTable';
import { FilterSelect } from './FilterSelect';
import { gridColumns, useGrid } from './grid';
import { TableToolbar } from './TableToolbar';

afterEach(cleanup);

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
}

function Harness({ items = ITEMS, selectedId, onOpen = () => {}, grouped }: HarnessProps) {
  const { table, filters } = useGrid({
    columns,
    data: items,
    state: { columnVisibility: { tagIds: false } },
  });
  const visible = table.getRowModel().rows;
  const groups: RowGroup<Item>[] | undefined = grouped
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
        noun="items"
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
    expect(row.tabIndex).toBe(0);
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
