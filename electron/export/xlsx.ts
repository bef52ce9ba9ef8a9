// XLSX export of a quote sheet: sheets Quotes, Sources and Claims, each with a bold frozen header,
// an autofilter, wrapped long text and fills on grades and statuses. Written directly as
// SpreadsheetML with inline strings: a string cell is never a formula, so text is written as typed,
// with the quote prefix on text that starts like a formula (see SheetWriter).
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claim-rules';
import { SOURCE_KIND_LABELS } from '../../shared/domain/labels';
import { ADMIRALTY_RELIABILITY } from '../../shared/domain/reliability';
import { cellText } from '../../shared/export/cells';
import type { QuoteSheetColumn } from '../../shared/export/cells';
import { splitContext } from '../../shared/export/context';
import type { QuoteSheet, QuoteSheetRow } from '../../shared/export/quote-sheet';
import { GRADE_COLORS, STATUS_COLORS, credibilityColor, mostSerious } from './palette';
import { ExportTicker } from './progress';
import type { ExportRunOptions } from './progress';
import { tableHeader, tableRowCount } from './table';
import { xmlSafe } from './text';
import {
  contentTypes,
  coreProperties,
  packageRels,
  sheetPath,
  workbook,
  workbookRels,
} from './xlsx-parts';
import type { SheetEntry } from './xlsx-parts';
import { SheetWriter, sheetRange } from './xlsx-sheet';
import { XlsxStyles } from './xlsx-styles';
import { ZipWriter } from './zip';

interface ColumnSpec {
  width: number;
  wrap?: boolean;
}

/** A worksheet's shape, known before its rows are written. */
interface SheetLayout {
  name: string;
  header: readonly string[];
  specs: readonly ColumnSpec[];
  rows: number;
}

const lineFeeds = (text: string): string =>
  text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;

/**
 * A text cell as the file must hold it: as typed, but with XML-safe characters and line feeds for
 * line breaks (XML readers turn a carriage return into a line feed anyway, and a line feed is what
 * Excel writes for Alt+Enter). No apostrophe: unlike CSV, the cell's type keeps it from being a
 * formula.
 */
export const xlsxText = (value: string): string => lineFeeds(xmlSafe(value));

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
  authors: { width: 24, wrap: true },
  date: { width: 12 },
  // Unwrapped: a URL broken over lines is hard to copy, and it would make every row tall.
  url: { width: 40 },
  language: { width: 10 },
  paragraph: { width: 10 },
  context: { width: 70, wrap: true },
  note: { width: 40, wrap: true },
  medium: { width: 14, wrap: true },
  saidAt: { width: 14 },
  quoteId: { width: 38 },
};

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

/** The context with the quote in bold italic. */
function writeContext(out: SheetWriter, row: QuoteSheetRow, style: number): void {
  if (!row.context) return out.empty(style);
  const [before, quote, after] = splitContext(row.context).map(xlsxText) as [
    string,
    string,
    string,
  ];
  out.richText(
    [
      [before, false],
      [quote, true],
      [after, false],
    ],
    style,
  );
}

/** How each quote column is written, worked out once per export rather than once per cell. */
interface QuoteColumnPlan {
  column: QuoteSheetColumn;
  /** The style of a cell without a fill. */
  style: number;
  wrap: boolean;
}

/** The fill of a quote cell, or null: grades, credibility and the worst claim status. */
function quoteFill(row: QuoteSheetRow, column: QuoteSheetColumn): string | null {
  if (column === 'grade') return row.grade === null ? null : GRADE_COLORS[row.grade];
  if (column === 'credibility') return credibilityColor(row.credibility);
  if (column !== 'claimStatus') return null;
  const worst = mostSerious(row.claims.map((c) => c.status));
  return worst && STATUS_COLORS[worst];
}

const FILLED: ReadonlySet<QuoteSheetColumn> = new Set(['grade', 'credibility', 'claimStatus']);

function writeQuoteCell(
  out: SheetWriter,
  row: QuoteSheetRow,
  plan: QuoteColumnPlan,
  styles: XlsxStyles,
): void {
  const { column } = plan;
  let style = plan.style;
  if (FILLED.has(column)) {
    const rgb = quoteFill(row, column);
    if (rgb !== null) style = styles.id(plan.wrap, rgb);
  }
  // Integers stay numbers, so they sort as numbers; the context is rich text; the rest is text.
  if (column === 'paragraph') out.number(row.paragraph, style);
  else if (column === 'credibility') out.number(row.credibility, style);
  else if (column === 'context') writeContext(out, row, style);
  else out.text(xlsxText(cellText(row, column)), style);
}

/** Column specs from widths, wrapping the columns at the given indexes. */
const specsOf = (widths: readonly number[], wrapped: readonly number[]): ColumnSpec[] =>
  widths.map((width, i) => ({ width, wrap: wrapped.includes(i) }));

const SOURCE_SPECS = specsOf([28, 14, 24, 24, 28, 8, 22, 12, 40, 10], [0, 2, 3, 4, 6, 8]);
const CLAIM_SPECS = specsOf([50, 14, 11, 28, 24, 36, 50, 11, 11, 22], [0, 3, 4, 5, 6]);

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
  const zip = new ZipWriter(sheet.generatedAt);
  const styles = new XlsxStyles();
  const grouped = sheet.options.groupBy !== 'none';
  const specs = sheet.columns.map((c) => COLUMN_SPECS[c]);
  const layouts: SheetLayout[] = [
    {
      name: 'Quotes',
      header: tableHeader(sheet),
      specs: grouped ? [{ width: 26, wrap: true }, ...specs] : specs,
      rows: quoteRows,
    },
    { name: 'Sources', header: SOURCE_HEADER, specs: SOURCE_SPECS, rows: sheet.sources.length },
    { name: 'Claims', header: CLAIM_HEADER, specs: CLAIM_SPECS, rows: sheet.claims.length },
  ];
  const entries: SheetEntry[] = layouts.map((l) => ({
    name: l.name,
    filterRange: sheetRange(l.header.length, l.rows),
  }));
  /** Starts sheet `index`: its writer, and the unfilled style of each of its columns. */
  const open = (index: number) => {
    const { header, specs, rows } = layouts[index]!;
    const out = new SheetWriter(
      zip.open(sheetPath(index)),
      styles,
      header.map(xlsxText),
      specs.map((s) => s.width),
      rows,
    );
    return { out, ids: specs.map((s) => styles.id(s.wrap ?? false, null)) };
  };
  /** Ends a row; yields to the compressor and to the event loop when it is time to. */
  const next = async (out: SheetWriter) => {
    if (out.endRow()) await out.drained();
    if (ticker.step()) await ticker.pause();
  };

  // The fixed parts lead the archive ([Content_Types].xml first, where file-type sniffers look);
  // only the styles wait for the rows, which decide which fills are used.
  zip.add('[Content_Types].xml', contentTypes(entries.length));
  zip.add('_rels/.rels', packageRels());
  zip.add('docProps/core.xml', coreProperties(xmlSafe(sheet.title), sheet.generatedAt));
  zip.add('xl/workbook.xml', workbook(entries));
  zip.add('xl/_rels/workbook.xml.rels', workbookRels(entries.length));
  try {
    const quotes = open(0);
    const plans: QuoteColumnPlan[] = sheet.columns.map((column) => {
      const wrap = COLUMN_SPECS[column].wrap ?? false;
      return { column, wrap, style: styles.id(wrap, null) };
    });
    const groupStyle = quotes.ids[0]!;
    for (const group of sheet.groups) {
      const title = xlsxText(group.title);
      for (const row of group.rows) {
        quotes.out.row();
        if (grouped) quotes.out.text(title, groupStyle);
        for (const plan of plans) writeQuoteCell(quotes.out, row, plan, styles);
        await next(quotes.out);
      }
    }
    quotes.out.end();

    const sources = open(1);
    for (const s of sheet.sources) {
      const texts = [
        s.name,
        SOURCE_KIND_LABELS[s.kind],
        s.role,
        s.affiliation,
        s.aliases.join('; '),
        s.grade ?? '',
      ];
      const meaning = s.grade ? ADMIRALTY_RELIABILITY[s.grade] : '';
      const values = [...texts, meaning, s.assessedOn ?? '', s.rationale];
      sources.out.row();
      values.forEach((v, i) => {
        const rgb = i === 5 && s.grade ? GRADE_COLORS[s.grade] : null;
        sources.out.text(xlsxText(v), rgb ? styles.id(false, rgb) : sources.ids[i]!);
      });
      sources.out.number(s.quoteCount, sources.ids[9]!);
      await next(sources.out);
    }
    sources.out.end();

    const claims = open(2);
    const ids = claims.ids;
    for (const c of sheet.claims) {
      const out = claims.out;
      out.row();
      out.text(xlsxText(c.statement), ids[0]!);
      out.text(xlsxText(CLAIM_STATUS_LABELS[c.status]), styles.id(false, STATUS_COLORS[c.status]));
      const rgb = credibilityColor(c.credibility);
      out.number(c.credibility, rgb ? styles.id(false, rgb) : ids[2]!);
      [c.claimants.join('; '), c.tags.join('; '), c.article, c.quote].forEach((t, i) =>
        out.text(xlsxText(t), ids[3 + i]!),
      );
      out.number(c.supporting, ids[7]!);
      out.number(c.refuting, ids[8]!);
      out.text(xlsxText(c.statusChangedAt ?? ''), ids[9]!);
      await next(out);
    }
    claims.out.end();

    zip.add('xl/styles.xml', styles.xml());
    const bytes = await zip.finish();
    ticker.finish();
    return bytes;
  } catch (error) {
    zip.destroy();
    throw error;
  }
}
