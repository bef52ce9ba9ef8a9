// Opens a `.qdpx` safely: the zip directory is checked before anything is unpacked (zip bombs,
// lying sizes: see electron/import/zip-guard.ts), every entry name must be a plain relative
// path (no zip slip: nothing absolute, no "..", no backslashes or drive letters), and the
// project file and each source text are held to size limits. Nothing is written to disk.
import { readZipEntry, readZipDirectory } from '../../import/zip-guard';
import type { ZipEntry } from '../../import/zip-guard';
import { ImportError, LIMITS } from '../../import/types';

/** Why an archive is refused, with a message for the analyst. */
export class QdpxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QdpxError';
  }
}

/** Largest .qdpx read at all (a project with its texts; media are never unpacked). */
export const MAX_QDPX_BYTES = 256 * 1024 * 1024;
/** Largest project.qde: a large coded project's XML is a few megabytes. */
export const MAX_QDE_BYTES = 64 * 1024 * 1024;

export interface QdpxArchive {
  /** project.qde as text. */
  qde: string;
  /** A text file of the archive (`sources/x.txt`), decoded; null when absent. Checked on read. */
  readText(name: string): string | null;
}

/** Why a zip entry name is unsafe to honour, or null for a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'holds a NUL character';
  if (name.includes('\\')) return 'uses backslashes';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'climbs out of the archive with “..”';
  return null;
}

const decode = (bytes: Uint8Array, what: string): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new QdpxError(`${what} is not UTF-8 text.`);
  }
};

/** Reads the archive's directory and project file. Throws QdpxError for anything refused. */
export function openQdpx(bytes: Uint8Array, fileName: string): QdpxArchive {
  if (bytes.length > MAX_QDPX_BYTES) {
    throw new QdpxError(
      `${fileName} is larger than ${MAX_QDPX_BYTES / 1024 / 1024} MB; projects that large are not read.`,
    );
  }
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, fileName);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    throw new QdpxError(
      error.code === 'too_large'
        ? `${fileName} is refused: it unpacks to more than the ${LIMITS.zipUncompressedBytes / 1024 / 1024} MB (or ${LIMITS.zipRatio}:1 compression) a project may have, so it may be a zip bomb.`
        : error.code === 'encrypted'
          ? `${fileName} is protected by a password; export it again without one.`
          : `${fileName} is not a REFI-QDA project (.qdpx): ${error.message}`,
    );
  }
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const problem = unsafeEntryName(entry.name);
    if (problem) {
      throw new QdpxError(
        `${fileName} is refused: the entry “${entry.name.slice(0, 120)}” ${problem}, as an attack on the files beside it would.`,
      );
    }
    byName.set(entry.name, entry);
  }
  const read = (entry: ZipEntry): Uint8Array => {
    try {
      return readZipEntry(bytes, entry, fileName);
    } catch (error) {
      if (error instanceof ImportError) throw new QdpxError(error.message);
      throw error;
    }
  };
  const qdeEntry =
    byName.get('project.qde') ??
    entries.find((e) => !e.name.includes('/') && e.name.endsWith('.qde'));
  if (!qdeEntry) {
    throw new QdpxError(`${fileName} is not a REFI-QDA project: it holds no project.qde.`);
  }
  if (qdeEntry.uncompressedSize > MAX_QDE_BYTES) {
    throw new QdpxError(
      `${fileName}: its project.qde is larger than ${MAX_QDE_BYTES / 1024 / 1024} MB.`,
    );
  }
  const qde = decode(read(qdeEntry), `${fileName}: project.qde`);
  return {
    qde,
    readText(name) {
      const entry = byName.get(name);
      if (!entry) return null;
      // Text beyond the article limit (in UTF-8 bytes, up to 4 per character) is refused.
      if (entry.uncompressedSize > LIMITS.textChars * 4) {
        throw new QdpxError(`${fileName}: the source ${name} is larger than an article may be.`);
      }
      return decode(read(entry), `${fileName}: ${name}`).replace(/^\uFEFF/, '');
    },
  };
}
