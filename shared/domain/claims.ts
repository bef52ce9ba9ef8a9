// Checkable claims with their evidence, and memos: the shapes schema 4 added.
import { z } from 'zod';
import { AnchorStatus, Credibility, Id, Selector, Timestamp } from './schema';

import { CLAIM_STATUSES } from './choices';

export { CLAIM_STATUSES };
export const ClaimStatus = z.enum(CLAIM_STATUSES);

export const EVIDENCE_STANCES = ['supports', 'refutes'] as const;
export const EvidenceStance = z.enum(EVIDENCE_STANCES);

/** A span of any article in the workspace; it is re-anchored when that article changes. */
export const SpanEvidenceTarget = z.object({
  kind: z.literal('span'),
  documentId: Id,
  selector: Selector,
  anchor: AnchorStatus.nullable(),
});

/** Something outside the workspace: a report, a dataset, a statement, with an optional link. */
export const ReferenceEvidenceTarget = z.object({
  kind: z.literal('reference'),
  title: z.string().min(1).max(500),
  /** Kept as text and never fetched: the workbench is offline. Empty when there is no link. */
  url: z.string().max(2_000),
});

export const EvidenceTarget = z.discriminatedUnion('kind', [
  SpanEvidenceTarget,
  ReferenceEvidenceTarget,
]);

export const EvidenceSchema = z.object({
  id: Id,
  stance: EvidenceStance,
  note: z.string().max(20_000),
  target: EvidenceTarget,
  createdAt: Timestamp,
});

export const ClaimSchema = z.object({
  id: Id,
  /** The claim in the analyst's words; defaults to the selected text. */
  statement: z.string().min(1).max(5_000),
  /** Where the claim is made: the article and span, copied from the quote when made from one. */
  documentId: Id,
  selector: Selector,
  anchor: AnchorStatus.nullable(),
  /** The quote the claim was made from; null when made from a plain selection or the quote is gone. */
  quoteId: Id.nullable(),
  claimantIds: z.array(Id).max(50),
  tagIds: z.array(Id).max(200),
  status: ClaimStatus,
  /** Information credibility 1-6 of the claim itself (null: not graded). */
  credibility: Credibility.nullable(),
  evidence: z.array(EvidenceSchema).max(500),
  /** When the status last changed; null while it never has. */
  statusChangedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** What a memo can be written about. */
export const MEMO_SUBJECTS = ['documents', 'sources', 'claims', 'tags'] as const;
export const MemoSubject = z.enum(MEMO_SUBJECTS);

/** An analyst's memo on an article, a source, a claim or a tag (several per item, as in ATLAS.ti). */
export const MemoSchema = z.object({
  id: Id,
  subject: MemoSubject,
  subjectId: Id,
  title: z.string().max(300),
  body: z.string().max(100_000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export type ClaimStatus = z.infer<typeof ClaimStatus>;
export type EvidenceStance = z.infer<typeof EvidenceStance>;
export type EvidenceTarget = z.infer<typeof EvidenceTarget>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type MemoSubject = z.infer<typeof MemoSubject>;
export type Memo = z.infer<typeof MemoSchema>;
