// Claims as rows for the claims table: names resolved, evidence counted, and grouping by tag or
// status (a claim with several tags shows under each, as codes do in QDA tools).
import type { Claim, ClaimStatus } from '../../../../shared/domain/claims';
import { CLAIM_STATUSES } from '../../../../shared/domain/choices';
import { CLAIM_STATUS_LABELS } from '../../../../shared/domain/claim-rules';

export interface ClaimRow {
  id: string;
  statement: string;
  documentId: string;
  article: string;
  claimantIds: string[];
  claimants: string;
  status: ClaimStatus;
  /** 0 when not graded, so it sorts after 1-6 and filters as "not graded". */
  credibility: number;
  tagIds: string[];
  tags: string;
  supports: number;
  refutes: number;
  needsReview: boolean;
}

export interface Lookups {
  sourceName: (id: string) => string | undefined;
  tagName: (id: string) => string | undefined;
  articleTitle: (id: string) => string | undefined;
}

export function toClaimRow(claim: Claim, lookups: Lookups): ClaimRow {
  const names = (ids: readonly string[], name: (id: string) => string | undefined) =>
    ids
      .map(name)
      .filter((n): n is string => n !== undefined)
      .join(', ');
  return {
    id: claim.id,
    statement: claim.statement,
    documentId: claim.documentId,
    article: lookups.articleTitle(claim.documentId) ?? '',
    claimantIds: claim.claimantIds,
    claimants: names(claim.claimantIds, lookups.sourceName),
    status: claim.status,
    credibility: claim.credibility ?? 0,
    tagIds: claim.tagIds,
    tags: names(claim.tagIds, lookups.tagName),
    supports: claim.evidence.filter((e) => e.stance === 'supports').length,
    refutes: claim.evidence.filter((e) => e.stance === 'refutes').length,
    needsReview:
      (claim.anchor?.needsReview ?? false) ||
      claim.evidence.some((e) => e.target.kind === 'span' && e.target.anchor?.needsReview),
  };
}

export type ClaimGrouping = 'none' | 'status' | 'tag';

export interface RowGroup<R> {
  key: string;
  label: string;
  rows: R[];
}

/**
 * Rows in groups, keeping the given order inside each group. By status: statuses in desk order.
 * By tag: tags in name order, a claim under each of its tags, untagged claims last.
 */
export function groupClaimRows<R extends { original: ClaimRow }>(
  rows: readonly R[],
  grouping: ClaimGrouping,
  tagName: (id: string) => string | undefined,
): RowGroup<R>[] {
  if (grouping === 'none') return [{ key: 'all', label: '', rows: [...rows] }];
  if (grouping === 'status') {
    return CLAIM_STATUSES.map((status) => ({
      key: status,
      label: CLAIM_STATUS_LABELS[status],
      rows: rows.filter((r) => r.original.status === status),
    })).filter((g) => g.rows.length > 0);
  }
  const byTag = new Map<string, R[]>();
  const untagged: R[] = [];
  for (const row of rows) {
    const known = row.original.tagIds.filter((id) => tagName(id) !== undefined);
    if (known.length === 0) untagged.push(row);
    for (const id of known) byTag.set(id, [...(byTag.get(id) ?? []), row]);
  }
  const groups = [...byTag.entries()]
    .map(([id, list]) => ({ key: id, label: tagName(id)!, rows: list }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (untagged.length > 0) groups.push({ key: 'untagged', label: 'No tag', rows: untagged });
  return groups;
}
