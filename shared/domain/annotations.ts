// Highlights with notes and tags, and the codebook's tags: shapes schema 3 added.
import { z } from 'zod';
import { AnchorStatus, Id, Selector, Timestamp } from './schema';

import { HIGHLIGHT_COLORS } from './choices';

export { HIGHLIGHT_COLORS };
export const HighlightColor = z.enum(HIGHLIGHT_COLORS);

export const AnnotationSchema = z.object({
  id: Id,
  documentId: Id,
  selector: Selector,
  color: HighlightColor,
  note: z.string().max(20_000),
  tagIds: z.array(Id).max(200),
  anchor: AnchorStatus.nullable(),
  /**
   * Who wrote it, when it came from another tool (a Hypothesis account, a Web Annotation
   * creator); absent for the analyst's own highlights. Optional, so older files need no upgrade.
   */
  author: z.string().max(300).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** An entry of the workspace codebook. */
export const TagSchema = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  description: z.string().max(5_000),
  color: z.string().regex(/^#[0-9a-f]{6}$/),
  parentId: Id.nullable(),
  /** A single key that applies the tag to the current selection or annotation. */
  shortcut: z.string().max(1).nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export type HighlightColor = z.infer<typeof HighlightColor>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type Tag = z.infer<typeof TagSchema>;
