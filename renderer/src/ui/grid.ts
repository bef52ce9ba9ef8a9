// The TanStack Table (v9) set-up the app's grids share: one feature set, the sorting and
// column-filter state every grid keeps, and reading and writing one column's filter.
import { useState } from 'react';
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_arrIncludes,
  filterFn_equals,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type {
  ColumnFiltersState,
  RowData,
  SortingState,
  TableOptions,
} from '@tanstack/react-table';

// One registry for every grid, so the shared table markup is typed against a single feature
// set. Features a grid does not use cost nothing: no global filter state means no global
// filtering, no visibility state means every column shows.
export const gridFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  filterFns: {
    equalsString: filterFn_equalsString,
    equals: filterFn_equals,
    arrIncludes: filterFn_arrIncludes,
    includesString: filterFn_includesString,
  },
});
export type GridFeatures = typeof gridFeatures;

/** A column helper for a grid whose rows are `TData`. */
export const gridColumns = <TData extends RowData>() => createColumnHelper<GridFeatures, TData>();

/** Reads and sets one column's filter; what the toolbar's filter selects need. */
export interface ColumnFilterControl {
  /** The column's filter as a select's value: '' when unfiltered, the first id of a list. */
  value: (columnId: string) => string;
  /** Sets the column's filter; '' or undefined removes it. */
  set: (columnId: string, value: unknown) => void;
}

type GridOptions<TData extends { id: string }> = Omit<
  TableOptions<GridFeatures, TData>,
  'features' | 'getRowId' | 'onSortingChange' | 'onColumnFiltersChange'
> & {
  /** Column filters the grid starts with; later changes to it are ignored. */
  initialFilters?: ColumnFiltersState;
};

/**
 * A grid over rows with ids: sorting and column filters are kept here, any other state (a
 * global filter, hidden columns) comes in through `state` with its own handler.
 */
export function useGrid<TData extends { id: string }>(options: GridOptions<TData>) {
  const { initialFilters, state, ...rest } = options;
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>(initialFilters ?? []);
  const table = useTable({
    ...rest,
    features: gridFeatures,
    getRowId: (row) => row.id,
    state: { ...state, sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
  });
  const filters: ColumnFilterControl = {
    value: (columnId) => {
      const value: unknown = columnFilters.find((f) => f.id === columnId)?.value;
      return String((Array.isArray(value) ? value[0] : value) ?? '');
    },
    set: (columnId, value) =>
      setColumnFilters((current) => [
        ...current.filter((f) => f.id !== columnId),
        ...(value === '' || value === undefined ? [] : [{ id: columnId, value }]),
      ]),
  };
  return { table, filters };
}
