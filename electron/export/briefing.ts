// What the briefing formats (Markdown, HTML, Word) say about a sheet and each quote, so the three
// read the same: the summary lines under the title, and each quote's facts with their labels.
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claim-rules';
import type { ClaimStatus } from '../../shared/domain/claims';
import type { ReliabilityGrade } from '../../shared/domain/schema';
import { ADMIRALTY_CREDIBILITY, ADMIRALTY_RELIABILITY } from '../../shared/domain/reliability';
import type { CredibilityLevel } from '../../shared/domain/reliability';
import { COLUMN_LABELS, cellText } from '../../shared/export/cells';
import type { QuoteSheetColumn } from '../../shared/export/cells';
import type { QuoteSheetCore, QuoteSheetRow } from '../../shared/export/quote-sheet';
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

/**
 * The facts of a row in the sheet's column order, without empty ones. Grades and credibility
 * carry their Admiralty meaning: "C (Fairly reliable)", "4 (Doubtful)".
 */
export function rowFacts(sheet: QuoteSheetCore, row: QuoteSheetRow): Fact[] {
  const facts: Fact[] = [];
  for (const column of sheet.columns) {
    if (NOT_FACTS.has(column)) continue;
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
