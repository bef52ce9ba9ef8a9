// The whole workspace as stored on disk: one record per collection, keyed by id, plus the
// schema version that migrations read.
import { z } from 'zod';
import {
  AttributionSchema,
  DocumentSchema,
  Id,
  QuoteSchema,
  ReservedEntitySchema,
  SourceSchema,
  Timestamp,
} from './schema';

/** Bump together with a new numbered migration in electron/store/migrations. */
export const SCHEMA_VERSION = 1;

export const COLLECTIONS = [
  'documents',
  'sources',
  'quotes',
  'attributions',
  'annotations',
  'claims',
  'tags',
  'assessments',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const entitySchemas = {
  documents: DocumentSchema,
  sources: SourceSchema,
  quotes: QuoteSchema,
  attributions: AttributionSchema,
  annotations: ReservedEntitySchema,
  claims: ReservedEntitySchema,
  tags: ReservedEntitySchema,
  assessments: ReservedEntitySchema,
} as const satisfies Record<CollectionName, z.ZodType<{ id: string }>>;

export type EntityOf<C extends CollectionName> = z.infer<(typeof entitySchemas)[C]>;

export const WorkspaceSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: Timestamp,
  documents: z.record(Id, DocumentSchema),
  sources: z.record(Id, SourceSchema),
  quotes: z.record(Id, QuoteSchema),
  attributions: z.record(Id, AttributionSchema),
  annotations: z.record(Id, ReservedEntitySchema),
  claims: z.record(Id, ReservedEntitySchema),
  tags: z.record(Id, ReservedEntitySchema),
  assessments: z.record(Id, ReservedEntitySchema),
});
export type WorkspaceData = z.infer<typeof WorkspaceSchema>;

/** An empty workspace stamped with the given creation time. */
export function emptyWorkspace(createdAt: string): WorkspaceData {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt,
    documents: {},
    sources: {},
    quotes: {},
    attributions: {},
    annotations: {},
    claims: {},
    tags: {},
    assessments: {},
  };
}

/**
 * One change of a transaction. Edits are expressed as puts and deletes of whole entities,
 * so the journal records each edit in size proportional to the edit, not the workspace.
 */
export type Change = {
  [C in CollectionName]:
    { op: 'put'; collection: C; value: EntityOf<C> } | { op: 'delete'; collection: C; id: string };
}[CollectionName];

export const ChangeSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('put'),
    collection: z.enum(COLLECTIONS),
    value: z.looseObject({ id: Id }),
  }),
  z.object({ op: z.literal('delete'), collection: z.enum(COLLECTIONS), id: Id }),
]);

/** Applies changes in place. Puts replace the whole entity; deleting a missing id is a no-op. */
export function applyChanges(data: WorkspaceData, changes: readonly Change[]): void {
  for (const change of changes) {
    const records = data[change.collection] as Record<string, unknown>;
    if (change.op === 'put') records[change.value.id] = change.value;
    else delete records[change.id];
  }
}
