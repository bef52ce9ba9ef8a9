// Loads pdf.js (the legacy build, for Node) so it runs both under plain Node and inside the single
// CommonJS file esbuild makes of Electron's main process: the worker runs in-process, nothing is
// fetched, and a locked, damaged or truncated file becomes an ImportError, never a pdf.js error.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from './types';

type Pdfjs = typeof PdfjsModule;

let loaded: Promise<Pdfjs> | null = null;

/** pdf.js, loaded once on first use (it is large, and most sessions never open a PDF). */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    // With globalThis.pdfjsWorker set, pdf.js runs its "fake" worker in this thread instead of
    // import()ing the worker by file path, which would not exist once main is bundled.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const scope = globalThis as { DOMMatrix?: unknown };
    // The display layer builds a DOMMatrix as it loads. Node has none; pdf.js borrows one from
    // @napi-rs/canvas when that is installed, which a packaged app is not. Text extraction never
    // uses it, so a stand-in is put up for the load only.
    const placeholder = scope.DOMMatrix === undefined;
    if (placeholder) scope.DOMMatrix = class DOMMatrixPlaceholder {};
    try {
      return await withoutLoadWarnings(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
    } finally {
      if (placeholder) delete scope.DOMMatrix;
    }
  })();
  return loaded;
}

/**
 * Runs the pdf.js import with its load-time notes about rendering polyfills (canvas, ImageData,
 * Path2D: all for drawing pages, which the importer never does) kept out of the app's log.
 */
async function withoutLoadWarnings<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const first = args[0];
    const note = /^Warning: Cannot (access the `require`|load "@napi-rs|polyfill)/;
    if (typeof first === 'string' && note.test(first)) return;
    warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

/**
 * pdf.js's data folders (character maps for CJK fonts, metrics of the standard fonts): shipped as
 * <resources>/pdfjs/<name> in a packaged app, read from node_modules in development and tests.
 * Undefined when absent; text still comes out, only some non-embedded CJK fonts read worse.
 */
function dataDir(name: 'cmaps' | 'standard_fonts'): string | undefined {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    resources ? path.join(resources, 'pdfjs', name) : null,
    path.join(process.cwd(), 'node_modules', 'pdfjs-dist', name),
  ];
  const found = candidates.find((dir): dir is string => dir !== null && existsSync(dir));
  // pdf.js appends file names to these, so they need the trailing separator.
  return found === undefined ? undefined : found + path.sep;
}

/** Whether the file ends like a complete PDF: the last %%EOF marker sits near its end. */
export function looksComplete(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 8192))).toString('latin1');
  return tail.includes('%%EOF');
}

export interface OpenedPdf {
  pdfjs: Pdfjs;
  doc: PDFDocumentProxy;
  close(): Promise<void>;
}

/** Opens a PDF from memory. Throws ImportError for a locked, damaged or incomplete file. */
export async function openPdf(bytes: Uint8Array, fileName: string): Promise<OpenedPdf> {
  if (!looksComplete(bytes)) {
    // pdf.js would quietly recover what it can; an article with its end missing is worse than none.
    throw new ImportError(
      'corrupt',
      `${fileName} is incomplete (it ends before the end of the PDF), perhaps from an interrupted download. Download or save it again and import the new copy.`,
    );
  }
  const pdfjs = await loadPdfjs();
  const cMapUrl = dataDir('cmaps');
  const standardFontDataUrl = dataDir('standard_fonts');
  const task = pdfjs.getDocument({
    // A copy: pdf.js may take over (detach) the buffer it is given.
    data: new Uint8Array(bytes),
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
    ...(standardFontDataUrl ? { standardFontDataUrl } : {}),
    useWorkerFetch: false,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    // Errors only: pdf.js's warnings about odd but readable files would fill the app's log.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    return { pdfjs, doc, close: () => task.destroy() };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfError(error, fileName);
  }
}

/** The ImportError for anything pdf.js throws while opening or reading a document. */
export function pdfError(error: unknown, fileName: string): ImportError {
  if (error instanceof ImportError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') {
    return new ImportError(
      'encrypted',
      `${fileName} is protected by a password; open it in a PDF reader, save an unprotected copy and import that.`,
    );
  }
  if (name === 'InvalidPDFException') {
    return new ImportError('corrupt', `${fileName} is not a readable PDF; the file is damaged.`);
  }
  return new ImportError(
    'corrupt',
    `${fileName} could not be read; the PDF is damaged or uses features the importer cannot read.`,
  );
}
