// Channels about article versions: importing a changed text of an article (spans re-anchored),
// and the review queue of spans that could not be found, or only with low confidence.
import { z } from 'zod';
import { Id, TextPositionSelector } from '../../domain/schema';
import { DocumentSummarySchema } from './documents';

export const versionChannels = {
  'documents.importVersion': {
    input: z
      .object({
        documentId: Id,
        text: z.string().max(5_000_000, 'Articles are limited to 5 million characters'),
      })
      .strict(),
    output: z.object({
      document: DocumentSummarySchema,
      /** Spans found again with confidence. */
      anchored: z.number().int().nonnegative(),
      /** Spans found with low confidence: in the review queue. */
      uncertain: z.number().int().nonnegative(),
      /** Spans not found at all: in the review queue, not shown in the text. */
      orphaned: z.number().int().nonnegative(),
    }),
  },
  'anchors.review': {
    input: z.discriminatedUnion('action', [
      z
        .object({
          action: z.literal('accept'),
          collection: z.enum(['quotes', 'annotations', 'claims']),
          id: Id,
          /** For a claim: review one of its evidence spans instead of the claim's own span. */
          evidenceId: Id.optional(),
        })
        .strict(),
      z
        .object({
          action: z.literal('reattach'),
          collection: z.enum(['quotes', 'annotations', 'claims']),
          id: Id,
          /** For a claim: review one of its evidence spans instead of the claim's own span. */
          evidenceId: Id.optional(),
          position: TextPositionSelector,
        })
        .strict(),
      z
        .object({
          action: z.literal('remove'),
          collection: z.enum(['quotes', 'annotations', 'claims']),
          id: Id,
          /** For a claim: review one of its evidence spans instead of the claim's own span. */
          evidenceId: Id.optional(),
        })
        .strict(),
    ]),
    output: z.object({ id: Id }),
  },
} as const;
