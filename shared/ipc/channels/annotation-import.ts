// Channel for bringing annotations in from other tools: a Hypothesis export or W3C Web
// Annotation JSON-LD (ours included), anchored into articles already in the workspace.
import { z } from 'zod';
import { Id } from '../../domain/schema';

const Count = z.number().int().nonnegative();

export const AnnotationImportReportSchema = z.object({
  fileName: z.string(),
  format: z.enum(['hypothesis', 'web-annotation']),
  highlights: Count,
  quotes: Count,
  claims: Count,
  evidence: Count,
  /** Placed only approximately or not found: waiting in the review queue. */
  needsReview: Count,
  newTags: Count,
  newSources: Count,
  /** Titles of the articles the annotations went into. */
  articles: z.array(z.string()),
  skipped: z.array(z.object({ ref: z.string(), reason: z.string() })),
});

export const annotationImportChannels = {
  'annotations.import': {
    /**
     * documentId: put every annotation in this article; null: match each one's web address
     * (or our export's text IRI) against the workspace's articles.
     */
    input: z.object({ documentId: Id.nullable() }).strict(),
    /** null: the analyst cancelled the open dialog. */
    output: AnnotationImportReportSchema.nullable(),
  },
} as const;

export type AnnotationImportReport = z.infer<typeof AnnotationImportReportSchema>;
