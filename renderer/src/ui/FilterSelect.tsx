// A select that filters one column of a grid; its first option, with the empty value, clears it.
import type { ReactNode } from 'react';
import type { ColumnFilterControl } from './grid';

interface Props {
  filters: ColumnFilterControl;
  column: string;
  label: string;
  /** The label of the "no filter" option, e.g. "All kinds". */
  any: string;
  /** Turns a chosen option into the column's filter value (a number, a list); as is by default. */
  toValue?: (value: string) => unknown;
  /** The other <option>s. */
  children: ReactNode;
}

export function FilterSelect({ filters, column, label, any, toValue, children }: Props) {
  return (
    <select
      aria-label={label}
      value={filters.value(column)}
      onChange={(e) => {
        const { value } = e.target;
        filters.set(column, value === '' || !toValue ? value : toValue(value));
      }}
    >
      <option value="">{any}</option>
      {children}
    </select>
  );
}
