// What the briefing formats (Markdown, HTML, Word) say about a sheet and each quote, so the three
// read the same: the summary lines under the title, and each quote's facts with their labels.
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claim-rules';
import type { ClaimStatus } from '../../shared/domain/claims';
import type { ReliabilityGrade } from '../../shared/domain/schema';
import { ADMIRALTY_CREDIBILITY, ADMIRALTY_RELIABILITY } from '../../shared/domain/reliability';
import type { CredibilityLevel } from '../../shared/domain/reliability';
import { COLUMN_LABELS, cellText } from '../../shared/export/cells';
import type { QuoteSheetColumn } from '../../shared/export/cells';
import type {
  QuoteSheetCore,
  QuoteSheetGroup,
  QuoteSheetRow,
} from '../../shared/export/quote-sheet';
import { mostSerious } from './palette';

/** How a fact is marked where the format has colour. */
export type FactMark =
  | { kind: 'grade'; grade: ReliabilityGrade }
  | { kind: 'credibility'; level: number }
  | { kind: 'status'; status: ClaimStatus };

export interface Fact {
  column: QuoteSheetColumn;
  label: string;
  value: string;
  mark: FactMark | null;
}

// Shown as the quote itself, around it, or under it, not in the list of facts.
const NOT_FACTS = new Set<QuoteSheetColumn>(['quote', 'context', 'note']);

// The article's facts a sheet grouped by article shows once, at the article's heading (the title
// is the heading), instead of under each of its quotes.
const BYLINE_PARTS: readonly QuoteSheetColumn[] = ['outlet', 'authors', 'date'];
const AT_ARTICLE_HEADING = new Set<QuoteSheetColumn>(['article', ...BYLINE_PARTS, 'url']);

/**
 * The facts of a row in the sheet's column order, without empty ones. Grades and credibility
 * carry their Admiralty meaning: "C (Fairly reliable)", "4 (Doubtful)". Grouped by article, the
 * article's title, outlet, authors, date and URL are left to its heading (articleHeading).
 */
export function rowFacts(sheet: QuoteSheetCore, row: QuoteSheetRow): Fact[] {
  const facts: Fact[] = [];
  const byArticle = sheet.options.groupBy === 'article';
  for (const column of sheet.columns) {
    if (NOT_FACTS.has(column) || (byArticle && AT_ARTICLE_HEADING.has(column))) continue;
    let value = cellText(row, column);
    let mark: FactMark | null = null;
    if (column === 'grade' && row.grade) {
      value = `${row.grade} (${ADMIRALTY_RELIABILITY[row.grade]})`;
      mark = { kind: 'grade', grade: row.grade };
    } else if (column === 'credibility' && row.credibility !== null) {
      const meaning = ADMIRALTY_CREDIBILITY[row.credibility as CredibilityLevel];
      value = meaning ? `${row.credibility} (${meaning})` : value;
      mark = { kind: 'credibility', level: row.credibility };
    } else if (column === 'claimStatus') {
      const worst = mostSerious(row.claims.map((c) => c.status));
      mark = worst && { kind: 'status', status: worst };
    }
    if (value !== '') facts.push({ column, label: COLUMN_LABELS[column], value, mark });
  }
  return facts;
}

/** What a briefing says under an article's heading; '' for a line with nothing to say. */
export interface ArticleHeading {
  /** "Reuters · Jane Doe; John Roe · 2025-03-18" */
  byline: string;
  /** The URL as text: shown, never made a link (it is whatever the article or analyst gave). */
  url: string;
}

/**
 * The byline and URL under an article's heading when the sheet is grouped by article: the parts
 * whose columns are chosen and that are known, so an unknown outlet leaves no empty "·". Null
 * for other groupings, or when there is nothing to say.
 */
export function articleHeading(
  sheet: QuoteSheetCore,
  group: QuoteSheetGroup,
): ArticleHeading | null {
  const row = group.rows[0];
  if (sheet.options.groupBy !== 'article' || !row) return null;
  const shown = (column: QuoteSheetColumn) =>
    sheet.columns.includes(column) ? cellText(row, column).trim() : '';
  const byline = BYLINE_PARTS.map(shown)
    .filter((part) => part !== '')
    .join(' · ');
  const url = shown('url');
  return byline === '' && url === '' ? null : { byline, url };
}

/** Whether the briefing shows each quote inside its sentence, and the analyst's note. */
export const showsContext = (sheet: QuoteSheetCore): boolean =>
  sheet.options.includeContext && sheet.columns.includes('context');
export const showsNote = (sheet: QuoteSheetCore): boolean =>
  sheet.options.includeNotes && sheet.columns.includes('note');

const GROUPING: Record<QuoteSheetCore['options']['groupBy'], string> = {
  source: 'grouped by speaker',
  article: 'grouped by article',
  tag: 'grouped by tag',
  none: 'not grouped',
};

/** "2026-02-03T04:05:06.000Z" → "2026-02-03 04:05 UTC"; anything else unchanged. */
export function displayTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 quotes · grouped by speaker · exported 2026-02-03 04:05 UTC" */
export function summaryLine(sheet: QuoteSheetCore): string {
  return [
    plural(sheet.quoteCount, 'quote'),
    GROUPING[sheet.options.groupBy],
    `exported ${displayTime(sheet.generatedAt)}`,
  ].join(' · ');
}

/** The filters applied, in words ("Filtered: grades C, D · statuses Disputed"); null for none. */
export function filterLine(sheet: QuoteSheetCore): string | null {
  const o = sheet.options;
  const list = <T>(values: readonly (T | null)[], show: (v: T) => string) =>
    values.map((v) => (v === null ? 'none' : show(v))).join(', ');
  const parts = [
    o.documentIds.length > 0 && plural(o.documentIds.length, 'article'),
    o.sourceIds.length > 0 && plural(o.sourceIds.length, 'source'),
    o.tagIds.length > 0 && plural(o.tagIds.length, 'tag'),
    o.grades.length > 0 && `grades ${list(o.grades, String)}`,
    o.credibility.length > 0 && `credibility ${list(o.credibility, String)}`,
    o.claimStatuses.length > 0 &&
      `statuses ${list(o.claimStatuses, (s: ClaimStatus) => CLAIM_STATUS_LABELS[s])}`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length === 0 ? null : `Filtered: ${parts.join(' · ')}`;
}
