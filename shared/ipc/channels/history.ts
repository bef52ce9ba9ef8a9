// Channels about the change log: undo, redo, and each item's audit trail.
import { z } from 'zod';
import { Id } from '../../domain/schema';
import { ChangeLogEntrySchema, DATA_COLLECTIONS } from '../../domain/workspace';
import { NoInput } from './common';

const Step = z.object({ label: z.string(), at: z.string() });

export const historyChannels = {
  'history.state': {
    input: NoInput,
    output: z.object({ undo: Step.nullable(), redo: Step.nullable() }),
  },
  'history.undo': { input: NoInput, output: Step },
  'history.redo': { input: NoInput, output: Step },
  'history.forItem': {
    input: z.object({ collection: z.enum(DATA_COLLECTIONS), id: Id }).strict(),
    output: z.array(ChangeLogEntrySchema),
  },
} as const;
