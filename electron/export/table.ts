// The quote sheet as a table, for the spreadsheet formats: a header of column labels and one
// row of cell text per quote, led by the group's title when the sheet is grouped.
import {
  COLUMN_LABELS,
  FORMULA_TRIGGERS,
  cellText,
  neutraliseCell,
} from '../../shared/export/cells';
import type { QuoteSheetColumn } from '../../shared/export/cells';
import type { QuoteSheetCore, QuoteSheetRow } from '../../shared/export/quote-sheet';

export const GROUP_LABELS = {
  source: 'Group (speaker)',
  article: 'Group (article)',
  tag: 'Group (tag)',
} as const;

/** Column labels; a grouped sheet gets a first column naming each row's group. */
export function tableHeader(sheet: QuoteSheetCore): string[] {
  const labels = sheet.columns.map((c) => COLUMN_LABELS[c]);
  const by = sheet.options.groupBy;
  return by === 'none' ? labels : [GROUP_LABELS[by], ...labels];
}

/** Each row with its group title, in sheet order (a row in several tag groups comes once each). */
export function* tableRows(
  sheet: QuoteSheetCore,
): Generator<{ group: string | null; row: QuoteSheetRow; cells: string[] }> {
  const grouped = sheet.options.groupBy !== 'none';
  for (const g of sheet.groups) {
    for (const row of g.rows) {
      const cells = sheet.columns.map((c: QuoteSheetColumn) => cellText(row, c));
      yield { group: grouped ? g.title : null, row, cells: grouped ? [g.title, ...cells] : cells };
    }
  }
}

/** How many table rows the sheet has (rows in several tag groups count once per group). */
export function tableRowCount(sheet: QuoteSheetCore): number {
  return sheet.groups.reduce((n, g) => n + g.rows.length, 0);
}

/**
 * For each ASCII code, whether a cell starting with it can need the guard: the formula triggers
 * and the apostrophe. Built from FORMULA_TRIGGERS, so it cannot drift from neutraliseCell.
 */
const MAY_NEED_GUARD = new Uint8Array(128);
for (const ch of [...FORMULA_TRIGGERS, "'"]) MAY_NEED_GUARD[ch.charCodeAt(0)] = 1;

/**
 * neutraliseCell, without the call for the cells it would return unchanged: nearly all, since
 * they start with a letter, a digit or nothing at all ('' gives NaN, which fails the test).
 */
export const guardCell = (value: string): string => {
  const first = value.charCodeAt(0);
  return first < 128 && MAY_NEED_GUARD[first] === 1 ? neutraliseCell(value) : value;
};
