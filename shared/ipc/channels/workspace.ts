// Channels about the workspace as a whole: where it lives, what the user must be told.
import { z } from 'zod';
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
} as const;
