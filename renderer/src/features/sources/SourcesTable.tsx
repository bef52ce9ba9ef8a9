// The sources table (TanStack Table v9): name, kind, role, current grade, quote and claim counts,
// last assessed; every column sorts; a text filter, a kind filter, and grouping by kind.
import { useMemo, useState } from 'react';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import type { SourceKind } from '../../../../shared/domain/schema';
import type { SourceTableRow } from '../../../../shared/ipc/contract';
import { SOURCE_KIND_LABELS } from '../../ui/labels';
import { GradeBadge } from './GradeBadge';
import type { SourceRowView } from './source-rows';
import { filterRows, toRowView } from './source-rows';
import { SortableHeader } from './SortableHeader';
import './sources.css';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  filterFns: { equalsString: filterFn_equalsString },
});

const helper = createColumnHelper<typeof features, SourceRowView>();
const columns = helper.columns([
  helper.accessor('name', { header: 'Name', sortFn: 'text' }),
  helper.accessor('kind', {
    header: 'Kind',
    sortFn: 'text',
    filterFn: 'equalsString',
    cell: (info) => SOURCE_KIND_LABELS[info.getValue()],
  }),
  helper.accessor('role', { header: 'Role', sortFn: 'text' }),
  helper.accessor('grade', {
    header: 'Grade',
    sortFn: 'text',
    sortUndefined: 'last',
    cell: (info) => <GradeBadge grade={info.getValue() ?? null} />,
  }),
  helper.accessor('quotes', { header: 'Quotes', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('claims', { header: 'Claims', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('lastAssessed', {
    header: 'Last assessed',
    sortFn: 'text',
    sortUndefined: 'last',
    cell: (info) => info.getValue() ?? '—',
  }),
]);

const KINDS = Object.keys(SOURCE_KIND_LABELS) as SourceKind[];

interface Props {
  rows: readonly SourceTableRow[];
  onOpen: (sourceId: string) => void;
}

export function SourcesTable({ rows, onOpen }: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [query, setQuery] = useState('');
  const [grouped, setGrouped] = useState(false);
  const views = useMemo(() => rows.map(toRowView), [rows]);
  // The text filter runs before the table so it can search aliases, which are not a column.
  const data = useMemo(() => filterRows(views, query), [views, query]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
  });
  const kindFilter =
    (columnFilters.find((f) => f.id === 'kind')?.value as string | undefined) ?? '';
  const visible = table.getRowModel().rows;
  // Grouping keeps the table's sort inside each kind, kinds in their usual order.
  const groups = grouped
    ? KINDS.map((kind) => ({ kind, rows: visible.filter((r) => r.original.kind === kind) })).filter(
        (g) => g.rows.length > 0,
      )
    : [{ kind: null, rows: visible }];

  const renderRow = (row: (typeof visible)[number]) => (
    <tr
      key={row.id}
      tabIndex={0}
      aria-label={`Open ${row.original.name}`}
      onClick={() => onOpen(row.original.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(row.original.id);
        }
      }}
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );

  return (
    <section className="quotes-panel sources-panel" aria-labelledby="sources-heading">
      <div className="panel-toolbar">
        <h2 id="sources-heading">Sources</h2>
        <input
          type="search"
          aria-label="Filter sources"
          placeholder="Filter by name, alias, role"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label="Filter by source kind"
          value={kindFilter}
          onChange={(e) =>
            setColumnFilters(e.target.value ? [{ id: 'kind', value: e.target.value }] : [])
          }
        >
          <option value="">All kinds</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />{' '}
          Group by kind
        </label>
        <span className="count" aria-live="polite">
          {visible.length === rows.length
            ? `${rows.length} sources`
            : `${visible.length} of ${rows.length} sources`}
        </span>
      </div>
      <div className="table-scroll">
        <table className="grid" aria-label="Sources table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortableHeader key={header.id} header={header}>
                    <table.FlexRender header={header} />
                  </SortableHeader>
                ))}
              </tr>
            ))}
          </thead>
          {groups.map((group) => (
            <tbody key={group.kind ?? 'all'}>
              {group.kind && (
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={columns.length}>
                    {SOURCE_KIND_LABELS[group.kind]} ({group.rows.length})
                  </th>
                </tr>
              )}
              {group.rows.map(renderRow)}
            </tbody>
          ))}
          {visible.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={columns.length} className="empty">
                  {rows.length === 0
                    ? 'No sources yet. Mark a quote and name who said it.'
                    : 'No source matches the filter.'}
                </td>
              </tr>
            </tbody>
          )}
        </table>
      </div>
    </section>
  );
}
