// The quotes table (TanStack Table v9): every quote with its speaker, kind, cue and article;
// sortable columns, a text filter and a kind filter. Activating a row reveals the quote.
import { useMemo, useState } from 'react';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import type { QuoteKind } from '../../../../shared/domain/schema';
import { QUOTE_KIND_LABELS } from '../../ui/labels';
import { EnumOptions } from '../../ui/EnumOptions';

export interface QuoteRow {
  id: string;
  documentId: string;
  text: string;
  speaker: string;
  kind: QuoteKind;
  cue: string;
  article: string;
  position: number;
}

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
});

const helper = createColumnHelper<typeof features, QuoteRow>();
const columns = helper.columns([
  helper.accessor('text', { header: 'Quote', sortFn: 'text' }),
  helper.accessor('speaker', { header: 'Speaker', sortFn: 'text' }),
  helper.accessor('kind', {
    header: 'Kind',
    filterFn: 'equalsString',
    cell: (info) => QUOTE_KIND_LABELS[info.getValue()],
  }),
  helper.accessor('cue', { header: 'Cue', sortFn: 'text' }),
  helper.accessor('article', { header: 'Article', sortFn: 'text' }),
]);

interface Props {
  rows: QuoteRow[];
  selectedId: string | null;
  onActivate: (row: QuoteRow) => void;
}

export function QuotesTable({ rows, selectedId, onActivate }: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const data = useMemo(() => rows, [rows]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    state: { sorting, globalFilter, columnFilters },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => column.id !== 'kind',
  });
  const kindFilter =
    (columnFilters.find((f) => f.id === 'kind')?.value as string | undefined) ?? '';
  const visible = table.getRowModel().rows;

  return (
    <section className="quotes-panel" aria-labelledby="quotes-heading">
      <div className="panel-toolbar">
        <h2 id="quotes-heading">Quotes</h2>
        <input
          type="search"
          aria-label="Filter quotes"
          placeholder="Filter by text, speaker, cue, article"
          value={globalFilter}
          onChange={(e) => setGlobalFilter(e.target.value)}
        />
        <select
          aria-label="Filter by kind"
          value={kindFilter}
          onChange={(e) =>
            setColumnFilters(e.target.value ? [{ id: 'kind', value: e.target.value }] : [])
          }
        >
          <option value="">All kinds</option>
          <EnumOptions labels={QUOTE_KIND_LABELS} />
        </select>
        <span className="count" aria-live="polite">
          {visible.length === rows.length
            ? `${rows.length} quotes`
            : `${visible.length} of ${rows.length} quotes`}
        </span>
      </div>
      <div className="table-scroll">
        <table className="grid" aria-label="Quotes table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr
                key={row.id}
                tabIndex={0}
                aria-selected={row.id === selectedId}
                className={row.id === selectedId ? 'selected' : undefined}
                onClick={() => onActivate(row.original)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onActivate(row.original);
                  }
                }}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {visible.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="empty">
                  {rows.length === 0
                    ? 'No quotes yet. Select text in the article and press Q or “Mark quote”.'
                    : 'No quote matches the filter.'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
