// Channels about highlights (annotations with a colour, a note and tags) and the tags they use.
import { z } from 'zod';
import { AnnotationSchema, HighlightColor } from '../../domain/annotations';
import { Id, TextPositionSelector } from '../../domain/schema';

const TagNames = z.array(z.string().trim().min(1).max(200)).max(50);

export const annotationChannels = {
  'annotations.list': {
    input: z.object({ documentId: Id.optional() }).strict().or(z.undefined()),
    output: z.array(AnnotationSchema),
  },
  'annotations.create': {
    input: z
      .object({
        documentId: Id,
        position: TextPositionSelector,
        color: HighlightColor.default('yellow'),
        note: z.string().max(20_000).default(''),
        /** Tags by name; names not yet in the codebook are added to it. */
        tags: TagNames.default([]),
      })
      .strict(),
    output: AnnotationSchema,
  },
  'annotations.update': {
    input: z
      .object({
        id: Id,
        color: HighlightColor.optional(),
        note: z.string().max(20_000).optional(),
        tags: TagNames.optional(),
      })
      .strict(),
    output: AnnotationSchema,
  },
  'annotations.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
} as const;
