// Every export format, as one writer each: the quote-sheet formats build the sheet and hand it
// to their file writer; PDF prints the HTML briefing through the shell; the interchange formats
// serialise the workspace as JSON-LD. Each returns the content (bytes, or for CSV and the text
// formats a producer that streams them into the file being saved), the rows written and a title.
// The export handlers load this module on the first export, not at start-up (see ./lazy).
import type { WorkspaceData } from '../../shared/domain/workspace';
import type { ExportFormat } from '../../shared/ipc/channels/exports';
import { buildQuoteSheet, buildQuoteSheetCore } from '../../shared/export/quote-sheet';
import type {
  QuoteSheet,
  QuoteSheetCore,
  QuoteSheetOptionsInput,
} from '../../shared/export/quote-sheet';
import { toWebAnnotationCollection } from '../../shared/export/web-annotation';
import { toClaimReviews } from '../../shared/export/claim-review';
import type { ExportRunOptions } from '../export/progress';
import { streamCsv } from '../export/csv';
import { writeXlsx } from '../export/xlsx';
import { writeDocx } from '../export/docx';
import { streamHtml, writeHtml } from '../export/html';
import { streamMarkdown } from '../export/markdown';
import { streamJson } from '../export/json';
import type { ChunkSink } from '../export/utf8-output';
import type { Writer } from './export-formats';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The sheet's scope for the interchange writers: an empty list means every article. */
const scope = (options: QuoteSheetOptionsInput) =>
  options.documentIds && options.documentIds.length > 0 ? options.documentIds : undefined;

type Build<S> = (data: WorkspaceData, options: QuoteSheetOptionsInput, at: string) => S;

/**
 * A quote-sheet format: build the sheet, then write it. Formats that read only the rows are
 * given the core (`buildQuoteSheetCore`); XLSX and JSON the whole sheet with its tables.
 */
const sheetWriter =
  <S extends QuoteSheetCore>(
    build: Build<S>,
    write: (sheet: S, run: ExportRunOptions) => Promise<Uint8Array | string>,
  ): Writer =>
  async (data, options, ctx) => {
    const sheet = build(data, options, ctx.generatedAt);
    const out = await write(sheet, ctx.run);
    return {
      content: typeof out === 'string' ? utf8(out) : out,
      rows: sheet.quoteCount,
      title: sheet.title,
    };
  };

/**
 * The formats that stream (CSV and the text briefings): the sheet is built now, for its title
 * and row count, and written only once the save dialog has a path, straight into that file.
 */
const streamedWriter =
  <S extends QuoteSheetCore>(
    build: Build<S>,
    stream: (sheet: S, sink: ChunkSink, run: ExportRunOptions) => Promise<void>,
  ): Writer =>
  async (data, options, ctx) => {
    const sheet = build(data, options, ctx.generatedAt);
    return {
      content: (write) => stream(sheet, write, ctx.run),
      rows: sheet.quoteCount,
      title: sheet.title,
    };
  };

export const EXPORT_WRITERS: Record<ExportFormat, Writer> = {
  csv: streamedWriter(buildQuoteSheetCore, streamCsv),
  xlsx: sheetWriter<QuoteSheet>(buildQuoteSheet, writeXlsx),
  docx: sheetWriter(buildQuoteSheetCore, writeDocx),
  markdown: streamedWriter(buildQuoteSheetCore, streamMarkdown),
  html: streamedWriter(buildQuoteSheetCore, streamHtml),
  json: streamedWriter<QuoteSheet>(buildQuoteSheet, streamJson),
  pdf: async (data, options, ctx) => {
    const sheet = buildQuoteSheetCore(data, options, ctx.generatedAt);
    const html = await writeHtml(sheet, ctx.run);
    const bytes = await ctx.shell.printPdf(html);
    return { content: bytes, rows: sheet.quoteCount, title: sheet.title };
  },
  'web-annotation': async (data, options, ctx) => {
    const collection = toWebAnnotationCollection(data, {
      documentIds: scope(options),
      generatedAt: ctx.generatedAt,
      analyst: ctx.actor,
    });
    return {
      content: utf8(JSON.stringify(collection, null, 2)),
      rows: typeof collection['total'] === 'number' ? collection['total'] : 0,
      title: 'Annotations',
    };
  },
  'claim-review': async (data, options, ctx) => {
    const reviews = toClaimReviews(data, {
      author: { type: 'Person', name: ctx.actor },
      datePublished: ctx.generatedAt,
      documentIds: scope(options),
    });
    return {
      content: utf8(JSON.stringify(reviews, null, 2)),
      rows: reviews.length,
      title: 'Claim reviews',
    };
  },
};
