// Channels of the quote suggestions: what the engine (shared/suggest/) proposes for an article,
// mapped to the source registry, and the analyst's answers (accept, reject, accept a speaker's).
// Nothing enters the workspace but through accept; each accept is one undo step.
import { z } from 'zod';
import {
  AttributionSchema,
  Id,
  QuoteKind,
  QuoteSchema,
  SourceKind,
  SourceSchema,
} from '../../domain/schema';
import { NewSourceInput } from './sources';

const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

/** Where the speaker goes in the registry: an existing source, or one accept would create. */
export const SuggestedSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), sourceId: Id, name: z.string() }),
  z.object({
    kind: z.literal('new'),
    name: z.string().min(1).max(300),
    sourceKind: SourceKind,
    role: z.string().max(300),
    aliases: z.array(z.string().min(1).max(300)).max(100),
  }),
]);
export type SuggestedSource = z.infer<typeof SuggestedSourceSchema>;

/** One suggestion as the review queue shows it. */
export const SuggestionSchema = z.object({
  key: z.string().min(1).max(100),
  kind: z.enum(['direct', 'partial', 'indirect']),
  content: Span,
  cue: Span.nullable(),
  speaker: Span.extend({
    /** The speaker as resolved in the article ("he" → "Rustem Umerov"), or null. */
    name: z.string().nullable(),
    via: z.string().nullable(),
  }).nullable(),
  /** Null when the engine found no speaker: accept then needs one chosen. */
  source: SuggestedSourceSchema.nullable(),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** A suggestion's key as the engine makes it: `${kind}:${start}-${end}`. */
const Key = z
  .string()
  .max(100)
  .regex(/^(direct|partial|indirect):\d{1,10}-\d{1,10}$/, { message: 'not a suggestion key' });

/** What the analyst changed before accepting; anything left out comes from the suggestion. */
const AcceptEdits = z
  .object({
    position: z
      .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
      .strict()
      .refine((p) => p.end > p.start, { message: 'end must be greater than start' })
      .optional(),
    kind: QuoteKind.optional(),
    cue: z.string().trim().max(300).optional(),
    speaker: z
      .union([
        z.object({ sourceId: Id }).strict(),
        z.object({ newSource: NewSourceInput.strict() }).strict(),
      ])
      .optional(),
  })
  .strict();

const Created = z.object({
  quote: QuoteSchema,
  attribution: AttributionSchema,
  source: SourceSchema,
});

export const suggestionChannels = {
  /**
   * The engine's suggestions for the article, in text order: none overlapping a quote already
   * marked, none the analyst rejected here. `rejected` counts the ones held back for that.
   */
  'suggestions.forDocument': {
    input: z.object({ documentId: Id }).strict(),
    output: z.object({
      suggestions: z.array(SuggestionSchema),
      rejected: z.number().int().nonnegative(),
    }),
  },
  /** Makes the suggestion (as edited) a quote with its attribution, and its new source if any. */
  'suggestions.accept': {
    input: z.object({ documentId: Id, key: Key, edits: AcceptEdits.optional() }).strict(),
    output: Created,
  },
  /** Remembers that the suggestion is wrong for this article; undoable. */
  'suggestions.reject': {
    input: z.object({ documentId: Id, key: Key }).strict(),
    output: z.object({ id: Id }),
  },
  /** Accepts every current suggestion whose speaker is `speaker` (a name the queue showed). */
  'suggestions.acceptAllFromSpeaker': {
    input: z.object({ documentId: Id, speaker: z.string().trim().min(1).max(300) }).strict(),
    output: z.object({ quotes: z.array(QuoteSchema), source: SourceSchema }),
  },
} as const;
