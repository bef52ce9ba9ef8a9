// The claims table (TanStack Table v9): statement, claimants, status, credibility, tags, article
// and evidence counts; every column sorts; filters by text and by each column; grouping by
// status or by tag.
import { useMemo, useState } from 'react';
import type { ColumnFiltersState } from '@tanstack/react-table';
import { CLAIM_STATUS_LABELS, CREDIBILITY_LABELS } from '../../ui/labels';
import { DataTable } from '../../ui/DataTable';
import { EnumOptions } from '../../ui/EnumOptions';
import { FilterSelect } from '../../ui/FilterSelect';
import { gridColumns, useGrid } from '../../ui/grid';
import { TableToolbar } from '../../ui/TableToolbar';
import type { ClaimGrouping, ClaimRow } from './claim-rows';
import { groupClaimRows } from './claim-rows';
import { StatusBadge } from './StatusBadge';
import './claims.css';

const helper = gridColumns<ClaimRow>();
const columns = helper.columns([
  helper.accessor('statement', {
    header: 'Claim',
    sortFn: 'text',
    cell: (info) => (
      <>
        {info.getValue()}
        {info.row.original.needsReview && <span className="review-flag"> · needs review</span>}
      </>
    ),
  }),
  helper.accessor('claimants', { header: 'Claimant', sortFn: 'text' }),
  helper.accessor('claimantIds', { header: 'Claimant ids', filterFn: 'arrIncludes' }),
  helper.accessor('status', {
    header: 'Status',
    sortFn: 'text',
    filterFn: 'equalsString',
    cell: (info) => <StatusBadge status={info.getValue()} />,
  }),
  helper.accessor('credibility', {
    header: 'Credibility',
    sortFn: 'basic',
    filterFn: 'equals',
    cell: (info) => info.getValue() || '—',
  }),
  helper.accessor('tags', { header: 'Tags', sortFn: 'text' }),
  helper.accessor('tagIds', { header: 'Tag ids', filterFn: 'arrIncludes' }),
  helper.accessor('article', { header: 'Article', sortFn: 'text' }),
  helper.accessor('documentId', { header: 'Article id', filterFn: 'equalsString' }),
  helper.accessor((row) => row.supports + row.refutes, {
    id: 'evidence',
    header: 'Evidence',
    sortFn: 'basic',
    cell: (info) => (
      <span
        title={`${info.row.original.supports} supporting, ${info.row.original.refutes} refuting`}
      >
        +{info.row.original.supports} / −{info.row.original.refutes}
      </span>
    ),
  }),
]);
/** Columns that exist only to filter on ids; never shown. */
const HIDDEN = { claimantIds: false, tagIds: false, documentId: false };
// Claimant and tag columns hold lists of ids, filtered as "includes any of these".
const asList = (id: string) => [id];

interface Option {
  id: string;
  name: string;
}

interface Props {
  rows: readonly ClaimRow[];
  claimants: readonly Option[];
  tags: readonly Option[];
  articles: readonly Option[];
  selectedId: string | null;
  /** Filters the table starts with (from "show tagged claims" in the codebook). */
  initialFilters?: ColumnFiltersState;
  tagName: (id: string) => string | undefined;
  onOpen: (claimId: string) => void;
}

export function ClaimsTable(props: Props) {
  const { rows, claimants, tags, articles, selectedId, tagName, onOpen } = props;
  const [query, setQuery] = useState('');
  const [grouping, setGrouping] = useState<ClaimGrouping>('none');
  const data = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [...rows];
    return rows.filter((r) =>
      [r.statement, r.claimants, r.tags, r.article].some((f) => f.toLowerCase().includes(q)),
    );
  }, [rows, query]);
  const { table, filters } = useGrid({
    columns,
    data,
    initialFilters: props.initialFilters,
    state: { columnVisibility: HIDDEN },
  });
  const visible = table.getRowModel().rows;

  const byId = (
    label: string,
    column: string,
    options: readonly Option[],
    any: string,
    toValue?: (id: string) => unknown,
  ) => (
    <FilterSelect filters={filters} column={column} label={label} any={any} toValue={toValue}>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </FilterSelect>
  );

  return (
    <section className="quotes-panel claims-panel" aria-labelledby="claims-heading">
      <TableToolbar
        title="Claims"
        headingId="claims-heading"
        wrap
        search={{
          label: 'Filter claims',
          placeholder: 'Filter by statement, claimant, tag, article',
          value: query,
          onChange: setQuery,
        }}
        shown={visible.length}
        total={rows.length}
        noun={['claim', 'claims']}
      >
        <FilterSelect filters={filters} column="status" label="Filter by status" any="Any status">
          <EnumOptions labels={CLAIM_STATUS_LABELS} />
        </FilterSelect>
        <FilterSelect
          filters={filters}
          column="credibility"
          label="Filter by credibility"
          any="Any credibility"
          toValue={Number}
        >
          {Object.entries(CREDIBILITY_LABELS).map(([level, label]) => (
            <option key={level} value={level}>
              {level}: {label}
            </option>
          ))}
          <option value="0">Not graded</option>
        </FilterSelect>
        {byId('Filter by claimant', 'claimantIds', claimants, 'Any claimant', asList)}
        {byId('Filter by tag', 'tagIds', tags, 'Any tag', asList)}
        {byId('Filter by article', 'documentId', articles, 'Any article')}
        <select
          aria-label="Group claims"
          value={grouping}
          onChange={(e) => setGrouping(e.target.value as ClaimGrouping)}
        >
          <option value="none">No grouping</option>
          <option value="status">Group by status</option>
          <option value="tag">Group by tag</option>
        </select>
      </TableToolbar>
      <DataTable
        table={table}
        label="Claims table"
        groups={groupClaimRows(visible, grouping, tagName)}
        rowLabel={(row) => `Open claim: ${row.statement}`}
        selectedId={selectedId}
        onOpen={(row) => onOpen(row.id)}
        empty={
          rows.length === 0
            ? 'No claims yet. Select a checkable statement in an article and press C.'
            : 'No claim matches the filters.'
        }
      />
    </section>
  );
}
