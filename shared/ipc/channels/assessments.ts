// Channels about Admiralty grading: a source's dated reliability grades (A-F, with the analyst's
// rationale) and the credibility (1-6) of what a quote says, graded apart from who said it.
import { z } from 'zod';
import {
  AssessmentSchema,
  Credibility,
  Id,
  QuoteSchema,
  ReliabilityGrade,
} from '../../domain/schema';

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'That date does not exist');

export const assessmentChannels = {
  'assessments.add': {
    input: z
      .object({
        sourceId: Id,
        grade: ReliabilityGrade,
        rationale: z
          .string()
          .trim()
          .min(1, 'Say why: a grade without a rationale is not accepted')
          .max(20_000),
        /** The date the grade applies from; today (the analyst's local date) when omitted. */
        assessedOn: IsoDate.optional(),
      })
      .strict(),
    output: AssessmentSchema,
  },
  'assessments.list': {
    input: z.object({ sourceId: Id }).strict(),
    /** Newest first: by assessedOn, then by when it was recorded. */
    output: z.array(AssessmentSchema),
  },
  'assessments.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
  'quotes.setCredibility': {
    input: z.object({ id: Id, credibility: Credibility.nullable() }).strict(),
    output: QuoteSchema,
  },
} as const;
