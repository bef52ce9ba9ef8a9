// Channels about attributions: who a quote is attributed to, as speaker or as conduit ("according
// to the Kremlin's readout"), and how sure the analyst is.
import { z } from 'zod';
import {
  AttributionConfidence,
  AttributionRole,
  AttributionSchema,
  Id,
  QuoteSchema,
  SourceSchema,
} from '../../domain/schema';
import { NewSourceInput } from './sources';

const Basis = z.string().trim().max(2_000);

export const QuoteAttributionsSchema = z.object({
  quote: QuoteSchema,
  /** Speakers first, then conduits, each in the order they were added. */
  attributions: z.array(z.object({ attribution: AttributionSchema, source: SourceSchema })),
});
export type QuoteAttributions = z.infer<typeof QuoteAttributionsSchema>;

export const attributionChannels = {
  'attributions.list': {
    input: z.object({ quoteId: Id }).strict(),
    output: QuoteAttributionsSchema,
  },
  'attributions.add': {
    input: z
      .object({
        quoteId: Id,
        /** An existing source; give this or newSource, not both. */
        sourceId: Id.optional(),
        /** A source created in the same edit. */
        newSource: NewSourceInput.strict().optional(),
        role: AttributionRole.default('speaker'),
        confidence: AttributionConfidence.default('stated'),
        basis: Basis.default(''),
      })
      .strict()
      .refine((input) => (input.sourceId === undefined) !== (input.newSource === undefined), {
        message: 'Give either sourceId or newSource',
      }),
    output: z.object({ attribution: AttributionSchema, source: SourceSchema }),
  },
  'attributions.update': {
    input: z
      .object({
        id: Id,
        role: AttributionRole.optional(),
        confidence: AttributionConfidence.optional(),
        basis: Basis.optional(),
        sourceId: Id.optional(),
      })
      .strict(),
    output: AttributionSchema,
  },
  'attributions.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
} as const;
