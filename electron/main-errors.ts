// How the main process reports: its log lines on stderr, and the native error box shown (once the
// app is ready) before it exits when it cannot start or cannot open its workspace.
import { app, dialog } from 'electron';
import { showFatalErrorWhenReady } from './lifecycle';

export function log(message: string, error?: unknown): void {
  if (error === undefined) console.error(`[workbench] ${message}`);
  else console.error(`[workbench] ${message}`, error);
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows a native error box once the app is ready, and exits without running quit handlers. */
export function exitWithError(title: string, message: string, exitCode: number): void {
  void showFatalErrorWhenReady(
    {
      whenReady: () => app.whenReady(),
      showErrorBox: (t, m) => dialog.showErrorBox(t, m),
      exit: (code) => app.exit(code),
      log,
    },
    title,
    message,
    exitCode,
  ).catch((error: unknown) => log('Could not show the error box', error));
}
