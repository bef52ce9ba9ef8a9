// Importing articles in batches: files from the open dialog, files dropped on the window (by path,
// or as bytes when the shell has no path), and pasted text or web content. Every file goes through
// the same parsers as the command line (electron/import), duplicates are skipped by content hash,
// failures are reported with their reason, and what did import is committed as one undoable edit.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import type { ImportReport, ImportSource } from '../../shared/ipc/channels/documents';
import { WorkbenchError } from '../../shared/ipc/result';
import type { DocumentFormat, WorkbenchDocument } from '../../shared/domain/schema';
import { valuesOf } from '../../shared/domain/workspace';
import { finishArticle } from '../import/article';
import { IMPORT_EXTENSIONS } from '../import/extensions';
import { readImportFile } from '../import/read-file';
import type { ImportedArticle } from '../import/types';
import { ImportError } from '../import/types';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { makeDocument } from './documents';
import { lazily } from './lazy';
import type { Shell } from './shell';

/** The parsers, loaded on the first import (see ./lazy). */
const loadParsers = lazily(() => import('../import/parsers'));

type ImportHandlers = Pick<HandlerTable, 'documents.import' | 'documents.importProgress'>;

/** What the open dialog offers: every format together first, then each on its own. */
export const IMPORT_FILTERS = [
  { name: 'Articles', extensions: Object.values(IMPORT_EXTENSIONS).flat() },
  { name: 'Web pages', extensions: [...IMPORT_EXTENSIONS.html, ...IMPORT_EXTENSIONS.mhtml] },
  { name: 'PDF', extensions: IMPORT_EXTENSIONS.pdf },
  { name: 'Word', extensions: IMPORT_EXTENSIONS.docx },
  { name: 'Markdown', extensions: IMPORT_EXTENSIONS.markdown },
  { name: 'Plain text', extensions: IMPORT_EXTENSIONS.text },
] as const;

/** One item of a batch: its name for the report, and how to get its parsed article. */
interface Pending {
  name: string;
  parse(): Promise<{ article: ImportedArticle; format: DocumentFormat }>;
}

interface Progress {
  done: number;
  total: number;
  current: string;
}

function fromBytes(name: string, load: () => Promise<Uint8Array>): Pending {
  return {
    name,
    parse: async () => {
      // The parser reports the format it recognised; nothing is detected twice.
      const bytes = await load();
      const { parseFile } = await loadParsers();
      const article = await parseFile(name, bytes);
      return { article, format: article.format };
    },
  };
}

function fromPaths(paths: readonly string[]): Pending[] {
  return paths.map((file) =>
    fromBytes(file.replace(/^.*[\\/]/, ''), async () => (await readImportFile(file)).bytes),
  );
}

/** The items of a batch; null when the analyst cancelled the open dialog. */
async function pendingFrom(source: ImportSource, shell: Shell): Promise<Pending[] | null> {
  switch (source.kind) {
    case 'dialog': {
      const paths = await shell.openFiles(IMPORT_FILTERS);
      return paths === null ? null : fromPaths(paths);
    }
    case 'paths':
      return fromPaths(source.paths);
    case 'files':
      return source.files.map((f) =>
        fromBytes(f.name, async () => Buffer.from(f.base64, 'base64')),
      );
    case 'paste':
      return [
        {
          name: 'Pasted text',
          parse: async () => {
            const name = 'Pasted text';
            const { parseHtmlString, parseText } = await loadParsers();
            // Web content keeps its headings, lists and metadata; when it holds no article
            // (a fragment of a table, say), the plain text the clipboard also carries is used.
            if (source.html.trim() !== '') {
              try {
                const article = await parseHtmlString(source.html, { fileName: name });
                if (article.blocks.some((b) => b.text.trim() !== ''))
                  return { article, format: 'paste' };
              } catch (error) {
                if (!(error instanceof ImportError) || source.text.trim() === '') throw error;
              }
            }
            const bytes = new TextEncoder().encode(source.text);
            return { article: await parseText(bytes, { fileName: name }), format: 'paste' };
          },
        },
      ];
    default: {
      const never: never = source;
      throw new Error(`unknown import source ${String(never)}`);
    }
  }
}

function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof ImportError) return { code: error.code, message: error.message };
  if (error instanceof WorkbenchError) return { code: error.code, message: error.message };
  return {
    code: 'internal',
    message: 'The file could not be read (an unexpected error; see the log).',
  };
}

export function importHandlers(
  ctx: ServiceContext,
  shell: Shell,
  log: (message: string, error?: unknown) => void = () => {},
): ImportHandlers {
  const jobs = new Map<string, Progress>();
  return {
    'documents.import': async ({ jobId, source }) => {
      if (jobs.has(jobId)) throw new WorkbenchError('conflict', 'That import is already running.');
      const progress: Progress = { done: 0, total: 0, current: '' };
      jobs.set(jobId, progress);
      try {
        const pending = await pendingFrom(source, shell);
        if (pending === null) return null;
        progress.total = pending.length;
        const report: ImportReport = { imported: [], duplicates: [], failed: [] };
        const byHash = new Map<string, WorkbenchDocument>(
          valuesOf(ctx.store.data.documents).map((d) => [d.contentHash, d]),
        );
        const docs: WorkbenchDocument[] = [];
        const importedAt = stamp(ctx);
        for (const item of pending) {
          progress.current = item.name;
          // Let progress questions (and the window) be answered between files.
          await nextTurn();
          try {
            const { article, format } = await item.parse();
            const finished = finishArticle(article, item.name);
            const m = finished.metadata;
            const doc = makeDocument(
              {
                text: finished.text,
                blocks: finished.blocks,
                title: m.title,
                outlet: m.outlet ?? '',
                authors: m.authors,
                publishedAt: m.published ?? '',
                url: m.url ?? '',
                language: m.language ?? '',
                fileName: source.kind === 'paste' ? '' : item.name,
                format,
              },
              ctx.newId(),
              importedAt,
            );
            const twin = byHash.get(doc.contentHash);
            if (twin) {
              report.duplicates.push({
                fileName: item.name,
                existingId: twin.id,
                existingTitle: twin.title,
              });
            } else {
              byHash.set(doc.contentHash, doc);
              docs.push(doc);
              report.imported.push({
                id: doc.id,
                title: doc.title,
                fileName: item.name,
                format,
                warnings: finished.warnings,
              });
            }
          } catch (error) {
            if (!(error instanceof ImportError)) log(`Import of ${item.name} failed`, error);
            report.failed.push({ fileName: item.name, ...describeFailure(error) });
          }
          progress.done += 1;
        }
        if (docs.length > 0) {
          const label =
            docs.length === 1
              ? `Import “${docs[0]!.title.slice(0, 60)}”`
              : `Import ${docs.length} articles`;
          // One edit: the whole batch lands, or (on a failed write) none of it does.
          await ctx.commit(
            label,
            docs.map((value) => ({ op: 'put', collection: 'documents', value })),
          );
        }
        return report;
      } finally {
        jobs.delete(jobId);
      }
    },
    'documents.importProgress': async ({ jobId }) => {
      const job = jobs.get(jobId);
      return job ? { ...job } : null;
    },
  };
}
