// The claims table (TanStack Table v9): statement, claimants, status, credibility, tags, article
// and evidence counts; every column sorts; filters by text and by each column; grouping by
// status or by tag.
import { useMemo, useState } from 'react';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_arrIncludes,
  filterFn_equals,
  filterFn_equalsString,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { SortableHeader } from '../sources/SortableHeader';
import { CLAIM_STATUS_LABELS, CREDIBILITY_LABELS } from '../../ui/labels';
import { EnumOptions } from '../../ui/EnumOptions';
import type { ClaimGrouping, ClaimRow } from './claim-rows';
import { groupClaimRows } from './claim-rows';
import { StatusBadge } from './StatusBadge';
import './claims.css';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text, basic: sortFn_basic },
  filterFns: {
    equalsString: filterFn_equalsString,
    equals: filterFn_equals,
    arrIncludes: filterFn_arrIncludes,
  },
});

const helper = createColumnHelper<typeof features, ClaimRow>();
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
const HIDDEN = new Set(['claimantIds', 'tagIds', 'documentId']);
const shownCount = columns.length - HIDDEN.size;
const ARRAY_COLUMNS = new Set(['claimantIds', 'tagIds']);

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
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>(
    props.initialFilters ?? [],
  );
  const [query, setQuery] = useState('');
  const [grouping, setGrouping] = useState<ClaimGrouping>('none');
  const data = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [...rows];
    return rows.filter((r) =>
      [r.statement, r.claimants, r.tags, r.article].some((f) => f.toLowerCase().includes(q)),
    );
  }, [rows, query]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
  });
  // Array columns (claimants, tags) filter on a list of ids: "includes any of these".
  const filterValue = (id: string) => {
    const value: unknown = columnFilters.find((f) => f.id === id)?.value;
    return String((Array.isArray(value) ? value[0] : value) ?? '');
  };
  const setFilter = (id: string, value: unknown) =>
    setColumnFilters((filters) => [
      ...filters.filter((f) => f.id !== id),
      ...(value === '' || value === undefined
        ? []
        : [{ id, value: ARRAY_COLUMNS.has(id) ? [value] : value }]),
    ]);
  const visible = table.getRowModel().rows;
  const groups = groupClaimRows(visible, grouping, tagName);

  const select = (label: string, id: string, options: readonly Option[], any: string) => (
    <select
      aria-label={label}
      value={filterValue(id)}
      onChange={(e) => setFilter(id, e.target.value)}
    >
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );

  return (
    <section className="quotes-panel claims-panel" aria-labelledby="claims-heading">
      <div className="panel-toolbar wrap">
        <h2 id="claims-heading">Claims</h2>
        <input
          type="search"
          aria-label="Filter claims"
          placeholder="Filter by statement, claimant, tag, article"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select
          aria-label="Filter by status"
          value={filterValue('status')}
          onChange={(e) => setFilter('status', e.target.value)}
        >
          <option value="">Any status</option>
          <EnumOptions labels={CLAIM_STATUS_LABELS} />
        </select>
        <select
          aria-label="Filter by credibility"
          value={filterValue('credibility')}
          onChange={(e) =>
            setFilter('credibility', e.target.value === '' ? '' : Number(e.target.value))
          }
        >
          <option value="">Any credibility</option>
          {Object.entries(CREDIBILITY_LABELS).map(([level, label]) => (
            <option key={level} value={level}>
              {level}: {label}
            </option>
          ))}
          <option value="0">Not graded</option>
        </select>
        {select('Filter by claimant', 'claimantIds', claimants, 'Any claimant')}
        {select('Filter by tag', 'tagIds', tags, 'Any tag')}
        {select('Filter by article', 'documentId', articles, 'Any article')}
        <select
          aria-label="Group claims"
          value={grouping}
          onChange={(e) => setGrouping(e.target.value as ClaimGrouping)}
        >
          <option value="none">No grouping</option>
          <option value="status">Group by status</option>
          <option value="tag">Group by tag</option>
        </select>
        <span className="count" aria-live="polite">
          {visible.length === rows.length
            ? `${rows.length} claims`
            : `${visible.length} of ${rows.length} claims`}
        </span>
      </div>
      <div className="table-scroll">
        <table className="grid" aria-label="Claims table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers
                  .filter((h) => !HIDDEN.has(h.column.id))
                  .map((header) => (
                    <SortableHeader key={header.id} header={header}>
                      <table.FlexRender header={header} />
                    </SortableHeader>
                  ))}
              </tr>
            ))}
          </thead>
          {groups.map((group) => (
            <tbody key={group.key}>
              {group.label && (
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={shownCount}>
                    {group.label} ({group.rows.length})
                  </th>
                </tr>
              )}
              {group.rows.map((row) => (
                <tr
                  key={row.id}
                  tabIndex={0}
                  aria-label={`Open claim: ${row.original.statement}`}
                  aria-selected={row.original.id === selectedId}
                  className={row.original.id === selectedId ? 'selected' : undefined}
                  onClick={() => onOpen(row.original.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onOpen(row.original.id);
                    }
                  }}
                >
                  {row
                    .getAllCells()
                    .filter((cell) => !HIDDEN.has(cell.column.id))
                    .map((cell) => (
                      <td key={cell.id} className={`col-${cell.column.id}`}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                </tr>
              ))}
            </tbody>
          ))}
          {visible.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={shownCount} className="empty">
                  {rows.length === 0
                    ? 'No claims yet. Select a checkable statement in an article and press C.'
                    : 'No claim matches the filters.'}
                </td>
              </tr>
            </tbody>
          )}
        </table>
      </div>
    </section>
  );
}
