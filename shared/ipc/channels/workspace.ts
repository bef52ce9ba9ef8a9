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
} as const;
