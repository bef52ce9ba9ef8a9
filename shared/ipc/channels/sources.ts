// Channels about sources: who speaks, what they said across every article, and how reliable
// they are (the grade history lives in assessments.ts).
import { z } from 'zod';
import { ClaimStatus } from '../../domain/claims';
import {
  AssessmentSchema,
  AttributionConfidence,
  AttributionRole,
  Credibility,
  Id,
  QuoteKind,
  ReliabilityGrade,
  SourceKind,
  SourceSchema,
  TextPositionSelector,
} from '../../domain/schema';
import { NoInput } from './common';

const Name = z.string().trim().min(1, 'A source needs a name').max(300);
const Aliases = z.array(z.string().trim().min(1).max(300)).max(100);

export const NewSourceInput = z.object({
  kind: SourceKind,
  name: Name,
  role: z.string().trim().max(300).default(''),
  affiliation: z.string().trim().max(300).default(''),
  aliases: Aliases.default([]),
});
export type NewSourceInput = z.input<typeof NewSourceInput>;
export type NewSource = z.output<typeof NewSourceInput>;

export const SuggestedGradeSchema = z.object({ grade: ReliabilityGrade, reason: z.string() });

/** One quote a source is attributed to, with the attribution and the quote's credibility. */
export const SourceQuoteSchema = z.object({
  quoteId: Id,
  documentId: Id,
  documentTitle: z.string(),
  exact: z.string(),
  kind: QuoteKind,
  /** Where the quote starts in its article, for ordering and revealing it. */
  start: z.number().int().nonnegative(),
  attributionId: Id,
  role: AttributionRole,
  confidence: AttributionConfidence,
  credibility: Credibility.nullable(),
});
export type SourceQuote = z.infer<typeof SourceQuoteSchema>;

export const SourceDetailSchema = z.object({
  source: SourceSchema,
  /** Newest first: by assessedOn, then by when it was recorded. */
  assessments: z.array(AssessmentSchema),
  quotes: z.array(SourceQuoteSchema),
  claimCount: z.number().int().nonnegative(),
  /** The claims it made, newest status change first: what the track record counts. */
  claims: z.array(
    z.object({
      id: Id,
      statement: z.string(),
      status: ClaimStatus,
      documentId: Id,
      statusChangedAt: z.string().nullable(),
    }),
  ),
  /** How its claims were judged, by status: the track record the suggestion comes from. */
  trackRecord: z.object({
    verified: z.number().int().nonnegative(),
    disputed: z.number().int().nonnegative(),
    misleading: z.number().int().nonnegative(),
    false: z.number().int().nonnegative(),
    unverifiable: z.number().int().nonnegative(),
    unverified: z.number().int().nonnegative(),
  }),
  /** Advisory grade from the claims' track record; null while the source has no claims. */
  suggested: SuggestedGradeSchema.nullable(),
});
export type SourceDetail = z.infer<typeof SourceDetailSchema>;

export const SourceTableRowSchema = z.object({
  source: SourceSchema,
  /** The newest assessment's grade; null while never graded. */
  currentGrade: ReliabilityGrade.nullable(),
  /** That assessment's assessedOn (YYYY-MM-DD). */
  lastAssessed: z.string().nullable(),
  /** Distinct quotes the source is credited with, as speaker or conduit. */
  quoteCount: z.number().int().nonnegative(),
  /** Claims naming the source among their claimantIds. */
  claimCount: z.number().int().nonnegative(),
  /** Advisory grade from the claims' track record; null while the source has no claims. */
  suggested: SuggestedGradeSchema.nullable(),
});
export type SourceTableRow = z.infer<typeof SourceTableRowSchema>;

export const SourceSuggestionSchema = z.object({
  name: z.string(),
  role: z.string(),
  kind: SourceKind,
  /** A source already using this name or alias: pick it rather than create another. */
  existingId: Id.nullable(),
});
export type SourceSuggestion = z.infer<typeof SourceSuggestionSchema>;

export const sourceChannels = {
  'sources.list': {
    input: NoInput,
    output: z.array(SourceSchema),
  },
  'sources.create': {
    input: NewSourceInput.strict(),
    output: SourceSchema,
  },
  'sources.update': {
    input: z
      .object({
        id: Id,
        kind: SourceKind.optional(),
        name: Name.optional(),
        aliases: Aliases.optional(),
        role: z.string().trim().max(300).optional(),
        affiliation: z.string().trim().max(300).optional(),
        notes: z.string().max(20_000).optional(),
      })
      .strict(),
    output: SourceSchema,
  },
  'sources.fromSelection': {
    input: z.object({ documentId: Id, position: TextPositionSelector }).strict(),
    output: SourceSuggestionSchema,
  },
  'sources.merge': {
    input: z.object({ keepId: Id, mergeId: Id }).strict(),
    output: z.object({
      source: SourceSchema,
      movedAttributions: z.number().int().nonnegative(),
      movedAssessments: z.number().int().nonnegative(),
    }),
  },
  'sources.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
  'sources.get': {
    input: z.object({ id: Id }).strict(),
    output: SourceDetailSchema,
  },
  /**
   * Every source's row, by name. With `documentId`: only the rows of the sources credited with a
   * quote in that article (none for an unknown one), which is all the window's first paint shows:
   * at 5,000 sources the whole table is 1.5 MB to copy across the process boundary.
   */
  'sources.table': {
    input: z.object({ documentId: Id.optional() }).strict().or(z.undefined()),
    output: z.array(SourceTableRowSchema),
  },
} as const;
