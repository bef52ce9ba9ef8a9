// What every importer produces and how it fails. Each format is a pure function from a file's
// bytes to an ImportedArticle (metadata plus blocks of plain text), with limits of its own; the
// service, the command line and the tests all go through `parseFile` in ./index.ts.

export type ImportFormat = 'html' | 'mhtml' | 'pdf' | 'docx' | 'markdown' | 'text';

export type ImportedBlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item';

/** One block of the article as plain text (never markup). `page` is 1-based, PDFs only. */
export interface ImportedBlock {
  kind: ImportedBlockKind;
  text: string;
  page?: number;
}

/** Metadata found in the file; null (or []) where the file does not say. */
export interface ImportedMetadata {
  title: string | null;
  /** Person names only: no "By", no dates, no roles, no agencies. */
  authors: string[];
  /** The publication's name ("The New York Times"), not a domain or the owning company. */
  outlet: string | null;
  /** The original publication date as the page writes it, YYYY-MM-DD. */
  published: string | null;
  /** The canonical URL exactly as declared. */
  url: string | null;
  /** BCP-47 primary language tag ("en", "fr"). */
  language: string | null;
}

export interface ImportedArticle {
  format: ImportFormat;
  metadata: ImportedMetadata;
  blocks: ImportedBlock[];
  /** Things the analyst should know that did not stop the import ("3 images skipped"). */
  warnings: string[];
}

export type ImportErrorCode =
  /** The file, its decoded text or an archive entry is over a limit; the message says which. */
  | 'too_large'
  /** Not a format we read (or a binary file with a text extension). */
  | 'unsupported'
  /** A damaged file: a corrupt PDF or zip, an unreadable document. */
  | 'corrupt'
  /** A password-protected PDF. */
  | 'encrypted'
  /** Nothing readable: an image-only PDF, an empty page. */
  | 'no_text';

/** An expected import failure, with a message written for the analyst. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Caps shared by every format; a format may set tighter ones of its own. */
export const LIMITS = {
  /** Largest file read at all. */
  fileBytes: 64 * 1024 * 1024,
  /** Largest article text kept (the store's own limit on an article). */
  textChars: 5_000_000,
  /** Sum of the uncompressed sizes of the zip entries read from a DOCX. */
  zipUncompressedBytes: 256 * 1024 * 1024,
  /** Largest uncompressed/compressed ratio accepted for a zip entry (zip bombs). */
  zipRatio: 200,
} as const;

export function emptyMetadata(): ImportedMetadata {
  return { title: null, authors: [], outlet: null, published: null, url: null, language: null };
}

/** What every parser is told besides the bytes. */
export interface ParseOptions {
  /** The file's name as the analyst knows it, for messages and for a title of last resort. */
  fileName: string;
}
