// Channels about exports: a live preview of the quote sheet, saving it (or the interchange
// formats) through the shell's save dialog as a job with progress that can be cancelled, and the
// whole-workspace bundle out and in.
import { z } from 'zod';
import { Id } from '../../domain/schema';
import { DATA_COLLECTIONS } from '../../domain/workspace';
import { QuoteSheetOptionsSchema } from '../../export/quote-sheet';
import { NoInput } from './common';

export const EXPORT_FORMATS = [
  'csv',
  'xlsx',
  'docx',
  'pdf',
  'markdown',
  'html',
  'json',
  'web-annotation',
  'claim-review',
] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);

/** A job id the renderer makes up, so it can ask for progress and cancel while it waits. */
const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const Counts = z.record(z.enum(DATA_COLLECTIONS), z.number().int().nonnegative());

const Problem = z.object({
  collection: z.string(),
  id: Id,
  label: z.string(),
  reason: z.string(),
});

export const exportChannels = {
  'exports.preview': {
    input: z
      .object({
        options: QuoteSheetOptionsSchema,
        limit: z.number().int().min(1).max(1_000).default(200),
      })
      .strict(),
    output: z.object({
      title: z.string(),
      /** Rows in the whole sheet; the preview shows at most `limit` of them. */
      total: z.number().int().nonnegative(),
      columns: z.array(z.object({ id: z.string(), label: z.string() })),
      groups: z.array(
        z.object({
          label: z.string(),
          /** Rows in this group in the whole sheet. */
          count: z.number().int().nonnegative(),
          rows: z.array(
            z.object({
              id: Id,
              cells: z.array(z.string()),
              context: z.string(),
              quote: z.string(),
            }),
          ),
        }),
      ),
    }),
  },
  'exports.save': {
    input: z
      .object({
        jobId: JobId,
        format: ExportFormat,
        options: QuoteSheetOptionsSchema,
      })
      .strict(),
    /** path null: the analyst cancelled the save dialog. */
    output: z.object({
      path: z.string().nullable(),
      bytes: z.number().int().nonnegative(),
      rows: z.number().int().nonnegative(),
    }),
  },
  'exports.progress': {
    input: z.object({ jobId: JobId }).strict(),
    /** null once the job is over (or never was). */
    output: z
      .object({
        phase: z.enum(['building', 'writing', 'saving']),
        done: z.number().int().nonnegative(),
        total: z.number().int().nonnegative(),
      })
      .nullable(),
  },
  'exports.cancel': {
    input: z.object({ jobId: JobId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'bundle.export': {
    input: NoInput,
    output: z.object({ path: z.string().nullable(), counts: Counts }),
  },
  'bundle.import': {
    input: NoInput,
    /** null: the analyst cancelled the open dialog. */
    output: z
      .object({
        fileName: z.string(),
        added: Counts,
        unchanged: z.number().int().nonnegative(),
        conflicts: z.array(Problem),
        skipped: z.array(Problem),
        notes: z.array(z.string()),
      })
      .nullable(),
  },
} as const;

export type ExportFormat = z.infer<typeof ExportFormat>;
