// Workspace lookups a quote sheet is built from (current grades, tag paths) and its Sources and
// Claims tables, which the XLSX export writes as sheets of their own.
import type { ClaimStatus } from '../domain/claims';
import type { Tag } from '../domain/annotations';
import type { Claim } from '../domain/claims';
import type {
  Assessment,
  Attribution,
  Credibility,
  Quote,
  ReliabilityGrade,
  Source,
  SourceKind,
  WorkbenchDocument,
} from '../domain/schema';
import type { WorkspaceData } from '../domain/workspace';
import type { QuoteSheetRow } from './quote-sheet';

/** A source of the Sources table: every source attributed in the sheet. */
export interface SourceTableRow {
  id: string;
  name: string;
  kind: SourceKind;
  role: string;
  affiliation: string;
  aliases: string[];
  grade: ReliabilityGrade | null;
  /** The date the current grade applies from; null when never graded. */
  assessedOn: string | null;
  rationale: string;
  /** Quotes of the sheet attributed to it, in any role. */
  quoteCount: number;
}

/** A claim of the Claims table: every claim made from a quote in the sheet. */
export interface ClaimTableRow {
  id: string;
  statement: string;
  status: ClaimStatus;
  credibility: Credibility | null;
  claimants: string[];
  tags: string[];
  article: string;
  quote: string;
  supporting: number;
  refuting: number;
  statusChangedAt: string | null;
}

/** The latest assessment of each source: the later date wins, then the later record. */
export function currentAssessments(assessments: Iterable<Assessment>): Map<string, Assessment> {
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    const held = latest.get(a.sourceId);
    const newer =
      !held ||
      (a.assessedOn.localeCompare(held.assessedOn) ||
        a.createdAt.localeCompare(held.createdAt) ||
        a.id.localeCompare(held.id)) > 0;
    if (newer) latest.set(a.sourceId, a);
  }
  return latest;
}

/** Each tag's name with its parents' ("A › B"), guarding against a cycle in the codebook. */
export function tagPaths(data: WorkspaceData): Map<string, string> {
  const names = new Map<string, string>();
  for (const tag of Object.values(data.tags)) {
    const path = [tag.name];
    const seen = new Set([tag.id]);
    for (let p = tag.parentId; p !== null && !seen.has(p);) {
      const parent = data.tags[p];
      if (!parent) break;
      seen.add(p);
      path.unshift(parent.name);
      p = parent.parentId;
    }
    names.set(tag.id, path.join(' › '));
  }
  return names;
}

/** The given tags and every tag below them in the codebook. */
export function withDescendants(data: WorkspaceData, ids: readonly string[]): Set<string> {
  const out = new Set(ids);
  for (let grew = true; grew;) {
    grew = false;
    for (const tag of Object.values(data.tags)) {
      if (tag.parentId !== null && out.has(tag.parentId) && !out.has(tag.id)) {
        out.add(tag.id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * The Sources and Claims tables for the sheet's distinct rows: every source attributed in them
 * (by name) and every claim made from them (in row order).
 */
export function buildTables(
  data: WorkspaceData,
  rows: readonly QuoteSheetRow[],
  grades: Map<string, Assessment>,
): { sources: SourceTableRow[]; claims: ClaimTableRow[] } {
  const quoteCounts = new Map<string, number>();
  for (const row of rows) {
    const ids = new Set([row.speaker, ...row.otherAttributions].map((a) => a?.sourceId));
    for (const id of ids) if (id) quoteCounts.set(id, (quoteCounts.get(id) ?? 0) + 1);
  }
  const sources = [...quoteCounts].flatMap(([id, quoteCount]): SourceTableRow[] => {
    const source = data.sources[id];
    if (!source) return [];
    const current = grades.get(id);
    return [
      {
        id,
        name: source.name,
        kind: source.kind,
        role: source.role,
        affiliation: source.affiliation,
        aliases: source.aliases,
        grade: current?.grade ?? null,
        assessedOn: current?.assessedOn ?? null,
        rationale: current?.rationale ?? '',
        quoteCount,
      },
    ];
  });

  const names = (ids: readonly string[], from: Record<string, { name: string } | undefined>) =>
    ids.flatMap((id) => (from[id] ? [from[id].name] : []));
  const claims = rows
    .flatMap((row) => row.claims.map((c) => ({ row, claim: data.claims[c.id]! })))
    .map(({ row, claim }): ClaimTableRow => ({
      id: claim.id,
      statement: claim.statement,
      status: claim.status,
      credibility: claim.credibility,
      claimants: names(claim.claimantIds, data.sources),
      tags: names(claim.tagIds, data.tags),
      article: row.article.title,
      quote: row.text,
      supporting: claim.evidence.filter((e) => e.stance === 'supports').length,
      refuting: claim.evidence.filter((e) => e.stance === 'refutes').length,
      statusChangedAt: claim.statusChangedAt,
    }));
  sources.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { sources, claims };
}

/** The stored entities behind a sheet's rows, as stored, for the full-fidelity JSON export. */
export interface InvolvedEntities {
  /** The rows' articles, with their text but without their earlier versions. */
  documents: Omit<WorkbenchDocument, 'previousVersions'>[];
  quotes: Quote[];
  attributions: Attribution[];
  /** Every source attributed or named as a claimant, with its whole grade history. */
  sources: Source[];
  assessments: Assessment[];
  claims: Claim[];
  /** The claims' tags and the tags above them. */
  tags: Tag[];
}

/** Collects the entities the rows stand on; each list in id order, so output is stable. */
export function involvedEntities(
  data: WorkspaceData,
  rows: readonly QuoteSheetRow[],
): InvolvedEntities {
  const quoteIds = new Set(rows.map((r) => r.quoteId));
  const documentIds = new Set(rows.map((r) => r.documentId));
  const claims = Object.values(data.claims).filter((c) => c.quoteId && quoteIds.has(c.quoteId));
  const attributions = Object.values(data.attributions).filter((a) => quoteIds.has(a.quoteId));
  const sourceIds = new Set([
    ...attributions.map((a) => a.sourceId),
    ...claims.flatMap((c) => c.claimantIds),
  ]);
  const tagIds = new Set<string>();
  for (const id of claims.flatMap((c) => c.tagIds)) {
    for (
      let t = data.tags[id];
      t && !tagIds.has(t.id);
      t = t.parentId ? data.tags[t.parentId] : undefined
    ) {
      tagIds.add(t.id);
    }
  }
  const pick = <T extends { id: string }>(records: Record<string, T>, ids: Set<string>): T[] =>
    [...ids].flatMap((id) => (records[id] ? [records[id]] : [])).sort(byId);
  return {
    documents: pick(data.documents, documentIds).map(({ previousVersions: _, ...doc }) => doc),
    quotes: pick(data.quotes, quoteIds),
    attributions: attributions.sort(byId),
    sources: pick(data.sources, sourceIds),
    assessments: Object.values(data.assessments)
      .filter((a) => sourceIds.has(a.sourceId))
      .sort(byId),
    claims: claims.sort(byId),
    tags: pick(data.tags, tagIds),
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
