// Schemas several channel groups share.
import { z } from 'zod';

/** A channel that takes no input accepts nothing or an empty object. */
export const NoInput = z.undefined().or(z.object({}).strict());
