// Handler that imports a Hypothesis or Web Annotation file: the shell's open dialog, the reader
// (shared/interchange), the plan (anchoring, tags, speakers), then one commit: one undo step.
import { AnnotationReadError, readAnnotations } from '../../shared/interchange/annotations-read';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { hasRecord } from '../../shared/domain/workspace';
import type { ServiceContext } from './context';
import { planAnnotationImport } from './annotation-import-plan';
import type { Shell } from './shell';

type Handlers = Pick<HandlerTable, 'annotations.import'>;

/** Far above any real export (Hypothesis caps a user's export well below this). */
const MAX_BYTES = 64 * 1024 * 1024;

export function annotationImportHandlers(ctx: ServiceContext, shell: Shell): Handlers {
  return {
    'annotations.import': async ({ documentId }) => {
      if (documentId !== null && !hasRecord(ctx.store.data.documents, documentId)) {
        throw new WorkbenchError('not_found', 'That article is no longer in the workspace.');
      }
      const file = await shell.openFile([
        { name: 'Hypothesis or Web Annotation JSON', extensions: ['json', 'jsonld'] },
      ]);
      if (!file) return null;
      if (file.bytes.length > MAX_BYTES) {
        throw new WorkbenchError(
          'invalid_input',
          `${file.name} is too large to be an annotation export.`,
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes));
      } catch {
        throw new WorkbenchError('invalid_input', `${file.name} is not a JSON file.`);
      }
      let read;
      try {
        read = readAnnotations(json);
      } catch (error) {
        if (error instanceof AnnotationReadError) {
          throw new WorkbenchError('invalid_input', `${file.name}: ${error.message}`);
        }
        throw error;
      }
      const { changes, report } = planAnnotationImport(ctx, read.items, read.skipped, documentId);
      if (changes.length > 0) {
        const from = read.format === 'hypothesis' ? 'Hypothesis' : 'Web Annotation';
        await ctx.commit(`Import annotations from ${from}`, changes);
      }
      return { fileName: file.name, format: read.format, ...report };
    },
  };
}
