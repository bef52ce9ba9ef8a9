// Channels about articles: the library (list, read, edit metadata, delete) and the intake
// (files by dialog, drop or path, pasted text or web content), reported as one batch.
import { z } from 'zod';
import { DocumentSchema, Id, IsoDateOrEmpty } from '../../domain/schema';
import { NoInput } from './common';

export const DocumentSummarySchema = DocumentSchema.omit({
  text: true,
  blocks: true,
  previousVersions: true,
}).extend({
  quoteCount: z.number().int().nonnegative(),
  claimCount: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  /** How many earlier versions of the text are kept. */
  versionCount: z.number().int().positive(),
  /** Spans waiting in the review queue after a re-import. */
  reviewCount: z.number().int().nonnegative(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** A job id the renderer makes up, so it can ask for progress while an import runs. */
const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Largest file handed over as bytes (base64) when the shell gives no path for it. */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

/** Metadata the analyst can edit on an article at any time. */
export const DocumentMetadataPatch = z
  .object({
    title: z.string().trim().min(1, 'An article needs a title').max(500),
    outlet: z.string().trim().max(200),
    authors: z.array(z.string().trim().min(1).max(200)).max(50),
    publishedAt: z.string().trim().pipe(IsoDateOrEmpty),
    url: z.string().trim().max(2_000),
    language: z
      .string()
      .trim()
      .max(35)
      .regex(/^$|^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'Use a language tag such as en or pt-BR'),
    description: z.string().max(20_000),
  })
  .partial()
  .strict();
export type DocumentMetadataPatch = z.infer<typeof DocumentMetadataPatch>;

/** Where a batch of articles comes from. */
export const ImportSource = z.discriminatedUnion('kind', [
  /** The system's open dialog (several files at once). */
  z.object({ kind: z.literal('dialog') }).strict(),
  /** Files dropped on the window, by the paths the shell gave for them. */
  z
    .object({
      kind: z.literal('paths'),
      paths: z.array(z.string().min(1).max(4_096)).min(1).max(500),
    })
    .strict(),
  /** Files without a path (dropped from elsewhere), handed over as bytes. */
  z
    .object({
      kind: z.literal('files'),
      files: z
        .array(
          z
            .object({
              name: z.string().min(1).max(500),
              base64: z.string().max(MAX_BASE64, 'Files over 64 MB are not imported'),
            })
            .strict(),
        )
        .min(1)
        .max(50),
    })
    .strict(),
  /** Pasted content: web content (HTML from the clipboard) goes the web-page way, else text. */
  z
    .object({
      kind: z.literal('paste'),
      html: z.string().max(20_000_000, 'Pasted web content is limited to 20 million characters'),
      text: z.string().max(5_000_000, 'Articles are limited to 5 million characters'),
    })
    .strict(),
]);
export type ImportSource = z.infer<typeof ImportSource>;

export const ImportReportSchema = z.object({
  imported: z.array(
    z.object({
      id: Id,
      title: z.string(),
      fileName: z.string(),
      format: DocumentSchema.shape.format,
      /** Things worth knowing that did not stop the import. */
      warnings: z.array(z.string()),
    }),
  ),
  /** Same text as an article already in the workspace (or earlier in the batch): skipped. */
  duplicates: z.array(
    z.object({ fileName: z.string(), existingId: Id, existingTitle: z.string() }),
  ),
  failed: z.array(z.object({ fileName: z.string(), code: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const documentChannels = {
  'documents.list': {
    input: NoInput,
    output: z.array(DocumentSummarySchema),
  },
  'documents.get': {
    input: z.object({ id: Id }).strict(),
    output: DocumentSchema,
  },
  'documents.importText': {
    input: z
      .object({
        text: z.string().max(5_000_000, 'Articles are limited to 5 million characters'),
        title: z.string().trim().max(500).default(''),
        outlet: z.string().trim().max(200).default(''),
        fileName: z.string().trim().max(500).default(''),
      })
      .strict(),
    output: DocumentSummarySchema,
  },
  /** Imports a batch as one undoable edit; null when the analyst cancelled the open dialog. */
  'documents.import': {
    input: z.object({ jobId: JobId, source: ImportSource }).strict(),
    output: ImportReportSchema.nullable(),
  },
  'documents.importProgress': {
    input: z.object({ jobId: JobId }).strict(),
    /** null once the job is over (or never was). */
    output: z
      .object({
        done: z.number().int().nonnegative(),
        total: z.number().int().nonnegative(),
        current: z.string(),
      })
      .nullable(),
  },
  'documents.update': {
    input: z.object({ id: Id, patch: DocumentMetadataPatch }).strict(),
    output: DocumentSummarySchema,
  },
  /** What deleting the article would take with it, for the confirmation. */
  'documents.deletePlan': {
    input: z.object({ id: Id }).strict(),
    output: z.object({
      quotes: z.number().int().nonnegative(),
      annotations: z.number().int().nonnegative(),
      claims: z.number().int().nonnegative(),
      memos: z.number().int().nonnegative(),
      /** Evidence in claims about other articles that cites this one: kept as a reference. */
      evidenceKept: z.number().int().nonnegative(),
    }),
  },
  'documents.delete': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id }),
  },
} as const;
