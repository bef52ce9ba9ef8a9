// The sources table (TanStack Table v9): name, kind, role, current grade, quote and claim counts,
// last assessed; every column sorts; a text filter, a kind filter, and grouping by kind.
import { useMemo, useState } from 'react';
import type { SourceKind } from '../../../../shared/domain/schema';
import type { SourceTableRow } from '../../../../shared/ipc/contract';
import { SOURCE_KIND_LABELS } from '../../ui/labels';
import { DataTable } from '../../ui/DataTable';
import { FilterSelect } from '../../ui/FilterSelect';
import { gridColumns, useGrid } from '../../ui/grid';
import { TableToolbar } from '../../ui/TableToolbar';
import { GradeBadge } from './GradeBadge';
import type { SourceRowView } from './source-rows';
import { filterRows, toRowView } from './source-rows';
import './sources.css';

const helper = gridColumns<SourceRowView>();
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
  const [query, setQuery] = useState('');
  const [grouped, setGrouped] = useState(false);
  const views = useMemo(() => rows.map(toRowView), [rows]);
  // The text filter runs before the table so it can search aliases, which are not a column.
  const data = useMemo(() => filterRows(views, query), [views, query]);
  const { table, filters } = useGrid({ columns, data });
  const visible = table.getRowModel().rows;
  // Grouping keeps the table's sort inside each kind, kinds in their usual order.
  const groups = grouped
    ? KINDS.map((kind) => ({
        key: kind,
        label: SOURCE_KIND_LABELS[kind],
        rows: visible.filter((r) => r.original.kind === kind),
      })).filter((g) => g.rows.length > 0)
    : undefined;

  return (
    <section className="quotes-panel sources-panel" aria-labelledby="sources-heading">
      <TableToolbar
        title="Sources"
        headingId="sources-heading"
        search={{
          label: 'Filter sources',
          placeholder: 'Filter by name, alias, role',
          value: query,
          onChange: setQuery,
        }}
        shown={visible.length}
        total={rows.length}
        noun={['source', 'sources']}
      >
        <FilterSelect filters={filters} column="kind" label="Filter by source kind" any="All kinds">
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </FilterSelect>
        <label>
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />{' '}
          Group by kind
        </label>
      </TableToolbar>
      <DataTable
        table={table}
        label="Sources table"
        groups={groups}
        rowLabel={(row) => `Open ${row.name}`}
        onOpen={(row) => onOpen(row.id)}
        empty={
          rows.length === 0
            ? 'No sources yet. Mark a quote and name who said it.'
            : 'No source matches the filter.'
        }
      />
    </section>
  );
}
