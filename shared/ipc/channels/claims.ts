// Channels about claims: making one from a selection or a quote, editing its statement,
// claimants, tags, status and credibility, and the evidence that supports or refutes it.
import { z } from 'zod';
import { ClaimSchema, ClaimStatus, EvidenceStance } from '../../domain/claims';
import { Credibility, Id, TextPositionSelector } from '../../domain/schema';

/** Tags by name; names not yet in the codebook are added to it. */
const TagNames = z.array(z.string().trim().min(1).max(200)).max(50);
const Statement = z.string().trim().min(1, 'Write the claim in a few words.').max(5_000);

const EvidenceTargetInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('span'), documentId: Id, position: TextPositionSelector }).strict(),
  z
    .object({
      kind: z.literal('reference'),
      title: z.string().trim().min(1, 'Name the reference.').max(500),
      url: z.string().trim().max(2_000).default(''),
    })
    .strict(),
]);

export const claimChannels = {
  'claims.list': {
    input: z.object({ documentId: Id.optional() }).strict().or(z.undefined()),
    output: z.array(ClaimSchema),
  },
  'claims.create': {
    input: z
      .object({
        /** From a selection of an article, or from a quote already marked. */
        from: z.discriminatedUnion('kind', [
          z
            .object({
              kind: z.literal('selection'),
              documentId: Id,
              position: TextPositionSelector,
            })
            .strict(),
          z.object({ kind: z.literal('quote'), quoteId: Id }).strict(),
        ]),
        /** Defaults to the selected or quoted text. */
        statement: Statement.optional(),
        /** Defaults to the quote's speakers. */
        claimantIds: z.array(Id).max(50).optional(),
        tags: TagNames.default([]),
        status: ClaimStatus.default('unverified'),
        /** Defaults to the quote's credibility. */
        credibility: Credibility.nullable().optional(),
      })
      .strict(),
    output: ClaimSchema,
  },
  'claims.update': {
    input: z
      .object({
        id: Id,
        statement: Statement.optional(),
        claimantIds: z.array(Id).max(50).optional(),
        tags: TagNames.optional(),
        status: ClaimStatus.optional(),
        credibility: Credibility.nullable().optional(),
      })
      .strict(),
    output: ClaimSchema,
  },
  'claims.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
  'claims.addEvidence': {
    input: z
      .object({
        claimId: Id,
        stance: EvidenceStance,
        note: z.string().max(20_000).default(''),
        target: EvidenceTargetInput,
      })
      .strict(),
    output: ClaimSchema,
  },
  'claims.updateEvidence': {
    input: z
      .object({
        claimId: Id,
        evidenceId: Id,
        stance: EvidenceStance.optional(),
        note: z.string().max(20_000).optional(),
      })
      .strict(),
    output: ClaimSchema,
  },
  'claims.removeEvidence': {
    input: z.object({ claimId: Id, evidenceId: Id }).strict(),
    output: ClaimSchema,
  },
} as const;
