// What the service asks of the shell around it: where to save a file (the system's save dialog
// in the app), which file to open, and Chromium's PDF printing. Electron's main provides these
// with native dialogs and printToPDF; the e2e harness with a folder and Playwright's page.pdf.
// The service never takes a path from the renderer, so a page cannot write where it likes.
import type { ChunkProducer } from '../store/io';

/** A file's content: its bytes, or a producer that streams them (a large CSV) as it is saved. */
export type FileContent = Uint8Array | ChunkProducer;

export interface FileFilter {
  name: string;
  extensions: readonly string[];
}

export interface Shell {
  /**
   * Asks where to save, then writes the content there durably (a producer runs only then).
   * Resolves to the path written, or null when the analyst cancelled the dialog; rejects when
   * the write failed (a full disk) or the producer threw, leaving no file behind.
   */
  saveFile(
    suggestedName: string,
    content: FileContent,
    filters: readonly FileFilter[],
  ): Promise<string | null>;
  /** Asks for a file to open; its name and bytes, or null when the analyst cancelled. */
  openFile(filters: readonly FileFilter[]): Promise<{ name: string; bytes: Uint8Array } | null>;
  /**
   * Asks for files to import (several at once): their paths, or null when the analyst cancelled.
   * The service reads them itself, with the checks a dropped file gets.
   */
  openFiles(filters: readonly FileFilter[]): Promise<string[] | null>;
  /** Prints a self-contained HTML document to PDF with Chromium. */
  printPdf(html: string): Promise<Uint8Array>;
  /**
   * Shows a file in the system's file manager (Electron's shell.showItemInFolder; the harness
   * records the call). Optional: a shell without it answers "not available here". The service
   * only ever passes a path this shell's saveFile returned (see reveal.ts).
   */
  showInFolder?(file: string): Promise<void>;
}

/** The shell of a workbench opened without one (unit tests): every request fails clearly. */
export const NO_SHELL: Shell = {
  saveFile: () => Promise.reject(new Error('Saving files is not available here.')),
  openFile: () => Promise.reject(new Error('Opening files is not available here.')),
  openFiles: () => Promise.reject(new Error('Opening files is not available here.')),
  printPdf: () => Promise.reject(new Error('Printing to PDF is not available here.')),
};
