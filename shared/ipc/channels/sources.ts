// Channels about sources: who speaks.
import { z } from 'zod';
import { SourceKind, SourceSchema } from '../../domain/schema';
import { NoInput } from './common';

export const NewSourceInput = z.object({
  kind: SourceKind,
  name: z.string().trim().min(1, 'A source needs a name').max(300),
  role: z.string().trim().max(300).default(''),
  affiliation: z.string().trim().max(300).default(''),
  aliases: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
});
export type NewSourceInput = z.input<typeof NewSourceInput>;
export type NewSource = z.output<typeof NewSourceInput>;

export const sourceChannels = {
  'sources.list': {
    input: NoInput,
    output: z.array(SourceSchema),
  },
  'sources.create': {
    input: NewSourceInput.strict(),
    output: SourceSchema,
  },
} as const;
