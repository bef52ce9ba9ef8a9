// Rows of the sources table, flattened from the service's rows, and the text filter over them
// (name, aliases, role and affiliation, ignoring case and accents).
import type { ReliabilityGrade, SourceKind } from '../../../../shared/domain/schema';
import type { SourceTableRow } from '../../../../shared/ipc/contract';
import { foldName } from '../quotes/speaker-match';

export interface SourceRowView {
  id: string;
  name: string;
  kind: SourceKind;
  role: string;
  /** Undefined when not graded, so sorting puts ungraded sources last. */
  grade: ReliabilityGrade | undefined;
  quotes: number;
  claims: number;
  lastAssessed: string | undefined;
  /** Folded name, aliases, role and affiliation: what the text filter searches. */
  haystack: string;
}

export function toRowView(row: SourceTableRow): SourceRowView {
  const { source } = row;
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    role: source.role,
    grade: row.currentGrade ?? undefined,
    quotes: row.quoteCount,
    claims: row.claimCount,
    lastAssessed: row.lastAssessed ?? undefined,
    haystack: [source.name, ...source.aliases, source.role, source.affiliation]
      .map(foldName)
      .join(' | '),
  };
}

/** Rows whose names, aliases, role or affiliation contain every typed word. */
export function filterRows(rows: readonly SourceRowView[], query: string): SourceRowView[] {
  const words = foldName(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => words.every((w) => row.haystack.includes(w)));
}
