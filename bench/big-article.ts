// The benches' big article: the sample article twelve times over (~100 KB, each copy's place
// names numbered so the copies differ), imported into a new workspace through the service.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkbench } from '../electron/service/workbench';
import type { Workbench } from '../electron/service/workbench';
import type { WorkbenchDocument } from '../shared/domain/schema';
import type { DocumentSummary } from '../shared/ipc/contract';
import type { Result } from '../shared/ipc/result';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Opens a workbench on `dataDir` with "Big article" imported; the caller closes it. */
export async function importBigArticle(
  dataDir: string,
): Promise<{ wb: Workbench; doc: WorkbenchDocument }> {
  const sample = await readFile(
    path.join(ROOT, 'resources', 'sample', 'riyadh-ceasefire-talks.txt'),
    'utf8',
  );
  const text = Array.from({ length: 12 }, (_, i) =>
    sample.replace(/Riyadh/g, `Riyadh (${i})`),
  ).join('\n');
  const wb = await createWorkbench({ dataDir, resourcesDir: path.join(ROOT, 'resources') });
  const created = (await wb.dispatch('documents.importText', {
    text,
    title: 'Big article',
  })) as Result<DocumentSummary>;
  if (!created.ok) throw new Error(created.error.message);
  const doc = (await wb.dispatch('documents.get', {
    id: created.value.id,
  })) as Result<WorkbenchDocument>;
  if (!doc.ok) throw new Error(doc.error.message);
  return { wb, doc: doc.value };
}
