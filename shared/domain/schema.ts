// Domain schemas: the single definition of every stored entity, used to validate IPC input,
// the data file on load, and to derive the TypeScript types both processes use.
import { z } from 'zod';

/**
 * Names every plain object answers to without owning them (`constructor`, `toString`,
 * `__proto__`...). Collections are plain objects keyed by id, so such an id would find the
 * prototype's member where a record was expected; the Id schema refuses them outright.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Ids are opaque strings made by the service (UUIDs); never parsed for meaning. The shape is
 * strict because ids arrive from the renderer and from bundle files and become object keys:
 * letters, digits, `_` and `-`, starting with a letter or digit, at most 100 characters. That
 * admits the UUIDs the app makes and the short ids of tests and old fixtures ("q1", "doc-a"),
 * and shuts out `__proto__`, whitespace, dots and paths; the names of Object.prototype members
 * that fit the shape (`constructor`, `toString`, `valueOf`...) are refused by name.
 */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, {
    message: 'an id is 1 to 100 letters, digits, “_” or “-”, starting with a letter or digit',
  })
  .refine((id) => !PROTOTYPE_NAMES.has(id), {
    message: 'an id cannot be the name of a built-in object member such as “constructor”',
  });
/** ISO-8601 timestamp written by the service clock. */
export const Timestamp = z.string().min(1).max(40);

/** W3C TextPositionSelector: UTF-16 code-unit offsets into a document's canonical text. */
export const TextPositionSelector = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start' });

/** W3C TextQuoteSelector: the exact text plus up to 32 characters of context either side. */
export const TextQuoteSelector = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

/** Both selectors are stored so a span can be re-anchored after the text changes. */
export const Selector = z.object({ position: TextPositionSelector, quote: TextQuoteSelector });

export const BlockKind = z.enum(['paragraph', 'heading', 'quote', 'list-item']);
/** A paragraph, heading, block quote or list item of the canonical text, as offsets. */
export const Block = z.object({
  kind: BlockKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The 1-based page the block starts on, for articles imported from a PDF. */
  page: z.number().int().positive().optional(),
});

/** A superseded text of an article, kept when a changed version is re-imported. */
export const DocumentVersionSchema = z.object({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
  blocks: z.array(Block),
  importedAt: Timestamp,
});

/**
 * How a span was found in the current text of its article. Null for spans made on the current
 * text. `needsReview` puts it in the analyst's review queue (not found, or found with low
 * confidence); `previousExact` keeps what the span said before, so it can be re-attached.
 */
export const AnchorStatus = z.object({
  method: z.enum(['position', 'exact', 'fuzzy', 'manual', 'orphaned']),
  score: z.number().min(0).max(1),
  needsReview: z.boolean(),
  previousExact: z.string(),
  /** contentHash of the version the span was re-anchored onto. */
  versionHash: z.string(),
});

/** How an article came in: the format of its file, or pasted text. */
export const DocumentFormat = z.enum(['text', 'html', 'mhtml', 'pdf', 'docx', 'markdown', 'paste']);

/** A calendar date as analysts write it in metadata: YYYY-MM-DD, or empty when unknown. */
export const IsoDateOrEmpty = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const DocumentSchema = z.object({
  id: Id,
  title: z.string().max(500),
  outlet: z.string().max(200),
  /** Person names of the article's authors, in byline order. */
  authors: z.array(z.string().min(1).max(200)).max(50),
  /** Publication date (YYYY-MM-DD), or empty when unknown. */
  publishedAt: IsoDateOrEmpty,
  /** The canonical URL as the page declared it; kept as text and never fetched. Empty if none. */
  url: z.string().max(2_000),
  /** BCP-47 language tag ("en", "fr"), or empty when unknown. */
  language: z.string().max(35),
  /** The analyst's description of the article. */
  description: z.string().max(20_000),
  fileName: z.string().max(500),
  format: DocumentFormat,
  /** SHA-256 of the canonical text, hex. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Canonical plain text: paragraphs joined by a blank line. */
  text: z.string(),
  blocks: z.array(Block),
  importedAt: Timestamp,
  /** Earlier texts of this article, oldest first, kept when a changed version was imported. */
  previousVersions: z.array(DocumentVersionSchema),
});

export const SourceKind = z.enum([
  'person',
  'organisation',
  'government',
  'outlet',
  'group',
  'anonymous',
]);
export const SourceSchema = z.object({
  id: Id,
  kind: SourceKind,
  name: z.string().min(1).max(300),
  aliases: z.array(z.string().min(1).max(300)).max(100),
  role: z.string().max(300),
  affiliation: z.string().max(300),
  notes: z.string().max(20_000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** Admiralty (NATO) information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const Credibility = z.number().int().min(1).max(6);

export const QuoteKind = z.enum(['direct', 'partial', 'indirect', 'paraphrase']);
export const QuoteSchema = z.object({
  id: Id,
  documentId: Id,
  selector: Selector,
  kind: QuoteKind,
  /** The attribution cue as written: "said", "told Fox News", "wrote on social media". */
  cue: z.string().max(300),
  medium: z.string().max(200),
  /** When it was said, if the text says (free text or ISO date). */
  saidAt: z.string().max(100),
  /** Information credibility of what was said, graded apart from the source (null: not graded). */
  credibility: Credibility.nullable(),
  note: z.string().max(20_000),
  /** How the span was re-found after its article changed; null when made on the current text. */
  anchor: AnchorStatus.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const AttributionRole = z.enum(['speaker', 'conduit']);
export const AttributionConfidence = z.enum(['stated', 'inferred', 'uncertain']);
export const AttributionSchema = z.object({
  id: Id,
  quoteId: Id,
  sourceId: Id,
  role: AttributionRole,
  confidence: AttributionConfidence,
  /** Why, when not stated outright: "he" resolved from the previous sentence. */
  basis: z.string().max(2_000),
  createdAt: Timestamp,
});

/** Admiralty (NATO) source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const ReliabilityGrade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);

/** One dated reliability grade of a source; the history is kept and the latest is current. */
export const AssessmentSchema = z.object({
  id: Id,
  sourceId: Id,
  grade: ReliabilityGrade,
  rationale: z.string().max(20_000),
  /** The date the grade applies from, as the analyst gives it (ISO date). */
  assessedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  createdAt: Timestamp,
});

/**
 * Entities of later issues (annotations, claims, tags, reliability assessments). Their
 * collections exist from schema version 1 so adding their full shape is a migration that
 * tightens validation, not one that moves data.
 */
export const ReservedEntitySchema = z.looseObject({ id: Id });

export type TextPositionSelector = z.infer<typeof TextPositionSelector>;
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type Selector = z.infer<typeof Selector>;
export type Block = z.infer<typeof Block>;
export type BlockKind = z.infer<typeof BlockKind>;
export type WorkbenchDocument = z.infer<typeof DocumentSchema>;
export type SourceKind = z.infer<typeof SourceKind>;
export type Source = z.infer<typeof SourceSchema>;
export type QuoteKind = z.infer<typeof QuoteKind>;
export type Quote = z.infer<typeof QuoteSchema>;
export type AttributionRole = z.infer<typeof AttributionRole>;
export type AttributionConfidence = z.infer<typeof AttributionConfidence>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type ReliabilityGrade = z.infer<typeof ReliabilityGrade>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type Credibility = z.infer<typeof Credibility>;
export type AnchorStatus = z.infer<typeof AnchorStatus>;
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;
export type DocumentFormat = z.infer<typeof DocumentFormat>;
