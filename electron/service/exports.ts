// Handlers for exports: the quote sheet's live preview, saving a sheet or an interchange file as
// a job the renderer can watch and cancel, and the workspace bundle out and in. Bytes are made
// here and handed to the shell (or streamed into the file it opens), which asks where to save
// them; the renderer never names a path.
import type { DataCollection } from '../../shared/domain/workspace';
import { DATA_COLLECTIONS, hasRecord } from '../../shared/domain/workspace';
import { buildQuoteSheetCore } from '../../shared/export/quote-sheet';
import { cellText, COLUMN_LABELS } from '../../shared/export/cells';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { BundleError, exportBundle, planBundleImport } from '../export/bundle';
import { isAbortError } from '../export/progress';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { EXPORT_FILTERS, fileNameFor } from './export-formats';
import { lazily } from './lazy';
import type { Shell } from './shell';

/** The format writers (docx, XLSX, the briefings...), loaded on the first export (see ./lazy). */
const loadWriters = lazily(() => import('./export-writers'));

type ExportHandlers = Pick<
  HandlerTable,
  | 'exports.preview'
  | 'exports.save'
  | 'exports.progress'
  | 'exports.cancel'
  | 'bundle.export'
  | 'bundle.import'
>;

interface Job {
  phase: 'building' | 'writing' | 'saving';
  done: number;
  total: number;
  controller: AbortController;
}

/** Bundles larger than this are refused before parsing: no workspace handed over is this big. */
const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;

export function exportHandlers(ctx: ServiceContext, shell: Shell, actor: string): ExportHandlers {
  const data = () => ctx.store.data;
  const jobs = new Map<string, Job>();
  const countsOf = (): Record<DataCollection, number> =>
    Object.fromEntries(DATA_COLLECTIONS.map((c) => [c, Object.keys(data()[c]).length])) as Record<
      DataCollection,
      number
    >;

  return {
    'exports.preview': async ({ options, limit }) => {
      const sheet = buildQuoteSheetCore(data(), options, stamp(ctx));
      let left = limit;
      const total = sheet.groups.reduce((n, g) => n + g.rows.length, 0);
      return {
        title: sheet.title,
        total,
        columns: sheet.columns.map((id) => ({ id, label: COLUMN_LABELS[id] })),
        groups: sheet.groups.map((group) => {
          const rows = group.rows.slice(0, Math.max(0, left));
          left -= rows.length;
          return {
            label: group.title,
            count: group.rows.length,
            rows: rows.map((row) => ({
              id: row.quoteId,
              cells: sheet.columns.map((c) => cellText(row, c)),
              context: row.context?.text ?? '',
              quote: row.text,
            })),
          };
        }),
      };
    },

    'exports.save': async ({ jobId, format, options }) => {
      if (jobs.has(jobId)) throw new WorkbenchError('conflict', 'That export is already running.');
      // Checked here, for every format alike: an article deleted since it was chosen would
      // otherwise empty a sheet silently, or fail deep inside an interchange writer.
      const missing = options.documentIds.filter((id) => !hasRecord(data().documents, id));
      if (missing.length > 0) {
        throw new WorkbenchError(
          'not_found',
          missing.length === 1
            ? 'One of the chosen articles is no longer in the workspace; choose the articles again.'
            : `${missing.length} of the chosen articles are no longer in the workspace; choose the articles again.`,
        );
      }
      const job: Job = { phase: 'building', done: 0, total: 0, controller: new AbortController() };
      jobs.set(jobId, job);
      try {
        const at = stamp(ctx);
        const writer = (await loadWriters()).EXPORT_WRITERS[format];
        job.phase = 'writing';
        const written = await writer(data(), options, {
          generatedAt: at,
          actor,
          shell,
          run: {
            signal: job.controller.signal,
            onProgress: (done, total) => {
              job.done = done;
              job.total = total;
            },
          },
        });
        job.controller.signal.throwIfAborted();
        job.phase = 'saving';
        let bytes = 0;
        const { content } = written;
        const path = await shell.saveFile(
          fileNameFor(written.title, format, at),
          typeof content === 'function'
            ? // Streamed: written while the file is saved, so it can still be cancelled then.
              async (write) => {
                job.phase = 'writing';
                await content(async (chunk) => {
                  bytes += chunk.length;
                  await write(chunk);
                });
                // A cancel that came with the last chunk still wins: the shell drops the file.
                job.controller.signal.throwIfAborted();
                job.phase = 'saving';
              }
            : content,
          [EXPORT_FILTERS[format]],
        );
        if (typeof content !== 'function') bytes = content.length;
        return { path, bytes, rows: written.rows };
      } catch (error) {
        if (isAbortError(error) || job.controller.signal.aborted) {
          throw new WorkbenchError('cancelled', 'The export was cancelled; nothing was saved.');
        }
        throw error;
      } finally {
        jobs.delete(jobId);
      }
    },

    'exports.progress': async ({ jobId }) => {
      const job = jobs.get(jobId);
      return job ? { phase: job.phase, done: job.done, total: job.total } : null;
    },

    'exports.cancel': async ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job || job.phase === 'saving') return { cancelled: false };
      job.controller.abort();
      return { cancelled: true };
    },

    'bundle.export': async () => {
      const at = stamp(ctx);
      const bytes = exportBundle(data(), { exportedAt: at, actor });
      const path = await shell.saveFile(`workspace-${at.slice(0, 10)}.awbundle.json`, bytes, [
        { name: 'Attribution Workbench bundle', extensions: ['json'] },
      ]);
      return { path, counts: countsOf() };
    },

    'bundle.import': async () => {
      const file = await shell.openFile([
        { name: 'Attribution Workbench bundle', extensions: ['json'] },
      ]);
      if (!file) return null;
      if (file.bytes.length > MAX_BUNDLE_BYTES) {
        throw new WorkbenchError('invalid_input', `${file.name} is too large to be a bundle.`);
      }
      let plan;
      try {
        plan = planBundleImport(data(), file.bytes);
      } catch (error) {
        if (error instanceof BundleError) {
          throw new WorkbenchError('invalid_input', `${file.name}: ${error.message}`);
        }
        throw error;
      }
      const { report } = plan;
      if (plan.changes.length > 0) {
        await ctx.commit(
          `Import bundle from ${report.from.exportedBy || 'a colleague'}`,
          plan.changes,
        );
      }
      return {
        fileName: file.name,
        added: report.added,
        unchanged: report.unchanged,
        conflicts: report.conflicts,
        skipped: report.skipped,
        notes: report.notes.map((n) => n.message),
      };
    },
  };
}
