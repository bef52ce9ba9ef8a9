// The service's shell in the app: the system's save and open dialogs, durable writes, and
// Chromium's printToPDF in a hidden, script-less, offline window. Thin glue; the service decides
// what to write and never takes a path from the renderer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { BrowserWindow as Window, dialog, session } from 'electron';
import { nodeFs, writeFileDurable } from './store/io';
import type { Shell } from './service/shell';

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
    printPdf: async (html) => {
      // Its own in-memory session that refuses every request: the briefing is self-contained.
      const printing = session.fromPartition('workbench-print');
      printing.webRequest.onBeforeRequest((details, callback) =>
        callback({ cancel: !details.url.startsWith('data:') }),
      );
      const window = new Window({
        show: false,
        webPreferences: {
          session: printing,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
        },
      });
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      } finally {
        window.destroy();
      }
    },
  };
}
