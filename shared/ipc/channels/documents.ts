// Channels about articles: list, read, import.
import { z } from 'zod';
import { DocumentSchema, Id } from '../../domain/schema';
import { NoInput } from './common';

export const DocumentSummarySchema = DocumentSchema.omit({
  text: true,
  blocks: true,
  previousVersions: true,
}).extend({
  quoteCount: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  /** How many earlier versions of the text are kept. */
  versionCount: z.number().int().positive(),
  /** Spans waiting in the review queue after a re-import. */
  reviewCount: z.number().int().nonnegative(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const documentChannels = {
  'documents.list': {
    input: NoInput,
    output: z.array(DocumentSummarySchema),
  },
  'documents.get': {
    input: z.object({ id: Id }).strict(),
    output: DocumentSchema,
  },
  'documents.importText': {
    input: z
      .object({
        text: z.string().max(5_000_000, 'Articles are limited to 5 million characters'),
        title: z.string().trim().max(500).default(''),
        outlet: z.string().trim().max(200).default(''),
        byline: z.string().trim().max(500).default(''),
        publishedAt: z.string().trim().max(40).default(''),
        fileName: z.string().trim().max(500).default(''),
      })
      .strict(),
    output: DocumentSummarySchema,
  },
} as const;
