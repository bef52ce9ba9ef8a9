// Reads a file the analyst dropped on the window, by the path the shell gave for it. The path
// comes through the renderer, so it is checked like any input: absolute, a regular file (not a
// folder or device), an extension we import, under the size cap. Nothing is ever written.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { IMPORT_EXTENSIONS } from './extensions';
import { ImportError, LIMITS } from './types';

const READABLE = new Set(Object.values(IMPORT_EXTENSIONS).flat());

/** The file's bytes. Throws ImportError with a message for the analyst when it cannot be read. */
export async function readImportFile(file: string): Promise<{ name: string; bytes: Uint8Array }> {
  const name = path.basename(file);
  if (!path.isAbsolute(file) || file.includes('\0')) {
    throw new ImportError('unsupported', `${name}: not a file path the workbench can open.`);
  }
  const ext = path.extname(name).slice(1).toLowerCase();
  if (!READABLE.has(ext)) {
    throw new ImportError(
      'unsupported',
      `${name}: ${ext ? `.${ext} files are` : 'files without an extension are'} not imported. ` +
        'Import web pages (.html, .mhtml), PDF, Word (.docx), Markdown (.md) or plain text (.txt).',
    );
  }
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(
      'unsupported',
      code === 'ENOENT'
        ? `${name} no longer exists.`
        : `${name} cannot be opened (${code ?? 'error'}).`,
    );
  }
  try {
    // Checked on the open handle, so the file cannot be swapped between the check and the read.
    const stats = await handle.stat();
    if (!stats.isFile()) throw new ImportError('unsupported', `${name} is not a file.`);
    if (stats.size > LIMITS.fileBytes) {
      throw new ImportError(
        'too_large',
        `${name} is ${(stats.size / 1024 / 1024).toFixed(1)} MB; files over ${LIMITS.fileBytes / 1024 / 1024} MB are not imported.`,
      );
    }
    return { name, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}
