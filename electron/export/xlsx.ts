// XLSX export of a quote sheet with exceljs: sheets Quotes, Sources and Claims, each with a bold
// frozen header, an autofilter, wrapped long text and fills on grades and statuses. Every text
// cell is a string guarded against formulas; no cell is ever written as a formula.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claim-rules';
import { ADMIRALTY_RELIABILITY } from '../../shared/domain/reliability';
import { neutraliseCell } from '../../shared/export/cells';
import type { QuoteSheetColumn } from '../../shared/export/cells';
import { splitContext } from '../../shared/export/context';
import type { QuoteSheet, QuoteSheetRow } from '../../shared/export/quote-sheet';
import { GRADE_COLORS, STATUS_COLORS, credibilityColor, mostSerious } from './palette';
import { ExportTicker } from './progress';
import type { ExportRunOptions } from './progress';
import { tableHeader, tableRowCount, tableRows } from './table';
import { xmlSafe } from './text';

type Value = string | number | null | ExcelJS.CellRichTextValue;
interface ColumnSpec {
  width: number;
  wrap?: boolean;
}

const lineFeeds = (text: string): string =>
  text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;

/**
 * A text cell as the file must hold it: guarded against formulas, with XML-safe characters and
 * line feeds for line breaks (XML readers turn a carriage return into a line feed anyway, and a
 * line feed is what Excel writes for Alt+Enter).
 */
export const xlsxText = (value: string): string => lineFeeds(xmlSafe(neutraliseCell(value)));

const COLUMN_SPECS: Record<QuoteSheetColumn, ColumnSpec> = {
  quote: { width: 50, wrap: true },
  speaker: { width: 24, wrap: true },
  grade: { width: 9 },
  speakerRole: { width: 24, wrap: true },
  kind: { width: 14 },
  cue: { width: 18, wrap: true },
  attributions: { width: 30, wrap: true },
  credibility: { width: 11 },
  claimStatus: { width: 16, wrap: true },
  claims: { width: 40, wrap: true },
  tags: { width: 24, wrap: true },
  article: { width: 36, wrap: true },
  outlet: { width: 16, wrap: true },
  date: { width: 12 },
  paragraph: { width: 10 },
  context: { width: 70, wrap: true },
  note: { width: 40, wrap: true },
  medium: { width: 14, wrap: true },
  saidAt: { width: 14 },
  quoteId: { width: 38 },
};

const QUOTE_FONT: Partial<ExcelJS.Font> = { bold: true, italic: true };

const fill = (rgb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${rgb}` },
});

/**
 * Style objects shared by every cell with the same look. exceljs caches a style's id by object
 * identity, so sharing them (instead of its per-cell copies) makes a large sheet several times
 * faster to write. They must never be mutated.
 */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  get(wrap: boolean, rgb: string | null): Partial<ExcelJS.Style> {
    const key = `${wrap}|${rgb ?? ''}`;
    let style = this.styles.get(key);
    if (!style) {
      style = { alignment: { vertical: 'top', wrapText: wrap } };
      if (rgb) style.fill = fill(rgb);
      this.styles.set(key, style);
    }
    return style;
  }
}

// exceljs 4.4 keys its shared strings by String(value), so every rich text would land on the
// first one's entry: each gets a toString of its own. It starts with NUL, which xmlSafe has
// removed from every plain string, so it can never equal one.
let richTextKeys = 0;

/** The context with the quote in bold italic; the guard's apostrophe, if any, leads the text. */
function contextValue(row: QuoteSheetRow): Value {
  if (!row.context) return '';
  const parts = splitContext(row.context).map((p) => lineFeeds(xmlSafe(p)));
  const [before, quote, after] = parts as [string, string, string];
  const guarded = neutraliseCell(before + quote + after) !== before + quote + after;
  const richText = [
    { text: (guarded ? "'" : '') + before },
    { text: quote, font: QUOTE_FONT },
    { text: after },
  ].filter((run) => run.text !== '');
  const key = `\0${++richTextKeys}`;
  return { richText, toString: () => key } as ExcelJS.CellRichTextValue;
}

/** Cell values of a quote row: integers stay numbers (so they sort as numbers), text is guarded. */
function quoteValue(row: QuoteSheetRow, column: QuoteSheetColumn, text: string): Value {
  if (column === 'paragraph') return row.paragraph;
  if (column === 'credibility') return row.credibility;
  if (column === 'context') return contextValue(row);
  return xlsxText(text);
}

function quoteFill(row: QuoteSheetRow, column: QuoteSheetColumn): string | null {
  if (column === 'grade') return row.grade === null ? null : GRADE_COLORS[row.grade];
  if (column === 'credibility') return credibilityColor(row.credibility);
  if (column !== 'claimStatus') return null;
  const worst = mostSerious(row.claims.map((c) => c.status));
  return worst && STATUS_COLORS[worst];
}

/** A sheet being written: its column specs, for the style of each cell. */
interface SheetWriter {
  ws: ExcelJS.Worksheet;
  specs: readonly ColumnSpec[];
  styles: StyleCache;
}

/** Adds a sheet with a styled, frozen, filtered header row; the rows are added by the caller. */
function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  header: readonly string[],
  specs: readonly ColumnSpec[],
  rowCount: number,
  styles: StyleCache,
): SheetWriter {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = specs.map((spec) => ({ width: spec.width }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowCount + 1, column: header.length } };
  const head = ws.addRow(header.map(xlsxText));
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = fill('44546A');
  head.alignment = { vertical: 'middle', wrapText: true };
  head.commit();
  return { ws, specs, styles };
}

/** Writes one row; fills[i] colours cell i (null: no fill). */
function addRow(
  sheet: SheetWriter,
  values: readonly Value[],
  fills: readonly (string | null)[] = [],
) {
  const row = sheet.ws.addRow([...values]);
  sheet.specs.forEach((spec, i) => {
    row.getCell(i + 1).style = sheet.styles.get(spec.wrap ?? false, fills[i] ?? null);
  });
  row.commit();
}

/** Column specs from widths, wrapping the columns at the given indexes. */
const specsOf = (widths: readonly number[], wrapped: readonly number[]): ColumnSpec[] =>
  widths.map((width, i) => ({ width, wrap: wrapped.includes(i) }));

const SOURCE_HEADER = [
  'Name',
  'Kind',
  'Role',
  'Affiliation',
  'Aliases',
  'Grade',
  'Grade meaning',
  'Assessed on',
  'Rationale',
  'Quotes in sheet',
];
const CLAIM_HEADER = [
  'Statement',
  'Status',
  'Credibility',
  'Claimants',
  'Tags',
  'Article',
  'Quote',
  'Supporting evidence',
  'Refuting evidence',
  'Status changed',
];

/**
 * The sheet as XLSX bytes. Rejects with an AbortError when `signal` is aborted; progress counts
 * the rows of all three sheets.
 */
export async function writeXlsx(
  sheet: QuoteSheet,
  options: ExportRunOptions = {},
): Promise<Uint8Array> {
  const quoteRows = tableRowCount(sheet);
  const ticker = new ExportTicker(quoteRows + sheet.sources.length + sheet.claims.length, options);
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: true,
  });
  const at = new Date(sheet.generatedAt);
  Object.assign(wb, {
    creator: 'Attribution Workbench',
    title: xmlSafe(sheet.title),
    created: at,
    modified: at,
  });
  const styles = new StyleCache();

  const grouped = sheet.options.groupBy !== 'none';
  const specs = sheet.columns.map((c) => COLUMN_SPECS[c]);
  const quotes = addSheet(
    wb,
    'Quotes',
    tableHeader(sheet),
    grouped ? [{ width: 26, wrap: true }, ...specs] : specs,
    quoteRows,
    styles,
  );
  for (const { group, row, cells } of tableRows(sheet)) {
    const texts = grouped ? cells.slice(1) : cells;
    const values = sheet.columns.map((c, i) => quoteValue(row, c, texts[i]!));
    const fills = sheet.columns.map((c) => quoteFill(row, c));
    if (group === null) addRow(quotes, values, fills);
    else addRow(quotes, [xlsxText(group), ...values], [null, ...fills]);
    if (ticker.step()) await ticker.pause();
  }
  quotes.ws.commit();

  const sourceSpecs = specsOf([28, 14, 24, 24, 28, 8, 22, 12, 40, 10], [0, 2, 3, 4, 6, 8]);
  const sources = addSheet(wb, 'Sources', SOURCE_HEADER, sourceSpecs, sheet.sources.length, styles);
  for (const s of sheet.sources) {
    const texts = [s.name, s.kind, s.role, s.affiliation, s.aliases.join('; '), s.grade ?? ''];
    const meaning = s.grade ? ADMIRALTY_RELIABILITY[s.grade] : '';
    const values = [...texts, meaning, s.assessedOn ?? '', s.rationale].map(xlsxText);
    const gradeFill = s.grade ? GRADE_COLORS[s.grade] : null;
    addRow(sources, [...values, s.quoteCount], [null, null, null, null, null, gradeFill]);
    if (ticker.step()) await ticker.pause();
  }
  sources.ws.commit();

  const claimSpecs = specsOf([50, 14, 11, 28, 24, 36, 50, 11, 11, 22], [0, 3, 4, 5, 6]);
  const claims = addSheet(wb, 'Claims', CLAIM_HEADER, claimSpecs, sheet.claims.length, styles);
  for (const c of sheet.claims) {
    const texts = [c.claimants.join('; '), c.tags.join('; '), c.article, c.quote].map(xlsxText);
    addRow(
      claims,
      [
        xlsxText(c.statement),
        xlsxText(CLAIM_STATUS_LABELS[c.status]),
        c.credibility,
        ...texts,
        c.supporting,
        c.refuting,
        xlsxText(c.statusChangedAt ?? ''),
      ],
      [null, STATUS_COLORS[c.status], credibilityColor(c.credibility)],
    );
    if (ticker.step()) await ticker.pause();
  }
  claims.ws.commit();

  await wb.commit();
  await ended;
  ticker.finish();
  return Buffer.concat(chunks);
}
