// Channels for project exchange with QDA tools (ATLAS.ti, MAXQDA, NVivo, QualCoder): the
// workspace out as a REFI-QDA project (.qdpx) and one in. File paths come from the service's own
// save and open dialogs, never from the renderer.
import { z } from 'zod';
import { DATA_COLLECTIONS } from '../../domain/workspace';
import { NoInput } from './common';

const Count = z.number().int().nonnegative();

export const interchangeChannels = {
  'interchange.exportQdpx': {
    input: NoInput,
    /** path null: the analyst cancelled the save dialog. */
    output: z.object({
      path: z.string().nullable(),
      articles: Count,
      codes: Count,
      selections: Count,
      notes: Count,
    }),
  },
  'interchange.importQdpx': {
    input: NoInput,
    /** null: the analyst cancelled the open dialog. */
    output: z
      .object({
        fileName: z.string(),
        projectName: z.string(),
        /** The tool that wrote the project, as it says ("MAXQDA 2022"), or ''. */
        origin: z.string(),
        users: z.array(z.string()),
        added: z.record(z.enum(DATA_COLLECTIONS), Count),
        /** Everything not imported, with the reason: other kinds of source, stray notes… */
        skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
        notes: z.array(z.string()),
      })
      .nullable(),
  },
} as const;
