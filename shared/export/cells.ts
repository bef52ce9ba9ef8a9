// The quote sheet's columns and how each row becomes cell text, plus the formula-injection guard
// that every spreadsheet format (CSV, XLSX) applies to every cell it writes.
import { CLAIM_STATUS_LABELS } from '../domain/claim-rules';
import { QUOTE_KIND_LABELS } from '../domain/labels';
import type { QuoteSheetRow, SheetAttribution, SheetClaim, SheetTag } from './quote-sheet';

/** Every column a quote sheet can have, in the default order. */
export const QUOTE_SHEET_COLUMNS = [
  'quote',
  'speaker',
  'grade',
  'speakerRole',
  'kind',
  'cue',
  'attributions',
  'credibility',
  'claimStatus',
  'claims',
  'tags',
  'article',
  'outlet',
  'authors',
  'date',
  'url',
  'language',
  'paragraph',
  'context',
  'note',
  'medium',
  'saidAt',
  'quoteId',
] as const;
export type QuoteSheetColumn = (typeof QUOTE_SHEET_COLUMNS)[number];

export const COLUMN_LABELS: Record<QuoteSheetColumn, string> = {
  quote: 'Quote',
  speaker: 'Speaker',
  grade: 'Speaker grade',
  speakerRole: 'Speaker role',
  kind: 'Kind',
  cue: 'Cue',
  attributions: 'Other attributions',
  credibility: 'Credibility',
  claimStatus: 'Claim status',
  claims: 'Claims',
  tags: 'Tags',
  article: 'Article',
  outlet: 'Outlet',
  authors: 'Authors',
  date: 'Date',
  url: 'URL',
  language: 'Language',
  paragraph: 'Paragraph',
  context: 'Context',
  note: 'Note',
  medium: 'Medium',
  saidAt: 'Said at',
  quoteId: 'Quote id',
};

/** Off in a new export: rarely filled, internal, or (language) seldom telling on a desk. */
const NOT_BY_DEFAULT: ReadonlySet<QuoteSheetColumn> = new Set([
  'claims',
  'language',
  'medium',
  'saidAt',
  'quoteId',
]);

/** What a new export shows: every other column, the article's outlet, authors, date and URL too. */
export const DEFAULT_COLUMNS: readonly QuoteSheetColumn[] = QUOTE_SHEET_COLUMNS.filter(
  (c) => !NOT_BY_DEFAULT.has(c),
);

/** Joins list cells; a semicolon reads naturally and survives every format. */
export const LIST_SEPARATOR = '; ';

const attributionText = (a: SheetAttribution) => `${a.name} (${a.role}, ${a.confidence})`;
const statusLabel = (c: SheetClaim) => CLAIM_STATUS_LABELS[c.status];
const statement = (c: SheetClaim) => c.statement;
const tagName = (t: SheetTag) => t.name;
const itself = (s: string) => s;

/**
 * The items' texts joined by `separator`. A loop rather than map and join: most rows hold none or
 * one, and a 100,000-row export calls this for every row and list column, so the arrays map
 * would make were most of cellText's cost.
 */
function joined<T>(items: readonly T[], text: (item: T) => string, separator: string): string {
  if (items.length === 0) return '';
  let out = text(items[0]!);
  for (let i = 1; i < items.length; i++) out += separator + text(items[i]!);
  return out;
}

/** The plain text of one cell, as every format shows it ('' for nothing). Not neutralised. */
export function cellText(row: QuoteSheetRow, column: QuoteSheetColumn): string {
  switch (column) {
    case 'quote':
      return row.text;
    case 'speaker':
      return row.speaker?.name ?? '';
    case 'grade':
      return row.grade ?? '';
    case 'speakerRole':
      return row.speakerRole;
    case 'kind':
      return QUOTE_KIND_LABELS[row.kind];
    case 'cue':
      return row.cue;
    case 'attributions':
      return joined(row.otherAttributions, attributionText, LIST_SEPARATOR);
    case 'credibility':
      return row.credibility === null ? '' : String(row.credibility);
    case 'claimStatus':
      return joined(row.claims, statusLabel, LIST_SEPARATOR);
    case 'claims':
      return joined(row.claims, statement, '\n');
    case 'tags':
      return joined(row.tags, tagName, LIST_SEPARATOR);
    case 'article':
      return row.article.title;
    case 'outlet':
      return row.article.outlet;
    case 'authors':
      return joined(row.article.authors, itself, LIST_SEPARATOR);
    case 'date':
      return row.article.publishedAt;
    case 'url':
      // As the article gave it, a link or not: it is text here, never followed.
      return row.article.url;
    case 'language':
      return row.article.language;
    case 'paragraph':
      return row.paragraph === null ? '' : String(row.paragraph);
    case 'context':
      return row.context?.text ?? '';
    case 'note':
      return row.note;
    case 'medium':
      return row.medium;
    case 'saidAt':
      return row.saidAt;
    case 'quoteId':
      return row.quoteId;
    default: {
      const unreachable: never = column;
      throw new Error(`unknown column ${String(unreachable)}`);
    }
  }
}

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV
 * Injection, ASVS 5.0 V1.2.10): = + - @, tab, carriage return, line feed, and NUL.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'];

// Apostrophes then a trigger: the guarded shape. Guarding a value that already has it adds one
// more apostrophe, so the guard is reversible and "'=x" cannot be confused with a guarded "=x".
const GUARDED = /^'*[=+\-@\t\r\n\0]/;
const RESTORABLE = /^'+[=+\-@\t\r\n\0]/;

/**
 * The cell as a spreadsheet must receive it: with a leading apostrophe when it starts with a
 * formula trigger (or with apostrophes followed by one), so it is always read as literal text.
 * Every other value is returned unchanged.
 */
export function neutraliseCell(value: string): string {
  // Most cells start with a letter: one comparison instead of a regular expression.
  const first = value.charAt(0);
  if (first !== "'" && !FORMULA_TRIGGERS.includes(first)) return value;
  return GUARDED.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseCell: restoreCell(neutraliseCell(s)) === s for every string s. */
export function restoreCell(value: string): string {
  return RESTORABLE.test(value) ? value.slice(1) : value;
}
