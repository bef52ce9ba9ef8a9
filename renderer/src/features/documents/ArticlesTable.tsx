// The library's articles table (TanStack Table v9): title, outlet, authors, date, language,
// format, quote and claim counts, import date; every column sorts; a text filter, an outlet
// filter, and grouping by outlet.
import { useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { describeAccelerator } from '../../commands/registry';
import { DataTable } from '../../ui/DataTable';
import { FilterSelect } from '../../ui/FilterSelect';
import { gridColumns, useGrid } from '../../ui/grid';
import { TableToolbar } from '../../ui/TableToolbar';
import type { ArticleRow } from './article-rows';
import { filterArticleRows, groupByOutlet, outletsOf, toArticleRow } from './article-rows';
import './library.css';

const dash = (value: string | undefined) => value ?? '—';
/** Long text cut to two lines, whole on hover (and in the details pane). */
const clamped = (value: string | undefined) =>
  value === undefined ? (
    '—'
  ) : (
    <span className="cell-clamp" title={value}>
      {value}
    </span>
  );

const helper = gridColumns<ArticleRow>();
const columns = helper.columns([
  helper.accessor('title', {
    header: 'Title',
    sortFn: 'text',
    cell: (info) => clamped(info.getValue()),
  }),
  helper.accessor('outlet', {
    header: 'Outlet',
    sortFn: 'text',
    sortUndefined: 'last',
    filterFn: 'equalsString',
    cell: (info) => clamped(info.getValue()),
  }),
  helper.accessor('authors', {
    header: 'Authors',
    sortFn: 'text',
    sortUndefined: 'last',
    cell: (info) => clamped(info.getValue()),
  }),
  helper.accessor('publishedAt', {
    header: 'Date',
    sortFn: 'text',
    sortUndefined: 'last',
    cell: (info) => dash(info.getValue()),
  }),
  helper.accessor('language', {
    header: 'Language',
    sortFn: 'text',
    sortUndefined: 'last',
    cell: (info) => dash(info.getValue()),
  }),
  helper.accessor('format', { header: 'Format', sortFn: 'text' }),
  helper.accessor('quotes', { header: 'Quotes', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('claims', { header: 'Claims', sortFn: 'basic', sortDescFirst: true }),
  helper.accessor('importedAt', { header: 'Imported', sortFn: 'text', sortDescFirst: true }),
]);

/** What an empty library says: how articles get in. */
export const EMPTY_LIBRARY = `No articles yet. Import web pages, PDFs, Word or Markdown files with Import… (${describeAccelerator('CmdOrCtrl+O')}), or drop files on the window.`;

interface Props {
  documents: readonly DocumentSummary[];
  selectedId: string | null;
  /** A click or Space on a row: show that article's details. */
  onSelect: (id: string) => void;
  /** Enter or a double click on a row: read the article. */
  onOpenArticle: (id: string) => void;
}

export function ArticlesTable({ documents, selectedId, onSelect, onOpenArticle }: Props) {
  const [query, setQuery] = useState('');
  const [grouped, setGrouped] = useState(false);
  const rows = useMemo(() => documents.map(toArticleRow), [documents]);
  const outlets = useMemo(() => outletsOf(documents), [documents]);
  // The text filter runs before the table: URL and file name are searched but are not columns.
  const data = useMemo(() => filterArticleRows(rows, query), [rows, query]);
  const { table, filters } = useGrid({ columns, data });
  const visible = table.getRowModel().rows;
  // The row the grid last opened: set by the row's own handler before its events bubble here.
  const lastRow = useRef<string | null>(null);
  const openLastRow = (target: EventTarget) => {
    if (lastRow.current !== null && inRow(target)) onOpenArticle(lastRow.current);
  };

  return (
    <section className="quotes-panel articles-panel" aria-labelledby="articles-heading">
      <TableToolbar
        title="Library"
        headingId="articles-heading"
        wrap
        search={{
          label: 'Filter articles',
          placeholder: 'Filter by title, outlet, author, URL, file',
          value: query,
          onChange: setQuery,
        }}
        shown={visible.length}
        total={rows.length}
        noun={['article', 'articles']}
      >
        <FilterSelect filters={filters} column="outlet" label="Filter by outlet" any="All outlets">
          {outlets.map((outlet) => (
            <option key={outlet} value={outlet}>
              {outlet}
            </option>
          ))}
        </FilterSelect>
        <label>
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />{' '}
          Group by outlet
        </label>
      </TableToolbar>
      {/* The grid opens a row on click, Enter and Space alike, and the library takes that as
          "select"; Enter and a double click on a row (they bubble here after the grid has
          selected it) also open the article in the reader. */}
      <div
        className="articles-grid"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.target instanceof HTMLTableRowElement) openLastRow(e.target);
        }}
        onDoubleClick={(e) => openLastRow(e.target)}
      >
        <DataTable
          table={table}
          label="Articles table"
          groups={grouped ? groupByOutlet(visible) : undefined}
          rowLabel={(row) => row.title}
          selectedId={selectedId}
          onOpen={(row) => {
            lastRow.current = row.id;
            onSelect(row.id);
          }}
          empty={rows.length === 0 ? EMPTY_LIBRARY : 'No article matches the filter.'}
        />
      </div>
    </section>
  );
}

/** Whether an event happened on an article's row (not a group heading, not the header). */
const inRow = (target: EventTarget) =>
  target instanceof Element && target.closest('tr[data-row-key]') !== null;
