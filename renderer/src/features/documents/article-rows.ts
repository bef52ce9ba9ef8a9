// Articles as rows of the library's table: metadata flattened for display and sorting, the text
// filter over them (ignoring case and accents), and grouping by outlet.
import type { DocumentFormat } from '../../../../shared/domain/schema';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { formatDate } from '../../../../shared/text/dates';

export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  text: 'Text',
  html: 'Web page',
  mhtml: 'Web archive',
  pdf: 'PDF',
  docx: 'Word',
  markdown: 'Markdown',
  paste: 'Pasted',
};

export interface ArticleRow {
  id: string;
  title: string;
  // Empty values are undefined, so sorting puts them last whichever way the column sorts.
  outlet: string | undefined;
  /** Authors joined "A, B". */
  authors: string | undefined;
  /** YYYY-MM-DD. */
  publishedAt: string | undefined;
  language: string | undefined;
  format: string;
  quotes: number;
  claims: number;
  /** The date part (YYYY-MM-DD) of when the article was imported. */
  importedAt: string;
  /** Folded title, outlet, authors, URL and file name: what the text filter searches. */
  haystack: string;
}

/** Lowercase, without accents, punctuation as single spaces: "Le Monde.fr" → "le monde fr". */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const orUndefined = (value: string) => value || undefined;

export function toArticleRow(doc: DocumentSummary): ArticleRow {
  const authors = doc.authors.join(', ');
  return {
    id: doc.id,
    title: doc.title,
    outlet: orUndefined(doc.outlet),
    authors: orUndefined(authors),
    publishedAt: orUndefined(doc.publishedAt),
    language: orUndefined(doc.language),
    format: FORMAT_LABELS[doc.format],
    quotes: doc.quoteCount,
    claims: doc.claimCount,
    importedAt: formatDate(doc.importedAt),
    haystack: [doc.title, doc.outlet, authors, doc.url, doc.fileName].map(foldText).join(' | '),
  };
}

/** Rows whose title, outlet, authors, URL or file name contain every typed word. */
export function filterArticleRows(rows: readonly ArticleRow[], query: string): ArticleRow[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => words.every((w) => row.haystack.includes(w)));
}

/** The distinct outlets of the articles, in name order, for the outlet filter. */
export function outletsOf(docs: readonly Pick<DocumentSummary, 'outlet'>[]): string[] {
  const outlets = new Set(docs.map((d) => d.outlet).filter(Boolean));
  return [...outlets].sort((a, b) => a.localeCompare(b));
}

export interface RowGroup<R> {
  key: string;
  label: string;
  rows: R[];
}

/** Heading of the group of articles that name no outlet. */
export const NO_OUTLET = 'No outlet';

/**
 * Rows grouped by outlet, outlets in name order and articles without one last, keeping the given
 * (sorted) order inside each group.
 */
export function groupByOutlet<R extends { original: Pick<ArticleRow, 'outlet'> }>(
  rows: readonly R[],
): RowGroup<R>[] {
  const byOutlet = new Map<string, R[]>();
  const none: R[] = [];
  for (const row of rows) {
    const outlet = row.original.outlet;
    if (outlet === undefined) {
      none.push(row);
      continue;
    }
    const list = byOutlet.get(outlet);
    if (list) list.push(row);
    else byOutlet.set(outlet, [row]);
  }
  const groups = [...byOutlet.entries()]
    .map(([outlet, list]) => ({ key: `outlet:${outlet}`, label: outlet, rows: list }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (none.length > 0) groups.push({ key: 'none', label: NO_OUTLET, rows: none });
  return groups;
}
