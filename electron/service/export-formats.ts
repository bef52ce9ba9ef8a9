// The export formats' file names and save-dialog filters, and the shape of a writer: known at
// start-up, while the writers themselves (./export-writers, with docx and the XLSX and HTML
// writers behind them) are loaded on the first export.
import type { WorkspaceData } from '../../shared/domain/workspace';
import type { ExportFormat } from '../../shared/ipc/channels/exports';
import type { QuoteSheetOptionsInput } from '../../shared/export/quote-sheet';
import type { ExportRunOptions } from '../export/progress';
import type { FileContent, FileFilter, Shell } from './shell';

export interface WriteContext {
  generatedAt: string;
  /** Who exports: the analyst named in the files. */
  actor: string;
  shell: Shell;
  run: ExportRunOptions;
}

export interface Written {
  content: FileContent;
  rows: number;
  title: string;
}

export type Writer = (
  data: WorkspaceData,
  options: QuoteSheetOptionsInput,
  ctx: WriteContext,
) => Promise<Written>;

/** The save dialog's file type per format; its first extension names the file. */
export const EXPORT_FILTERS = {
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page', extensions: ['html'] },
  json: { name: 'JSON', extensions: ['json'] },
  'web-annotation': { name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld'] },
  'claim-review': { name: 'schema.org ClaimReview (JSON-LD)', extensions: ['jsonld'] },
} as const satisfies Record<ExportFormat, FileFilter>;

/** "Quote sheet" exported on 2026-11-27 as CSV → "quote-sheet-2026-11-27.csv". */
export function fileNameFor(title: string, format: ExportFormat, generatedAt: string): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export';
  return `${slug}-${generatedAt.slice(0, 10)}.${EXPORT_FILTERS[format].extensions[0]}`;
}
