// The text briefings streamed as a saved file is written: the same bytes as the document made in
// memory, handed over in several chunks through one reused buffer, and stopped by a cancel.
import { describe, expect, it } from 'vitest';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import type { QuoteSheet } from '../../shared/export/quote-sheet';
import { streamHtml, writeHtml } from './html';
import { streamJson, writeJson } from './json';
import { streamMarkdown, writeMarkdown } from './markdown';
import { isAbortError } from './progress';
import type { ExportRunOptions } from './progress';
import { GENERATED_AT, smallWorkspace, syntheticWorkspace } from './test-support';
import type { ChunkSink } from './utf8-output';

type Stream = (sheet: QuoteSheet, sink: ChunkSink, run?: ExportRunOptions) => Promise<void>;
type Write = (sheet: QuoteSheet) => Promise<string>;
const FORMATS: [string, Stream, Write][] = [
  ['Markdown', streamMarkdown, writeMarkdown],
  ['HTML', streamHtml, writeHtml],
  ['JSON', streamJson, writeJson],
];

async function streamed(stream: Stream, sheet: QuoteSheet) {
  const chunks: Buffer[] = [];
  const buffers = new Set<ArrayBufferLike>();
  await stream(sheet, async (chunk) => {
    chunks.push(Buffer.from(chunk)); // a copy: the writer reuses its buffer
    buffers.add(chunk.buffer);
  });
  return { bytes: Buffer.concat(chunks), chunks: chunks.length, buffers: buffers.size };
}

describe.each(FORMATS)('%s streamed', (_name, stream, write) => {
  it('gives exactly the bytes of the document made in memory, a chunk per thousand rows', async () => {
    const sheet = buildQuoteSheet(syntheticWorkspace(3, 1000), {}, GENERATED_AT);
    const out = await streamed(stream, sheet);
    expect(out.bytes.equals(Buffer.from(await write(sheet), 'utf8'))).toBe(true);
    expect(out.chunks).toBeGreaterThanOrEqual(3);
    expect(out.buffers).toBeLessThanOrEqual(2); // grown once at most while the first chunk filled
  });

  it('matches on small sheets, grouped every way and with nothing to show', async () => {
    const { data } = smallWorkspace();
    for (const groupBy of ['source', 'article', 'tag', 'none'] as const) {
      const sheet = buildQuoteSheet(data, { groupBy }, GENERATED_AT);
      expect((await streamed(stream, sheet)).bytes.toString('utf8')).toBe(await write(sheet));
    }
    const empty = buildQuoteSheet(data, { documentIds: ['nothing-here'] }, GENERATED_AT);
    expect((await streamed(stream, empty)).bytes.toString('utf8')).toBe(await write(empty));
  });

  it('stops with an AbortError when cancelled while streaming', async () => {
    const sheet = buildQuoteSheet(syntheticWorkspace(3, 1000), {}, GENERATED_AT);
    const controller = new AbortController();
    let chunks = 0;
    const run = stream(
      sheet,
      async () => {
        chunks += 1;
        controller.abort();
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toSatisfy(isAbortError);
    expect(chunks).toBe(1);
  });
});
