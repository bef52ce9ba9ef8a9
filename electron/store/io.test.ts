// writeFileDurable with streamed content: every chunk lands in order even when the disk takes
// fewer bytes than it was given, and a producer that fails (a cancelled export, a full disk)
// leaves the earlier file untouched and no temp file behind.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChunkProducer, StoreFs } from './io';
import { nodeFs, writeFileDurable } from './io';
import { faultyFs, newFaults } from './test-support';

const folder = () => mkdtemp(path.join(os.tmpdir(), 'io-test-'));

/** A producer that sends `texts` through one reused buffer, as the CSV writer does. */
function reusingProducer(texts: readonly string[]): ChunkProducer {
  return async (write) => {
    const chunk = Buffer.alloc(64);
    for (const text of texts) {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; at += chunk.length) {
        const n = bytes.copy(chunk, 0, at, Math.min(bytes.length, at + chunk.length));
        await write(chunk.subarray(0, n));
        chunk.fill(0x2a); // overwritten at once: the write must be done with it by now
      }
    }
  };
}

/** A file system whose positional writes take at most `most` bytes each. */
function stingyFs(most: number): StoreFs {
  return {
    ...nodeFs,
    open: async (file, flags, mode) => {
      const handle = await nodeFs.open(file, flags, mode);
      return {
        ...handle,
        write: (buffer, offset, length, position) =>
          handle.write(buffer, offset, Math.min(length, most), position),
        writeFile: (data) => handle.writeFile(data),
        sync: () => handle.sync(),
        datasync: () => handle.datasync(),
        truncate: (length) => handle.truncate(length),
        close: () => handle.close(),
      };
    },
  };
}

describe('writeFileDurable with a producer', () => {
  it('writes every chunk in order, however short the disk makes each write', async () => {
    const dir = await folder();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 100 }),
        async (texts, most) => {
          const file = path.join(dir, 'out.csv');
          await writeFileDurable(stingyFs(most), file, reusingProducer(texts));
          expect(await readFile(file, 'utf8')).toBe(texts.join(''));
          expect(await readdir(dir)).toEqual(['out.csv']);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the earlier file and leaves no temp file when the producer gives up', async () => {
    const dir = await folder();
    const file = path.join(dir, 'sheet.csv');
    await writeFile(file, 'earlier');
    const cancelled = Object.assign(new Error('cancelled'), { name: 'AbortError' });
    await expect(
      writeFileDurable(nodeFs, file, async (write) => {
        await write(Buffer.from('half a sheet'));
        throw cancelled;
      }),
    ).rejects.toBe(cancelled);
    expect(await readFile(file, 'utf8')).toBe('earlier');
    expect(await readdir(dir)).toEqual(['sheet.csv']);
  });

  it('reports a full disk in the middle of the stream and keeps the earlier file', async () => {
    const dir = await folder();
    const file = path.join(dir, 'sheet.csv');
    await writeFile(file, 'earlier');
    const faults = newFaults();
    faults.tornBytes = 5;
    await expect(
      writeFileDurable(faultyFs(faults), file, reusingProducer(['x'.repeat(300)])),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe('earlier');
    expect(await readdir(dir)).toEqual(['sheet.csv']);
  });
});
