// The zip writer checked by a strict reader written here: every header, size and CRC-32, and the
// deflate stream that pigz-style chunks must form.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipWriter } from './zip';

interface ReadEntry {
  name: string;
  method: number;
  date: number;
  time: number;
  content: Buffer;
}

/**
 * Reads an archive the way a strict unzipper does: from the end-of-central-directory record,
 * through every central record to its local header, checking both agree and the CRC-32 holds.
 */
function unzip(zip: Buffer): ReadEntry[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  expect(at + zip.readUInt32LE(end + 12)).toBe(end);
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [crc, csize, size] = [16, 20, 24].map((o) => zip.readUInt32LE(at + o)) as number[];
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    // The local header repeats the central record's fields from "version needed" on.
    expect(zip.subarray(local + 4, local + 30)).toEqual(zip.subarray(at + 6, at + 32));
    const start = local + 30 + nameLength;
    const content = zlib.inflateRawSync(zip.subarray(start, start + csize!));
    expect(content.length).toBe(size);
    expect(zlib.crc32(content) >>> 0).toBe(crc);
    const method = zip.readUInt16LE(at + 10);
    entries.push({
      name,
      method,
      date: zip.readUInt16LE(at + 14),
      time: zip.readUInt16LE(at + 12),
      content,
    });
    at += 46 + nameLength;
  }
  return entries;
}

describe('ZipWriter', () => {
  it('writes small and streamed parts, in order, that a strict reader accepts', async () => {
    const zip = new ZipWriter('2026-02-03T04:05:06.000Z');
    zip.add('[Content_Types].xml', '<Types/>');
    const big = zip.open('xl/worksheets/sheet1.xml');
    const pieces = Array.from(
      { length: 40 },
      (_, i) => `<row r="${i}">${'é…x'.repeat(5000)}</row>`,
    );
    for (const piece of pieces) big.write(Buffer.from(piece));
    await big.drained();
    zip.add('xl/styles.xml', '');
    const entries = unzip(await zip.finish());
    expect(entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      'xl/worksheets/sheet1.xml',
      'xl/styles.xml',
    ]);
    expect(entries.map((e) => e.content.toString())).toEqual(['<Types/>', pieces.join(''), '']);
    expect(entries.every((e) => e.method === 8)).toBe(true);
    // 2026-02-03 04:05:06 as MS-DOS date and time (seconds halved).
    expect(entries[0]).toMatchObject({
      date: (46 << 9) | (2 << 5) | 3,
      time: (4 << 11) | (5 << 5) | 3,
    });
  });

  it('gives the same bytes for the same input', async () => {
    const make = async () => {
      const zip = new ZipWriter('2026-02-03T04:05:06.000Z');
      zip.open('a.xml').write(Buffer.from('x'.repeat(100_000)));
      zip.add('b.xml', 'y');
      return zip.finish();
    };
    expect((await make()).equals(await make())).toBe(true);
  });

  it('writes an empty archive when given nothing', async () => {
    expect(unzip(await new ZipWriter('2026-01-01T00:00:00Z').finish())).toEqual([]);
  });

  it('stops its compressors when destroyed', async () => {
    const zip = new ZipWriter('2026-01-01T00:00:00Z');
    const part = zip.open('a.xml');
    part.write(Buffer.alloc(1 << 20));
    zip.destroy();
    await expect(zip.finish()).rejects.toThrow();
  });
});
