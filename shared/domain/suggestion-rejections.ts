// A suggestion the analyst rejected: remembered per article so the engine's proposal is never
// offered again there. Stored as its own collection (not a field on the article) so a rejection
// is a small undoable edit that does not copy the article's text into the change log.
import { z } from 'zod';
import { Id, Timestamp } from './schema';

export const SuggestionRejectionSchema = z.object({
  id: Id,
  documentId: Id,
  /** The suggestion's key when it was rejected (`${kind}:${start}-${end}`). */
  key: z.string().min(1).max(100),
  /** The quoted text, so the rejection still holds when a new version moves the offsets. */
  exact: z.string().max(20_000),
  rejectedAt: Timestamp,
});
export type SuggestionRejection = z.infer<typeof SuggestionRejectionSchema>;
