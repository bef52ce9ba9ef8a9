// The text exports (Markdown, HTML, JSON) emit their document piece by piece, so the same code
// makes it as one string in memory (previews, PDF printing, tests) or streams it as UTF-8 into
// the file being saved, one reused chunk at a time: a 100,000-row JSON is 167 MB, which would
// otherwise be held twice over, as a string and as its bytes.
import type { QuoteSheetCore } from '../../shared/export/quote-sheet';
import type { ExportRunOptions } from './progress';
import { Utf8Output } from './utf8-output';
import type { ChunkSink } from './utf8-output';

/** Where an emitter writes its document, in order. */
export interface TextOut {
  write(text: string): void;
}

/** Writes a whole document to `out`; pauses through an ExportTicker made with `run`. */
export type TextEmitter = (out: TextOut, run: ExportRunOptions) => Promise<void>;

/** The document as one string. */
export async function textOf(emit: TextEmitter, run: ExportRunOptions = {}): Promise<string> {
  const parts: string[] = [];
  await emit({ write: (text) => void parts.push(text) }, run);
  return parts.join('');
}

/** The document as UTF-8, handed to `sink` at every pause of the emitter and at the end. */
export async function streamText(
  emit: TextEmitter,
  sink: ChunkSink,
  run: ExportRunOptions = {},
): Promise<void> {
  const out = new Utf8Output(1 << 16);
  await emit(out, { ...run, flush: () => out.drainTo(sink) });
  await out.drainTo(sink);
}

/** A text format's two entry points, from its emitter: the document in memory, or streamed. */
export function textFormat<S extends QuoteSheetCore>(emitter: (sheet: S) => TextEmitter) {
  return {
    /** The document as one string. Rejects with an AbortError when cancelled. */
    write: (sheet: S, options: ExportRunOptions = {}): Promise<string> =>
      textOf(emitter(sheet), options),
    /** The same document streamed as UTF-8 into `sink`, as a saved file is written. */
    stream: (sheet: S, sink: ChunkSink, options: ExportRunOptions = {}): Promise<void> =>
      streamText(emitter(sheet), sink, options),
  };
}
