// The end of an import plan: every entity checked against its schema (one that fails is
// listed as not imported, never committed), the puts in collection order, and the counts.
import { DATA_COLLECTIONS, entitySchemas } from '../../../shared/domain/workspace';
import type { Change, DataCollection } from '../../../shared/domain/workspace';
import type { QdaProject } from './reader';

export interface QdpxImportReport {
  projectName: string;
  /** The tool that wrote it, as the project says ("MAXQDA 2022"), or ''. */
  origin: string;
  /** Its users' names. */
  users: string[];
  added: Record<DataCollection, number>;
  skipped: { name: string; reason: string }[];
  notes: string[];
}

export interface QdpxImportPlan {
  changes: Change[];
  report: QdpxImportReport;
}

/** Validates every entity against its schema (a bad one is skipped and named) and counts. */
export function finish(
  entities: Partial<Record<DataCollection, { id: string }[]>>,
  project: QdaProject,
  skipped: QdpxImportReport['skipped'],
  notes: string[],
): QdpxImportPlan {
  const added = Object.fromEntries(DATA_COLLECTIONS.map((c) => [c, 0])) as Record<
    DataCollection,
    number
  >;
  const changes: Change[] = [];
  for (const collection of DATA_COLLECTIONS) {
    for (const entity of entities[collection] ?? []) {
      const checked = entitySchemas[collection].safeParse(entity);
      if (!checked.success) {
        skipped.push({
          name: `${collection} ${entity.id}`,
          reason: `Not imported: ${checked.error.issues[0]?.message ?? 'invalid'}.`,
        });
        continue;
      }
      changes.push({ op: 'put', collection, value: checked.data } as Change);
      added[collection] += 1;
    }
  }
  return {
    changes,
    report: {
      projectName: project.name,
      origin: project.origin,
      users: [...project.users.values()].filter(Boolean),
      added,
      skipped,
      notes,
    },
  };
}
