// Handlers for project exchange with QDA tools: the workspace out as a REFI-QDA `.qdpx` through
// the shell's save dialog, and a `.qdpx` from any tool in through its open dialog, merged as one
// edit (one undo step) with a report of what came in and what was skipped and why.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { lazily } from './lazy';
import type { Shell } from './shell';

/** The REFI-QDA reader and writer, loaded on first use (see ./lazy). */
const loadProject = lazily(() => import('../interchange/refi-qda/project'));

type InterchangeHandlers = Pick<HandlerTable, 'interchange.exportQdpx' | 'interchange.importQdpx'>;

const QDPX_FILTER = { name: 'REFI-QDA project', extensions: ['qdpx'] };

export function interchangeHandlers(
  ctx: ServiceContext,
  shell: Shell,
  actor: string,
): InterchangeHandlers {
  return {
    'interchange.exportQdpx': async () => {
      const at = stamp(ctx);
      const name = `Attribution Workbench ${at.slice(0, 10)}`;
      const { exportQdpx } = await loadProject();
      const { bytes, counts } = await exportQdpx(ctx.store.data, { name, actor, exportedAt: at });
      const path = await shell.saveFile(`workspace-${at.slice(0, 10)}.qdpx`, bytes, [QDPX_FILTER]);
      return { path, ...counts };
    },

    'interchange.importQdpx': async () => {
      const file = await shell.openFile([QDPX_FILTER]);
      if (!file) return null;
      const { MAX_QDPX_BYTES, openQdpx, planQdpxImport, QdpxError, XmlError } = await loadProject();
      if (file.bytes.length > MAX_QDPX_BYTES) {
        throw new WorkbenchError(
          'invalid_input',
          `${file.name} is larger than ${MAX_QDPX_BYTES / 1024 / 1024} MB; projects that large are not read.`,
        );
      }
      let plan;
      try {
        plan = planQdpxImport(ctx.store.data, openQdpx(file.bytes, file.name), {
          newId: ctx.newId,
          at: stamp(ctx),
        });
      } catch (error) {
        if (error instanceof QdpxError || error instanceof XmlError) {
          const message = error.message.startsWith(file.name)
            ? error.message
            : `${file.name}: ${error.message}`;
          throw new WorkbenchError('invalid_input', message);
        }
        throw error;
      }
      const { report } = plan;
      if (plan.changes.length > 0) {
        await ctx.commit(
          `Import REFI-QDA project “${report.projectName || file.name}”`,
          plan.changes,
        );
      }
      return { fileName: file.name, ...report };
    },
  };
}
