// The file extensions the importer reads, by format: a module of its own, with no parser behind
// it, so the open dialog's filters and the file reader can use it without loading the parsers.
import type { ImportFormat } from './types';

/** Extensions the open dialog offers, by format. */
export const IMPORT_EXTENSIONS: Readonly<Record<ImportFormat, readonly string[]>> = {
  html: ['html', 'htm', 'xhtml', 'shtml'],
  mhtml: ['mhtml', 'mht'],
  pdf: ['pdf'],
  docx: ['docx'],
  markdown: ['md', 'markdown'],
  text: ['txt', 'text'],
};
