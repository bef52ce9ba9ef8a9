// The quote sheet as a table, for the spreadsheet formats: a header of column labels and one
// row of cell text per quote, led by the group's title when the sheet is grouped.
import { COLUMN_LABELS, cellText, neutraliseCell } from '../../shared/export/cells';
import type { QuoteSheetColumn } from '../../shared/export/cells';
import type { QuoteSheet, QuoteSheetRow } from '../../shared/export/quote-sheet';

export const GROUP_LABELS = {
  source: 'Group (speaker)',
  article: 'Group (article)',
  tag: 'Group (tag)',
} as const;

/** Column labels; a grouped sheet gets a first column naming each row's group. */
export function tableHeader(sheet: QuoteSheet): string[] {
  const labels = sheet.columns.map((c) => COLUMN_LABELS[c]);
  const by = sheet.options.groupBy;
  return by === 'none' ? labels : [GROUP_LABELS[by], ...labels];
}

/** Each row with its group title, in sheet order (a row in several tag groups comes once each). */
export function* tableRows(
  sheet: QuoteSheet,
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
export function tableRowCount(sheet: QuoteSheet): number {
  return sheet.groups.reduce((n, g) => n + g.rows.length, 0);
}

/**
 * Every character that can start a guarded cell (the formula triggers and the apostrophe) is at
 * or below '@' (U+0040), so neutraliseCell returns a cell starting above it unchanged and the call
 * can be skipped; csv.test.ts checks this against FORMULA_TRIGGERS.
 */
export const GUARD_CEILING = 0x40;

/** neutraliseCell, without the call for the many cells that start with a letter. */
export const guardCell = (value: string): string =>
  value.charCodeAt(0) > GUARD_CEILING ? value : neutraliseCell(value);
