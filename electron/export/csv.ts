// CSV export of a quote sheet: RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark so
// Excel reads the accents right, every field quoted, and every cell guarded against formulas.
import { cellText } from '../../shared/export/cells';
import type { QuoteSheet } from '../../shared/export/quote-sheet';
import { ExportTicker } from './progress';
import type { ExportRunOptions } from './progress';
import { guardCell, tableHeader, tableRowCount } from './table';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const QUOTES = /"/g;
// Bytes per buffer the records are encoded into; a record that does not fit starts a new one.
const SLAB_BYTES = 1 << 22;

/**
 * UTF-8 bytes gathered a record at a time. Encoding each record as soon as it is built is
 * faster than encoding megabytes of text at once: the record's few pieces are still in the
 * cache, where flattening a long concatenation first would chase pointers all over the heap.
 */
export class Utf8Slabs {
  private readonly full: Buffer[] = [];
  private slab: Buffer;
  private used = 0;

  constructor(private readonly slabBytes = SLAB_BYTES) {
    this.slab = Buffer.allocUnsafeSlow(slabBytes);
  }

  write(text: string): void {
    // Three bytes per UTF-16 unit is the most UTF-8 can need (a surrogate pair takes 4 for 2).
    if (this.slab.length - this.used < text.length * 3) {
      this.full.push(this.slab.subarray(0, this.used));
      this.slab = Buffer.allocUnsafeSlow(Math.max(this.slabBytes, text.length * 3));
      this.used = 0;
    }
    this.used += this.slab.write(text, this.used);
  }

  bytes(): Buffer {
    return Buffer.concat([...this.full, this.slab.subarray(0, this.used)]);
  }
}

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
  const last = columns.length - 1;
  const out = new Utf8Slabs();
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
      if (ticker.step()) await ticker.pause();
    }
  }
  ticker.finish();
  return out.bytes();
}
