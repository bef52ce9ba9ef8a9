// Channels about the codebook (tags with a description, colour, parent and one-key shortcut,
// with counts of what carries them) and memos on articles, sources, claims and tags.
import { z } from 'zod';
import { TagSchema } from '../../domain/annotations';
import { MemoSchema, MemoSubject } from '../../domain/claims';
import { Id } from '../../domain/schema';
import { NoInput } from './common';

const TagName = z.string().trim().min(1, 'Name the tag.').max(200);
const TagColor = z.string().regex(/^#[0-9a-f]{6}$/, 'Colours are written #rrggbb.');
const Shortcut = z.string().length(1, 'A shortcut is a single key.');

export const TagUsageSchema = z.object({
  annotations: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
});

export const TagWithUsageSchema = TagSchema.extend({ usage: TagUsageSchema });

export const codebookChannels = {
  'tags.list': {
    input: NoInput,
    output: z.array(TagWithUsageSchema),
  },
  'tags.create': {
    input: z
      .object({
        name: TagName,
        description: z.string().max(5_000).default(''),
        color: TagColor.optional(),
        parentId: Id.nullable().default(null),
        shortcut: Shortcut.nullable().default(null),
      })
      .strict(),
    output: TagSchema,
  },
  'tags.update': {
    input: z
      .object({
        id: Id,
        name: TagName.optional(),
        description: z.string().max(5_000).optional(),
        color: TagColor.optional(),
        /** Moving a tag in the hierarchy; null puts it at the top level. */
        parentId: Id.nullable().optional(),
        shortcut: Shortcut.nullable().optional(),
      })
      .strict(),
    output: TagSchema,
  },
  'tags.merge': {
    input: z.object({ sourceId: Id, targetId: Id }).strict(),
    output: z.object({ tag: TagSchema, moved: TagUsageSchema }),
  },
  'tags.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id, removed: TagUsageSchema }),
  },
  'memos.list': {
    input: z.object({ subject: MemoSubject, subjectId: Id }).strict().or(z.undefined()),
    output: z.array(MemoSchema),
  },
  'memos.create': {
    input: z
      .object({
        subject: MemoSubject,
        subjectId: Id,
        title: z.string().trim().max(300).default(''),
        body: z.string().max(100_000),
      })
      .strict(),
    output: MemoSchema,
  },
  'memos.update': {
    input: z
      .object({
        id: Id,
        title: z.string().trim().max(300).optional(),
        body: z.string().max(100_000).optional(),
      })
      .strict(),
    output: MemoSchema,
  },
  'memos.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
} as const;

export type TagWithUsage = z.infer<typeof TagWithUsageSchema>;
export type TagUsage = z.infer<typeof TagUsageSchema>;
