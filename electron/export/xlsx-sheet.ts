// One worksheet of the XLSX export as SpreadsheetML text, streamed into its zip part: a frozen,
// filtered header row, column widths, and rows of inline strings, numbers and rich text.
import { FORMULA_TRIGGERS } from '../../shared/export/cells';
import type { ZipPart } from './zip';
import { XlsxStyles } from './xlsx-styles';

// Bytes handed to the compressor at a time: each row is encoded into a buffer this size as soon
// as it is built (see Utf8Slabs in csv.ts for why), and a full buffer is compressed as a chunk.
const CHUNK_BYTES = 1 << 20;
// Queued, not yet compressed bytes that make the writer wait for the compressor.
const MAX_BACKLOG = 16 << 20;

const XML_ESCAPES = /[&<>]|_x[0-9A-Fa-f]{4}_/;
const XML_ESCAPES_ALL = /[&<>]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', _: '_x005F_' };

/**
 * Cell text as element content: markup characters escaped, and the underscore of anything that
 * looks like Excel's `_xHHHH_` character escape written as `_x005F_`, so Excel shows it as typed.
 * The text must already be XML-safe (see text.ts).
 */
export function xmlText(text: string): string {
  return XML_ESCAPES.test(text) ? text.replace(XML_ESCAPES_ALL, (ch) => ESCAPED[ch]!) : text;
}

/**
 * For each ASCII code, whether text starting with it gets the quote prefix: the formula triggers,
 * whose text a spreadsheet would turn into a formula when the cell is edited and entered again,
 * and the apostrophe, which it would take for the prefix itself and drop.
 */
const QUOTED_START = new Uint8Array(128);
for (const ch of [...FORMULA_TRIGGERS, "'"]) QUOTED_START[ch.charCodeAt(0)] = 1;

/** Whether a text cell must carry the quote prefix to stay as it is when edited. */
export const needsQuotePrefix = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return first < 128 && QUOTED_START[first] === 1;
};

/** Whether text needs xml:space="preserve" to keep what it starts or ends with. */
const edgeSpace = (text: string): boolean =>
  text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20;

/**
 * The constant markup between a cell's address and its content, per style id. Building a cell
 * from few, long pieces matters: each piece is a node of the text's rope, and flattening the
 * rope before encoding costs more than writing the pieces.
 */
interface StyleMarkup {
  empty: string;
  number: string;
  text: string;
  spacedText: string;
  rich: string;
}

const styleMarkup = (style: number): StyleMarkup => ({
  empty: `" s="${style}"/>`,
  number: `" s="${style}"><v>`,
  text: `" s="${style}" t="inlineStr"><is><t>`,
  spacedText: `" s="${style}" t="inlineStr"><is><t xml:space="preserve">`,
  rich: `" s="${style}" t="inlineStr"><is>`,
});

/** A1-style column letters: 0 is A, 25 is Z, 26 is AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** The range of a sheet's header and data rows, e.g. A1:Q100001: its dimension and filter. */
export const sheetRange = (columns: number, dataRows: number): string =>
  `A1:${columnName(Math.max(columns, 1) - 1)}${dataRows + 1}`;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHEET_OPEN =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" ' +
  'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>';
const SHEET_CLOSE =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '</worksheet>';

/**
 * Writes one worksheet: construct it (header row included), then for each row call `row`, one
 * cell method per column in order, and `endRow()` (awaiting `drained()` when it returns true);
 * finally `end()`. Cells are addressed
 * (`r="B7"`) because some readers, exceljs among them, place a cell by its address only.
 *
 * Text is written exactly as given: a string cell is never a formula, so it needs no apostrophe.
 * Text that would become a formula if a user edited the cell gets the quoted twin of its style.
 */
export class SheetWriter {
  /** The columns' letters, each with the opening of its address. */
  private readonly refs: string[];
  /** The range of the header and the data rows, e.g. A1:Q100001. */
  readonly range: string;
  private xml: string;
  private chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  private used = 0;
  private rowNumber = 1;
  private rowRef = '1';
  private column = 0;
  private readonly markup: StyleMarkup[] = [];

  constructor(
    private readonly part: ZipPart,
    private readonly styles: XlsxStyles,
    header: readonly string[],
    widths: readonly number[],
    dataRows: number,
  ) {
    this.refs = header.map((_, i) => `<c r="${columnName(i)}`);
    this.range = sheetRange(header.length, dataRows);
    const cols = widths
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
      .join('');
    this.xml =
      `${XML_HEAD}${SHEET_OPEN}<dimension ref="${this.range}"/>${FROZEN_HEADER}` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">`;
    for (const label of header) {
      // The labels are ours; a body style's quoted twin would lose the header's look.
      if (needsQuotePrefix(label)) throw new Error(`header label ${label} looks like a formula`);
      this.text(label, XlsxStyles.HEADER);
    }
    this.xml += '</row>';
  }

  /** Starts the next row. */
  row(): void {
    this.rowRef = String(++this.rowNumber);
    this.column = 0;
    this.xml += `<row r="${this.rowRef}">`;
  }

  private styled(style: number): StyleMarkup {
    return (this.markup[style] ??= styleMarkup(style));
  }

  /** An empty cell that still shows its style (a fill, the wrapping of text typed into it). */
  empty(style: number): void {
    this.xml += this.refs[this.column++]! + this.rowRef + this.styled(style).empty;
  }

  /**
   * A string cell; an empty string gives an empty cell. Never a formula, whatever the text; text
   * that starts like one gets the quote prefix, so it stays text when edited.
   */
  text(text: string, style: number): void {
    if (text === '') return this.empty(style);
    const m = this.styled(needsQuotePrefix(text) ? this.styles.quoted(style) : style);
    this.xml +=
      this.refs[this.column++]! +
      this.rowRef +
      (edgeSpace(text) ? m.spacedText : m.text) +
      xmlText(text) +
      '</t></is></c>';
  }

  /** A number cell; null gives an empty cell. */
  number(value: number | null, style: number): void {
    if (value === null || !Number.isFinite(value)) return this.empty(style);
    this.xml +=
      this.refs[this.column++]! + this.rowRef + this.styled(style).number + value + '</v></c>';
  }

  /**
   * A rich-text cell: runs of text, each plain or bold italic; empty runs are left out. Quoted as
   * `text` is when the first run starts like a formula.
   */
  richText(runs: readonly (readonly [text: string, emphasis: boolean])[], style: number): void {
    let body = '';
    for (const [text, emphasis] of runs) {
      if (text === '') continue;
      if (body === '' && needsQuotePrefix(text)) style = this.styles.quoted(style);
      body += emphasis
        ? '<r><rPr><b/><i/></rPr><t xml:space="preserve">'
        : '<r><t xml:space="preserve">';
      body += xmlText(text) + '</t></r>';
    }
    if (body === '') return this.empty(style);
    this.xml +=
      this.refs[this.column++]! + this.rowRef + this.styled(style).rich + body + '</is></c>';
  }

  /**
   * Ends the row and encodes it; a full chunk goes to the compressor. True when the compressor
   * lags far behind: the caller should then `await drained()`, to keep memory bounded. (Not async
   * itself: a promise per row would cost more than the rows' text.)
   */
  endRow(): boolean {
    const lagging = this.encode(this.xml + '</row>');
    this.xml = '';
    return lagging;
  }

  /** Resolves once the compressor has caught up. */
  drained(): Promise<void> {
    return this.part.drained();
  }

  /** Closes the sheet: the autofilter over the header and every data row. */
  end(): void {
    this.encode(`${this.xml}</sheetData><autoFilter ref="${this.range}"/>${SHEET_CLOSE}`);
    this.xml = '';
    this.handOn();
  }

  /** Encodes text into the current chunk; true when the compressor's backlog is too long. */
  private encode(text: string): boolean {
    // Three bytes per UTF-16 unit is the most UTF-8 can need.
    if (CHUNK_BYTES - this.used >= text.length * 3) {
      this.used += this.chunk.write(text, this.used);
      return false;
    }
    this.handOn();
    if (text.length * 3 > CHUNK_BYTES) this.part.write(Buffer.from(text, 'utf8'));
    else this.used = this.chunk.write(text);
    return this.part.backlog > MAX_BACKLOG;
  }

  /** Gives the encoded bytes to the compressor, which keeps them: the next chunk is a new one. */
  private handOn(): void {
    if (this.used === 0) return;
    this.part.write(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
    this.used = 0;
  }
}
