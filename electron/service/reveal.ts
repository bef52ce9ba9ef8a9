// "Show in folder" for the files the workbench saved: the handler of shell.showInFolder, and the
// wrapper that remembers every path the shell's save dialog wrote this session. The renderer
// names a path (it only knows the ones a save returned), and the service reveals it only when it
// is one of those, so a page cannot make the desktop open or probe anything else.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { Shell } from './shell';

type RevealHandlers = Pick<HandlerTable, 'shell.showInFolder'>;

/** A shell whose saves are remembered, and the set of paths they wrote (newest last). */
export interface TrackedShell {
  shell: Shell;
  written: ReadonlySet<string>;
}

/** Wraps `shell` so every path its saveFile returns is remembered; nothing else changes. */
export function trackSaves(shell: Shell): TrackedShell {
  const written = new Set<string>();
  // Delegates method by method (not a spread): a test shell's mutable fields stay live.
  const tracked: Shell = {
    saveFile: async (name, content, filters) => {
      const file = await shell.saveFile(name, content, filters);
      if (file !== null) written.add(file);
      return file;
    },
    openFile: (filters) => shell.openFile(filters),
    openFiles: (filters) => shell.openFiles(filters),
    printPdf: (html) => shell.printPdf(html),
  };
  const show = shell.showInFolder;
  if (show) tracked.showInFolder = (file) => show.call(shell, file);
  return { written, shell: tracked };
}

export function revealHandlers(tracked: TrackedShell): RevealHandlers {
  return {
    'shell.showInFolder': async ({ path }) => {
      // Exact match only: no normalising, so "a/../b" or a different case is not "the same file".
      if (!tracked.written.has(path)) {
        throw new WorkbenchError(
          'not_found',
          'Only a file the workbench saved in this session can be shown in its folder.',
        );
      }
      const show = tracked.shell.showInFolder;
      if (!show) throw new WorkbenchError('not_found', 'Showing files is not available here.');
      await show(path);
      return {};
    },
  };
}
