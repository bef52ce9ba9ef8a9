// The quotes table (TanStack Table v9): every quote with its speaker, kind, cue and article;
// sortable columns, a text filter and a kind filter. Activating a row reveals the quote.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Row } from '@tanstack/react-table';
import type { QuoteKind } from '../../../../shared/domain/schema';
import { QUOTE_KIND_LABELS } from '../../ui/labels';
import { DataTable } from '../../ui/DataTable';
import type { RowGroup } from '../../ui/DataTable';
import { EnumOptions } from '../../ui/EnumOptions';
import { FilterSelect } from '../../ui/FilterSelect';
import { gridColumns, useGrid } from '../../ui/grid';
import type { GridFeatures } from '../../ui/grid';
import { TableToolbar } from '../../ui/TableToolbar';
import { quoteSearch } from './quote-filter';
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

// Folding runs in tasks of a few milliseconds (rows a step between clock checks), so typing
// and scrolling stay smooth meanwhile.
const FOLD_BUDGET_MS = 8;
const FOLD_STEP = 500;

type SortedRows = readonly Row<GridFeatures, QuoteRow>[];
type Shown = readonly [RowGroup<QuoteRow>];
// The rows shown for each answer, kept with it: erasing a word, each step finds the rows it
// showed on the way in (the same array) instead of walking every row again.
const shownFor = new WeakMap<Uint8Array, { sorted: SortedRows; shown: Shown }>();
const allFor = new WeakMap<SortedRows, Shown>();

const orders = new WeakMap<SortedRows, Int32Array>();
/** Each sorted row's index in the rows array, in sorted order; made once per sorted array. */
function orderOf(sorted: SortedRows): Int32Array {
  let order = orders.get(sorted);
  if (!order) {
    // A plain loop: Int32Array.from with a map function went through the iterator protocol
    // (20-45 ms at 100,000 rows, on the first keystroke).
    order = new Int32Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) order[i] = sorted[i]!.index;
    orders.set(sorted, order);
  }
  return order;
}

/** How many of the rows at `order` the mask keeps. */
function countKept(order: Int32Array, mask: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < order.length; i++) count += mask[order[i]!]!;
  return count;
}

/** The grid's one group: the sorted rows the mask keeps (all of them for the null mask). */
function shownGroups(sorted: SortedRows, mask: Uint8Array | null): Shown {
  const all = (): Shown => {
    let shown = allFor.get(sorted);
    if (!shown) allFor.set(sorted, (shown = [{ key: 'all', label: '', rows: sorted }]));
    return shown;
  };
  if (mask === null) return all();
  const kept = shownFor.get(mask);
  if (kept?.sorted === sorted) return kept.shown;
  // Row indexes are positions in the rows array, which is what the mask is over; read from a
  // typed array, not from 100,000 row objects, on every keystroke.
  const order = orderOf(sorted);
  // Counted first, so a query every row matches makes no array at all (it shows the very same
  // rows as no query) and any other makes one of the right length, not one grown by pushes: at
  // 100,000 rows those were megabytes of garbage per keystroke, collected in later keystrokes.
  const count = countKept(order, mask);
  let shown: Shown;
  if (count === sorted.length) shown = all();
  else {
    const rows = new Array<Row<GridFeatures, QuoteRow>>(count);
    for (let i = 0, n = 0; n < count; i++) if (mask[order[i]!] === 1) rows[n++] = sorted[i]!;
    shown = [{ key: 'all', label: '', rows }];
  }
  shownFor.set(mask, { sorted, shown });
  return shown;
}

interface Props {
  rows: QuoteRow[];
  selectedId: string | null;
  onActivate: (row: QuoteRow) => void;
}

export function QuotesTable({ rows, selectedId, onActivate }: Props) {
  // The search box filters the text columns (the kind has its select). It is applied after
  // TanStack's kind filter and sort, which stay memoised while typing: a keystroke costs one pass
  // of a mask over the sorted rows (quote-filter.ts), not a re-filter and re-sort of every row.
  const [query, setQuery] = useState('');
  // The field shows each keystroke at once; the rows follow in a render React may interrupt.
  const deferredQuery = useDeferredValue(query);
  const { table, filters } = useGrid({ columns, data: rows });
  // Fold the rows for the filter a slice at a time after they change, so neither the first
  // keystroke nor any one task pays for all of them.
  useEffect(() => {
    const search = quoteSearch(rows);
    let timer = 0;
    const slice = () => {
      const until = performance.now() + FOLD_BUDGET_MS;
      while (performance.now() < until) {
        if (search.prepare(FOLD_STEP)) {
          // Compiled ahead of the first keystroke, in a task of its own (one pass, ~5 ms).
          timer = window.setTimeout(() => search.warm(), 0);
          return;
        }
      }
      timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [rows]);
  const sorted = table.getRowModel().rows;
  // The sorted rows' order, which the first keystroke reads, made while the analyst looks.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const order = orderOf(sorted);
      // Compiles the count the first keystroke makes (a mask that keeps nothing).
      countKept(order, new Uint8Array(rows.length));
    }, 0);
    return () => window.clearTimeout(timer);
  }, [sorted, rows]);
  const groups = useMemo(
    () => shownGroups(sorted, quoteSearch(rows).match(deferredQuery)),
    [rows, sorted, deferredQuery],
  );
  const noRows = rows.length === 0;
  // The grid as it was while only the field changed: a keystroke's first render (the deferred
  // rows not yet in) then paints the field at once and leaves the grid alone. `table` is a new
  // object on every render, but all the grid shows of it (rows, sort, kind filter) shows in
  // `groups`, which changes whenever any of it does.
  const grid = useMemo(
    () => (
      <DataTable
        table={table}
        label="Quotes table"
        groups={groups}
        selectedId={selectedId}
        onOpen={onActivate}
        empty={
          noRows
            ? 'No quotes yet. Select text in the article and press Q or “Mark quote”.'
            : 'No quote matches the filter.'
        }
      />
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [groups, selectedId, onActivate, noRows],
  );

  return (
    // Busy while the rows still show an earlier query than the field (the bench waits on it).
    <section
      className="quotes-panel"
      aria-labelledby="quotes-heading"
      aria-busy={query !== deferredQuery}
    >
      <TableToolbar
        title="Quotes"
        headingId="quotes-heading"
        search={{
          label: 'Filter quotes',
          placeholder: 'Filter by text, speaker, cue, article',
          value: query,
          onChange: setQuery,
        }}
        shown={groups[0].rows.length}
        total={rows.length}
        noun={['quote', 'quotes']}
      >
        <FilterSelect filters={filters} column="kind" label="Filter by kind" any="All kinds">
          <EnumOptions labels={QUOTE_KIND_LABELS} />
        </FilterSelect>
      </TableToolbar>
      {grid}
    </section>
  );
}
