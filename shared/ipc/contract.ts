// The IPC contract: every channel between the renderer and the workbench service, declared
// once with its input and output schemas. Handlers, the preload bridge and the renderer
// client all derive their types from this object.
import { z } from 'zod';
import {
  AttributionConfidence,
  AttributionSchema,
  DocumentSchema,
  Id,
  QuoteKind,
  QuoteSchema,
  SourceKind,
  SourceSchema,
  TextPositionSelector,
} from '../domain/schema';

const NoInput = z.undefined().or(z.object({}).strict());

export const NoticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const DocumentSummarySchema = DocumentSchema.omit({ text: true, blocks: true }).extend({
  quoteCount: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

const NewSourceInput = z.object({
  kind: SourceKind,
  name: z.string().trim().min(1, 'A source needs a name').max(300),
  role: z.string().trim().max(300).default(''),
  affiliation: z.string().trim().max(300).default(''),
  aliases: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
});
export type NewSourceInput = z.input<typeof NewSourceInput>;

/** A speaker is an existing source or one created in the same edit. */
const SpeakerInput = z.union([
  z.object({ sourceId: Id }).strict(),
  z.object({ newSource: NewSourceInput }).strict(),
]);

export const contract = {
  'workspace.info': {
    input: NoInput,
    output: z.object({
      dataDir: z.string(),
      dataFile: z.string(),
      schemaVersion: z.number().int(),
      notices: z.array(NoticeSchema),
      counts: z.object({
        documents: z.number().int(),
        sources: z.number().int(),
        quotes: z.number().int(),
      }),
    }),
  },
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
  'sources.list': {
    input: NoInput,
    output: z.array(SourceSchema),
  },
  'sources.create': {
    input: NewSourceInput.strict(),
    output: SourceSchema,
  },
  'quotes.list': {
    input: z.object({ documentId: Id.optional() }).strict().or(z.undefined()),
    output: z.object({ quotes: z.array(QuoteSchema), attributions: z.array(AttributionSchema) }),
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
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNELS = Object.keys(contract) as ChannelName[];

/** What a caller passes (defaults may be omitted). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
