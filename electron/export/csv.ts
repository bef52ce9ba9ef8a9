// CSV export of a quote sheet: RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark so
// Excel reads the accents right, every field quoted, and every cell guarded against formulas.
import { cellText, neutraliseCell } from '../../shared/export/cells';
import type { QuoteSheet } from '../../shared/export/quote-sheet';
import { ExportTicker } from './progress';
import type { ExportRunOptions } from './progress';
import { tableHeader, tableRowCount } from './table';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const BATCH_CHARS = 16_384;

/**
 * One CSV field. Quoting every field (not only those with a comma) keeps a cell whole in every
 * locale, including those where Excel splits on semicolons; quotes inside are doubled.
 */
export function csvField(value: string): string {
  const cell = neutraliseCell(value);
  return `"${cell.includes('"') ? cell.replace(/"/g, '""') : cell}"`;
}

const csvRecord = (cells: readonly string[]): string => cells.map(csvField).join(',') + CRLF;

/**
 * The sheet as CSV bytes: a header record, then one record per row (a grouped sheet starts each
 * record with its group's title). Rejects with an AbortError when `signal` is aborted.
 */
export async function writeCsv(
  sheet: QuoteSheet,
  options: ExportRunOptions = {},
): Promise<Uint8Array> {
  const ticker = new ExportTicker(tableRowCount(sheet), options);
  const grouped = sheet.options.groupBy !== 'none';
  const { columns } = sheet;
  // Encoded a batch at a time, so the text of a 100,000-row sheet never sits in memory whole.
  const chunks: Buffer[] = [Buffer.from(BOM + csvRecord(tableHeader(sheet)), 'utf8')];
  let batch = '';
  for (const group of sheet.groups) {
    const lead = grouped ? csvField(group.title) + ',' : '';
    for (const row of group.rows) {
      let record = lead;
      for (let i = 0; i < columns.length; i++) {
        record += (i === 0 ? '' : ',') + csvField(cellText(row, columns[i]!));
      }
      batch += record + CRLF;
      // Small batches: their text dies young, so it never costs a full garbage collection.
      if (batch.length > BATCH_CHARS) {
        chunks.push(Buffer.from(batch, 'utf8'));
        batch = '';
      }
      if (ticker.step()) await ticker.pause();
    }
  }
  chunks.push(Buffer.from(batch, 'utf8'));
  ticker.finish();
  return Buffer.concat(chunks);
}
