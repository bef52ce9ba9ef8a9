// CSV export of a quote sheet: RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark so
// Excel reads the accents right, every field quoted, and every cell guarded against formulas.
// Saved files are streamed (streamCsv); writeCsv gives the same bytes in memory.
import { cellText } from '../../shared/export/cells';
import type { QuoteSheetCore } from '../../shared/export/quote-sheet';
import { ExportTicker } from './progress';
import type { ExportRunOptions } from './progress';
import { guardCell, tableHeader, tableRowCount } from './table';
import { Utf8Output } from './utf8-output';
import type { ChunkSink } from './utf8-output';
import { streamText } from './text-stream';
import type { TextOut } from './text-stream';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const QUOTES = /"/g;
// Records written before the output is sized for the whole sheet from their average length.
const SAMPLE_RECORDS = 1000;

/** The cell guarded against formulas and with its quotes doubled, without the outer quotes. */
function escaped(value: string): string {
  const cell = guardCell(value);
  return cell.indexOf('"') === -1 ? cell : cell.replace(QUOTES, '""');
}

/**
 * One CSV field. Quoting every field (not only those with a comma) keeps a cell whole in every
 * locale, including those where Excel splits on semicolons; quotes inside are doubled.
 */
export function csvField(value: string): string {
  return `"${escaped(value)}"`;
}

/**
 * The sheet as CSV bytes in memory: a header record, then one record per row (a grouped sheet
 * starts each record with its group's title). Rejects with an AbortError when `signal` is aborted.
 */
export async function writeCsv(
  sheet: QuoteSheetCore,
  options: ExportRunOptions = {},
): Promise<Uint8Array> {
  const out = new Utf8Output();
  await writeRecords(sheet, out, options, out);
  return out.bytes();
}

/**
 * The same CSV, handed to `sink` about every thousand records: how a file is saved. Memory stays
 * at one chunk however long the sheet, and no buffer the size of the file is allocated, which on
 * a large workspace would set off a full garbage collection of the whole heap.
 */
export function streamCsv(
  sheet: QuoteSheetCore,
  sink: ChunkSink,
  options: ExportRunOptions = {},
): Promise<void> {
  return streamText((out, run) => writeRecords(sheet, out, run, null), sink, options);
}

/** Writes the records to `out`; `sized`, when given, is `out` itself, sized from a sample. */
async function writeRecords(
  sheet: QuoteSheetCore,
  out: TextOut,
  options: ExportRunOptions,
  sized: Utf8Output | null,
): Promise<void> {
  const total = tableRowCount(sheet);
  const ticker = new ExportTicker(total, options);
  const grouped = sheet.options.groupBy !== 'none';
  const { columns } = sheet;
  const last = columns.length - 1;
  let written = 0;
  out.write(BOM + tableHeader(sheet).map(csvField).join(',') + CRLF);
  for (const group of sheet.groups) {
    // A record's opening quote comes with its lead, so each cell appends one piece: itself and
    // the separator after it. The group title is escaped once per group, not once per row.
    const title = grouped ? `"${escaped(group.title)}"` : '';
    const lead = grouped ? `${title},"` : '"';
    for (const row of group.rows) {
      if (last < 0) {
        out.write(title + CRLF); // every column switched off: the group is all a record holds
      } else {
        let record = lead;
        for (let i = 0; i < last; i++) record += escaped(cellText(row, columns[i]!)) + '","';
        out.write(record + escaped(cellText(row, columns[last]!)) + '"\r\n');
      }
      // In memory, a tenth more than the sample predicts: most sheets then fit without growing.
      if (++written === SAMPLE_RECORDS && sized) {
        sized.reserve(((sized.length / written) * total * 11) / 10);
      }
      // Streamed, the pause also hands the chunk written so far to the file (streamText).
      if (ticker.step()) await ticker.pause();
    }
  }
  ticker.finish();
}
