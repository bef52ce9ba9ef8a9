// The quotes table (TanStack Table v9): every quote with its speaker, kind, cue and article;
// sortable columns, a text filter and a kind filter. Activating a row reveals the quote.
import { useState } from 'react';
import type { QuoteKind } from '../../../../shared/domain/schema';
import { QUOTE_KIND_LABELS } from '../../ui/labels';
import { DataTable } from '../../ui/DataTable';
import { EnumOptions } from '../../ui/EnumOptions';
import { FilterSelect } from '../../ui/FilterSelect';
import { gridColumns, useGrid } from '../../ui/grid';
import { TableToolbar } from '../../ui/TableToolbar';
import './quotes.css';

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

const helper = gridColumns<QuoteRow>();
const columns = helper.columns([
  helper.accessor('text', { header: 'Quote', sortFn: 'text' }),
  helper.accessor('speaker', {
    header: 'Speaker',
    sortFn: 'text',
    // A chip, as speakers are shown everywhere; an unattributed quote shows nothing.
    cell: (info) => info.getValue() && <span className="speaker-chip">{info.getValue()}</span>,
  }),
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
  // The search box is TanStack's global filter over the text columns (the kind has its select).
  const [globalFilter, setGlobalFilter] = useState('');
  const { table, filters } = useGrid({
    columns,
    data: rows,
    state: { globalFilter },
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => column.id !== 'kind',
  });

  return (
    <section className="quotes-panel" aria-labelledby="quotes-heading">
      <TableToolbar
        title="Quotes"
        headingId="quotes-heading"
        search={{
          label: 'Filter quotes',
          placeholder: 'Filter by text, speaker, cue, article',
          value: globalFilter,
          onChange: setGlobalFilter,
        }}
        shown={table.getRowModel().rows.length}
        total={rows.length}
        noun={['quote', 'quotes']}
      >
        <FilterSelect filters={filters} column="kind" label="Filter by kind" any="All kinds">
          <EnumOptions labels={QUOTE_KIND_LABELS} />
        </FilterSelect>
      </TableToolbar>
      <DataTable
        table={table}
        label="Quotes table"
        selectedId={selectedId}
        onOpen={onActivate}
        empty={
          rows.length === 0
            ? 'No quotes yet. Select text in the article and press Q or “Mark quote”.'
            : 'No quote matches the filter.'
        }
      />
    </section>
  );
}
