// What the briefing formats (Markdown, HTML, Word) say about a sheet and each quote, so the three
// read the same: the summary lines under the title, each quote's facts with their labels, and
// the claims made from it with their verdicts and evidence.
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claim-rules';
import type { ClaimStatus } from '../../shared/domain/claims';
import { EVIDENCE_STANCE_LABELS } from '../../shared/domain/labels';
import type { ReliabilityGrade } from '../../shared/domain/schema';
import { ADMIRALTY_CREDIBILITY, ADMIRALTY_RELIABILITY } from '../../shared/domain/reliability';
import type { CredibilityLevel } from '../../shared/domain/reliability';
import { COLUMN_LABELS, cellText } from '../../shared/export/cells';
import type { QuoteSheetColumn } from '../../shared/export/cells';
import { plural } from '../../shared/text/plural';
import type {
  QuoteSheetCore,
  QuoteSheetGroup,
  QuoteSheetRow,
  SheetEvidenceTarget,
} from '../../shared/export/quote-sheet';

/** How a fact is marked where the format has colour. */
export type FactMark =
  | { kind: 'grade'; grade: ReliabilityGrade }
  | { kind: 'credibility'; level: number }
  | { kind: 'status'; status: ClaimStatus };

/** A labelled value, as a briefing lists it. */
export interface Labelled {
  label: string;
  value: string;
  mark: FactMark | null;
}

export interface Fact extends Labelled {
  column: QuoteSheetColumn;
}

// Shown as the quote itself, around it, or under it (each claim in full), not in the list of facts.
const NOT_FACTS = new Set<QuoteSheetColumn>(['quote', 'context', 'note', 'claims', 'claimStatus']);

// The article's facts a sheet grouped by article shows once, at the article's heading (the title
// is the heading), instead of under each of its quotes.
const BYLINE_PARTS: readonly QuoteSheetColumn[] = ['outlet', 'authors', 'date'];
const AT_ARTICLE_HEADING = new Set<QuoteSheetColumn>(['article', ...BYLINE_PARTS, 'url']);

/**
 * The facts of a row in the sheet's column order, without empty ones. Grades and credibility
 * carry their Admiralty meaning: "C (Fairly reliable)", "4 (Doubtful)". Grouped by article, the
 * article's title, outlet, authors, date and URL are left to its heading (articleHeading); the
 * claims and their statuses are left to rowClaims.
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
      value = credibilityText(row.credibility);
      mark = { kind: 'credibility', level: row.credibility };
    }
    if (value !== '') facts.push({ column, label: COLUMN_LABELS[column], value, mark });
  }
  return facts;
}

/** "4 (Doubtful)": an Admiralty credibility with its meaning (the number alone if unknown). */
function credibilityText(level: number): string {
  const meaning = ADMIRALTY_CREDIBILITY[level as CredibilityLevel];
  return meaning ? `${level} (${meaning})` : String(level);
}

/** One piece of a claim's evidence, in words. */
export interface BriefingEvidence {
  /** "Supports" or "Refutes" (the claim). */
  stance: string;
  /**
   * What it is: a span's text in quotation marks with its article's title ("“…” (Title)"), or a
   * reference's title with its URL as text ("Title (https://…)"), never a link.
   */
  what: string;
  /** The analyst's note, trimmed; '' for none (or when notes are not included). */
  note: string;
}

/** A claim made from a quote, as a briefing shows it under the quote. */
export interface BriefingClaim {
  statement: string;
  /** Its verdict (status) and, when graded, its credibility, marked as facts are. */
  facts: Labelled[];
  /** Oldest first; empty when the claim has none. */
  evidence: BriefingEvidence[];
}

function evidenceWhat(target: SheetEvidenceTarget): string {
  if (target.kind === 'span') {
    const title = target.articleTitle.trim();
    return title === '' ? `“${target.text}”` : `“${target.text}” (${title})`;
  }
  const title = target.title.trim();
  const url = target.url.trim();
  return url === '' || title === '' ? title || url : `${title} (${url})`;
}

/**
 * Whether a briefing shows the claims under each quote: when the analyst chose the Claims or the
 * Claim status column. A briefing shows either as the claims in full (statement, verdict,
 * credibility, evidence), since a status without its claim tells a reader little.
 */
export const showsClaims = (sheet: QuoteSheetCore): boolean =>
  sheet.columns.includes('claims') || sheet.columns.includes('claimStatus');

/** The claims made from a row's quote, oldest first; none when the sheet does not show them. */
export function rowClaims(sheet: QuoteSheetCore, row: QuoteSheetRow): BriefingClaim[] {
  if (!showsClaims(sheet)) return [];
  return row.claims.map((claim) => {
    const facts: Labelled[] = [
      {
        label: 'Verdict',
        value: CLAIM_STATUS_LABELS[claim.status],
        mark: { kind: 'status', status: claim.status },
      },
    ];
    if (claim.credibility !== null) {
      facts.push({
        label: 'Credibility',
        value: credibilityText(claim.credibility),
        mark: { kind: 'credibility', level: claim.credibility },
      });
    }
    return {
      statement: claim.statement,
      facts,
      evidence: claim.evidence.map((e) => ({
        stance: EVIDENCE_STANCE_LABELS[e.stance],
        what: evidenceWhat(e.target),
        note: e.note.trim(),
      })),
    };
  });
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
