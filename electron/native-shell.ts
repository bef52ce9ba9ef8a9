// The service's shell in the app: the system's save and open dialogs, durable writes, and
// Chromium's printToPDF in a hidden, script-less, offline window. Thin glue; the service decides
// what to write and never takes a path from the renderer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Session } from 'electron';
import { BrowserWindow as Window, dialog, session, shell as desktop } from 'electron';
import { isPrintFileRequest, withPrintFile } from './print-file';
import { nodeFs, writeFileDurable } from './store/io';
import type { Shell } from './service/shell';

/** The briefing files being printed right now: the only requests the print session allows. */
const printing = new Set<string>();
let printSession: Session | null = null;

/**
 * The print windows' own in-memory session (no "persist:" prefix): it refuses every request but
 * the briefing file being printed, and every permission. Set up once, on first use (after ready).
 */
function getPrintSession(): Session {
  if (printSession) return printSession;
  const created = session.fromPartition('workbench-print');
  created.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isPrintFileRequest(details.url, printing) }),
  );
  created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  created.setPermissionCheckHandler(() => false);
  printSession = created;
  return created;
}

/** Largest file the open dialog hands to the service (bundles are checked again there). */
const MAX_OPEN_BYTES = 512 * 1024 * 1024;

export function nativeShell(parent: () => BrowserWindow | null): Shell {
  return {
    saveFile: async (suggestedName, content, filters) => {
      const options = {
        defaultPath: suggestedName,
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      };
      const owner = parent();
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFileDurable(nodeFs, result.filePath, content);
      return result.filePath;
    },
    openFile: async (filters) => {
      const options = {
        properties: ['openFile' as const],
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      };
      const owner = parent();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const file = result.filePaths[0];
      if (result.canceled || !file) return null;
      const bytes = await readFile(file);
      if (bytes.length > MAX_OPEN_BYTES) throw new Error(`${path.basename(file)} is too large.`);
      return { name: path.basename(file), bytes };
    },
    openFiles: async (filters) => {
      const options = {
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      };
      const owner = parent();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    // Only ever a path saveFile returned this session (service/reveal.ts checks).
    showInFolder: async (file) => desktop.showItemInFolder(file),
    // Loaded from a temporary file, not a data: URL, which Chromium refuses past 2 MB (about
    // 1,500 quotes). The briefing keeps its own CSP (no script, nothing loaded); the window runs
    // no JavaScript at all, sandboxed, in the session above.
    printPdf: (html) =>
      withPrintFile(html, async (file) => {
        printing.add(file);
        const window = new Window({
          show: false,
          webPreferences: {
            session: getPrintSession(),
            javascript: false,
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            webSecurity: true,
            spellcheck: false,
            disableBlinkFeatures: 'Auxclick',
          },
        });
        try {
          await window.loadFile(file);
          return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
        } finally {
          printing.delete(file);
          window.destroy();
        }
      }),
  };
}
