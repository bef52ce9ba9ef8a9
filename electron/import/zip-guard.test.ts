// The zip directory reader on archives written by test-support/sample-docx and by hand (ZIP64):
// entries and sizes come out right, and lies about sizes are caught.
import { describe, expect, it } from 'vitest';
import { writeZip } from './test-support/sample-docx';
import { checkZip, readZipDirectory, readZipEntry } from './zip-guard';

describe('readZipDirectory', () => {
  it('lists entries with their sizes, and readZipEntry unpacks them', () => {
    const zip = writeZip([
      { name: 'a.txt', data: 'hello hello hello hello' },
      { name: 'dir/b.bin', data: new Uint8Array([1, 2, 3]), method: 0 },
      { name: 'é.xml', data: '<x/>' },
    ]);
    const entries = readZipDirectory(zip, 'x.zip');
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a.txt', 23],
      ['dir/b.bin', 3],
      ['é.xml', 4],
    ]);
    expect(new TextDecoder().decode(readZipEntry(zip, entries[0]!, 'x.zip'))).toBe(
      'hello hello hello hello',
    );
    expect([...readZipEntry(zip, entries[1]!, 'x.zip')]).toEqual([1, 2, 3]);
  });

  it('reads ZIP64 sizes from the extra field and the ZIP64 end records', () => {
    const data = Buffer.from('zip64 body');
    const name = Buffer.from('word/document.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(4 + 16);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    const directoryOffset = local.length + name.length + data.length;
    const directory = Buffer.concat([central, name, extra]);
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(1n, 24);
    record.writeBigUInt64LE(1n, 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryOffset + directory.length), 8);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    const zip = new Uint8Array(Buffer.concat([local, name, data, directory, record, locator, end]));
    const [entry] = readZipDirectory(zip, 'z.docx');
    expect(entry).toMatchObject({
      name: 'word/document.xml',
      uncompressedSize: data.length,
      method: 0,
    });
    expect(Buffer.from(readZipEntry(zip, entry!, 'z.docx')).toString()).toBe('zip64 body');
  });

  it('catches a directory that understates a size, and flags encrypted entries', () => {
    const liar = writeZip([{ name: 'a.bin', data: new Uint8Array(10_000), declaredSize: 100 }]);
    expect(() => checkZip(liar, 'x.docx')).toThrow(/does not unpack to its declared size/);
    const locked = writeZip([{ name: 'a.txt', data: 'secret' }]);
    const directory = Buffer.from(locked).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    locked[directory + 8] = locked[directory + 8]! | 1;
    expect(() => readZipDirectory(locked, 'x.docx')).toThrow(
      expect.objectContaining({ code: 'encrypted' }),
    );
  });

  it('calls a bad offset corrupt, not a RangeError', () => {
    const zip = writeZip([{ name: 'a.txt', data: 'hello' }]);
    const end = zip.length - 22;
    new DataView(zip.buffer, zip.byteOffset).setUint32(end + 16, 0x7fffffff, true);
    expect(() => readZipDirectory(zip, 'x.docx')).toThrow(
      expect.objectContaining({ code: 'corrupt' }),
    );
  });
});
