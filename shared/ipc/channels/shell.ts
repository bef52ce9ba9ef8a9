// Channels to the desktop around the window: showing a file the workbench saved in the system's
// file manager ("Saved quote-sheet.xlsx · Show in folder"). The service reveals only files it
// wrote itself this session, so a page cannot use it to probe or open arbitrary paths.
import { z } from 'zod';

export const shellChannels = {
  /** Shows the file in its folder; `not_found` unless the workbench saved it this session. */
  'shell.showInFolder': {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({}).strict(),
  },
} as const;
