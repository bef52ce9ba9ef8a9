// Channels about the workspace as a whole: where it lives, what the user must be told, and
// which collections changed since the renderer last loaded them.
import { z } from 'zod';
import { COLLECTIONS } from '../../domain/workspace';
import { NoInput } from './common';

export const NoticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

/** An older snapshot generation or a file set aside, offered by "Restore from an earlier copy…". */
export const WorkspaceCopySchema = z.object({
  name: z.string(),
  kind: z.enum(['generation', 'set_aside']),
  savedAt: z.string(),
  bytes: z.number().int().nonnegative(),
  restorable: z.boolean(),
  problem: z.string().nullable(),
  counts: z
    .object({
      documents: z.number().int().nonnegative(),
      sources: z.number().int().nonnegative(),
      quotes: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type WorkspaceCopy = z.infer<typeof WorkspaceCopySchema>;

export const workspaceChannels = {
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
  /**
   * A counter per collection, bumped by every saved edit (undo and redo included) that touched
   * it. Only comparable within one run of the service: they start at 0 when it opens.
   */
  'workspace.revisions': {
    input: NoInput,
    output: z.record(z.enum(COLLECTIONS), z.number().int().nonnegative()),
  },
  /** Older snapshot generations and set-aside files, newest first; nothing is read into memory. */
  'workspace.copies': { input: NoInput, output: z.array(WorkspaceCopySchema) },
  /**
   * Restores a listed copy as one undoable edit, after keeping the current state as
   * workspace.json.before-restore-<time> (which the list then offers back). Deletes no file.
   */
  'workspace.restoreCopy': {
    input: z.object({ name: z.string().regex(/^workspace\.[A-Za-z0-9.-]+$/) }),
    output: z.object({
      restored: z.string(),
      keptCurrentAs: z.string(),
      changes: z.number().int().nonnegative(),
    }),
  },
} as const;
