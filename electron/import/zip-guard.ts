// Reads a zip archive's central directory and checks it before any zip library sees the bytes:
// refuses zip bombs (too many entries, too much uncompressed data, extreme ratios, sizes that
// lie) and malformed directories. Also reads single entries, inflating no more than they declare.
import { inflateRawSync } from 'node:zlib';
import { ImportError, LIMITS } from './types';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** More entries than any Word file has; a zip with more is refused before it is read. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Entries smaller than this are not held to the ratio: small XML compresses very well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function corrupt(fileName: string, detail: string): ImportError {
  return new ImportError('corrupt', `${fileName} is a damaged zip archive (${detail}).`);
}

/** Reads fields, throwing ImportError('corrupt') instead of a RangeError past the end. */
function reader(bytes: Uint8Array, fileName: string) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (at: number, size: number) => {
    if (at < 0 || at + size > bytes.length) throw corrupt(fileName, 'a record runs past the end');
  };
  return {
    u16: (at: number) => (check(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (check(at, 4), view.getUint32(at, true)),
    u64: (at: number) => {
      check(at, 8);
      const value = view.getBigUint64(at, true);
      if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw corrupt(fileName, 'a size is out of range');
      return Number(value);
    },
  };
}

function findEndRecord(bytes: Uint8Array, u32: (at: number) => number): number {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(at) === EOCD) return at;
  }
  return -1;
}

/**
 * The archive's entries from its central directory (ZIP64 included), checked against the limits:
 * ImportError 'too_large' naming the limit hit, 'corrupt' for a malformed directory, 'encrypted'
 * for password-protected entries.
 */
export function readZipDirectory(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const { u16, u32, u64 } = reader(bytes, fileName);
  const end = findEndRecord(bytes, u32);
  if (end < 0) throw corrupt(fileName, 'its directory is missing; the file may be truncated');
  let count = u16(end + 10);
  let directorySize = u32(end + 12);
  let directoryOffset = u32(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) throw corrupt(fileName, 'no ZIP64 locator');
    const record = u64(locator + 8);
    if (u32(record) !== ZIP64_EOCD) throw corrupt(fileName, 'no ZIP64 end record');
    count = u64(record + 32);
    directorySize = u64(record + 40);
    directoryOffset = u64(record + 48);
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new ImportError(
      'too_large',
      `${fileName} holds ${count.toLocaleString('en')} files; a Word file with more than ${MAX_ZIP_ENTRIES.toLocaleString('en')} is not read.`,
    );
  }
  if (directoryOffset + directorySize > bytes.length)
    throw corrupt(fileName, 'its directory lies past the end');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL)
      throw corrupt(fileName, `entry ${i + 1} of its directory is malformed`);
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength > bytes.length) throw corrupt(fileName, 'a name runs past the end');
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(
      bytes.subarray(at + 46, at + 46 + nameLength),
    );
    const entry: ZipEntry = {
      name,
      method: u16(at + 10),
      flags,
      compressedSize: u32(at + 20),
      uncompressedSize: u32(at + 24),
      localHeaderOffset: u32(at + 42),
    };
    readZip64Extra(entry, at + 46 + nameLength, extraLength, u16, u64);
    at += 46 + nameLength + extraLength + commentLength;
    if (at > directoryOffset + directorySize) throw corrupt(fileName, 'its directory overruns');
    if (entry.flags & 0x1) {
      throw new ImportError(
        'encrypted',
        `${fileName} is protected by a password; save an unprotected copy in Word and import that.`,
      );
    }
    total += entry.uncompressedSize;
    if (total > LIMITS.zipUncompressedBytes) {
      throw new ImportError(
        'too_large',
        `${fileName} unpacks to more than ${LIMITS.zipUncompressedBytes / 1024 / 1024} MB; larger Word files are not read (it may be a zip bomb).`,
      );
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > LIMITS.zipRatio) {
      throw new ImportError(
        'too_large',
        `${fileName}: the part ${name} is compressed ${Math.round(ratio)} to 1, more than the ${LIMITS.zipRatio} to 1 a Word file can have; it may be a zip bomb.`,
      );
    }
    entries.push(entry);
  }
  return entries;
}

/** Applies a ZIP64 extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in order. */
function readZip64Extra(
  entry: ZipEntry,
  start: number,
  length: number,
  u16: (at: number) => number,
  u64: (at: number) => number,
): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = u16(at);
    const size = u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.uncompressedSize === 0xffffffff) {
        entry.uncompressedSize = u64(field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = u64(field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = u64(field);
    }
    at += 4 + size;
  }
}

/**
 * An entry's bytes. Inflates at most the declared size, so a directory that understates a size
 * ends in ImportError('corrupt') instead of unbounded memory.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const { u16, u32 } = reader(bytes, fileName);
  const local = entry.localHeaderOffset;
  if (u32(local) !== LOCAL) throw corrupt(fileName, `the part ${entry.name} is missing`);
  const start = local + 30 + u16(local + 26) + u16(local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(fileName, `the part ${entry.name} runs past the end`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize)
      throw corrupt(fileName, `${entry.name} has inconsistent sizes`);
    return data;
  }
  if (entry.method !== 8) {
    throw new ImportError(
      'unsupported',
      `${fileName} uses a zip compression method (${entry.method}) Word files do not use.`,
    );
  }
  let out: Buffer;
  try {
    // One byte of headroom: output that fills it means the declared size was a lie.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
  } catch {
    throw corrupt(fileName, `the part ${entry.name} does not unpack to its declared size`);
  }
  if (out.length !== entry.uncompressedSize)
    throw corrupt(fileName, `the part ${entry.name} does not unpack to its declared size`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/**
 * The directory by entry name, with every entry unpacked once to prove its declared size true;
 * `inspect` sees each entry's bytes on the way (so they need not be unpacked twice).
 */
export function checkZip(
  bytes: Uint8Array,
  fileName: string,
  inspect?: (entry: ZipEntry, data: Uint8Array) => void,
): Map<string, ZipEntry> {
  const byName = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(bytes, fileName)) {
    const data = readZipEntry(bytes, entry, fileName);
    inspect?.(entry, data);
    byName.set(entry.name, entry);
  }
  return byName;
}
