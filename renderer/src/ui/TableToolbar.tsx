// The bar above a grid: its heading, a search box, the grid's own filters, and a live count of
// the rows shown.
import type { ReactNode } from 'react';
import { formatCount, plural } from '../../../shared/text/plural';

interface Props {
  title: string;
  /** The heading's id, which the grid's section is labelled by. */
  headingId: string;
  /** Lets the controls wrap onto a second line when a grid has many filters. */
  wrap?: boolean;
  search: { label: string; placeholder: string; value: string; onChange: (value: string) => void };
  shown: number;
  total: number;
  /** What a row is, singular and plural: ['claim', 'claims'] says "1 claim", "3 of 12 claims". */
  noun: readonly [one: string, many: string];
  children?: ReactNode;
}

export function TableToolbar({
  title,
  headingId,
  wrap,
  search,
  shown,
  total,
  noun,
  children,
}: Props) {
  return (
    <div className={wrap ? 'panel-toolbar wrap' : 'panel-toolbar'}>
      <h2 id={headingId}>{title}</h2>
      <input
        type="search"
        aria-label={search.label}
        placeholder={search.placeholder}
        value={search.value}
        onChange={(e) => search.onChange(e.target.value)}
      />
      {children}
      <span className="count" aria-live="polite">
        {shown === total
          ? plural(total, noun[0], noun[1])
          : `${formatCount(shown)} of ${plural(total, noun[0], noun[1])}`}
      </span>
    </div>
  );
}
