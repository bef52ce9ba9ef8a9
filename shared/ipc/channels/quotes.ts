// Channels about quotes and their attributions.
import { z } from 'zod';
import {
  AttributionConfidence,
  AttributionSchema,
  Id,
  QuoteKind,
  QuoteSchema,
  SourceSchema,
  TextPositionSelector,
} from '../../domain/schema';
import { NewSourceInput } from './sources';

/** A speaker is an existing source or one created in the same edit. */
const SpeakerInput = z.union([
  z.object({ sourceId: Id }).strict(),
  z.object({ newSource: NewSourceInput }).strict(),
]);

export const quoteChannels = {
  'quotes.list': {
    input: z.object({ documentId: Id.optional() }).strict().or(z.undefined()),
    output: z.object({ quotes: z.array(QuoteSchema), attributions: z.array(AttributionSchema) }),
  },
  /**
   * What changed in the quote list since the quotes and attributions counters read `since`
   * (workspace.revisions): the quotes and attributions touched since, as they are now, and the
   * ids gone. `delta` is null when the store no longer remembers that far back: load the list.
   */
  'quotes.changes': {
    input: z
      .object({
        since: z
          .object({
            quotes: z.number().int().nonnegative(),
            attributions: z.number().int().nonnegative(),
          })
          .strict(),
      })
      .strict(),
    output: z.object({
      delta: z
        .object({
          quotes: z.array(QuoteSchema),
          removedQuotes: z.array(Id),
          attributions: z.array(AttributionSchema),
          removedAttributions: z.array(Id),
        })
        .nullable(),
    }),
  },
  'quotes.create': {
    input: z
      .object({
        documentId: Id,
        position: TextPositionSelector,
        kind: QuoteKind,
        cue: z.string().trim().max(300).default(''),
        medium: z.string().trim().max(200).default(''),
        note: z.string().max(20_000).default(''),
        speaker: SpeakerInput,
        confidence: AttributionConfidence.default('stated'),
        basis: z.string().trim().max(2_000).default(''),
      })
      .strict(),
    output: z.object({
      quote: QuoteSchema,
      attribution: AttributionSchema,
      source: SourceSchema,
    }),
  },
  'quotes.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
} as const;
