// Channels of the workspace search: one query in, hits grouped by kind out. Snippets travel as
// segments of plain text with the hits flagged, never as HTML.
import { z } from 'zod';
import { MEMO_SUBJECTS } from '../../domain/claims';
import { Id } from '../../domain/schema';
import { RESULT_KINDS } from '../../search/query';

export const SearchSegment = z.object({ text: z.string(), hit: z.boolean() });

export const SearchHit = z.object({
  /** Unique within the answer (an entry of the index). */
  id: z.string(),
  kind: z.enum(RESULT_KINDS),
  subkind: z.enum(['paragraph', 'quote', 'claim', 'source', 'memo', 'highlight', 'tag']),
  /** The record hit: the article for a passage, else the quote, claim, source, memo, highlight or tag. */
  recordId: Id,
  /** The article the hit is in or about; null for sources and tags. */
  documentId: Id.nullable(),
  documentTitle: z.string(),
  /** A quote's speakers, a claim's claimants; empty otherwise. */
  speaker: z.string(),
  /** A name to show for records that have one (source, tag, memo title); empty otherwise. */
  label: z.string(),
  snippet: z.array(SearchSegment),
  /** What a memo is about, to open it there; null for every other hit. */
  about: z.object({ kind: z.enum(MEMO_SUBJECTS), id: Id }).nullable(),
  /** For passages, the first hit's offsets in the article's text, to scroll to and flash. */
  range: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});

export const SearchGroup = z.object({
  kind: z.enum(RESULT_KINDS),
  /** Every hit of the kind, though only the first `limit` are sent. */
  count: z.number().int().nonnegative(),
  hits: z.array(SearchHit),
});

export const searchChannels = {
  'search.query': {
    input: z
      .object({
        query: z.string().max(2_000),
        /** Hits sent per group. */
        limit: z.number().int().min(1).max(500).default(20),
      })
      .strict(),
    output: z.object({
      /** Why the query could not be read, in words for the analyst; null when it was read. */
      error: z.string().nullable(),
      groups: z.array(SearchGroup),
      /** Milliseconds the service spent, index upkeep included. */
      tookMs: z.number(),
    }),
  },
} as const;

export type SearchHit = z.infer<typeof SearchHit>;
export type SearchGroup = z.infer<typeof SearchGroup>;
export type SearchSegment = z.infer<typeof SearchSegment>;
