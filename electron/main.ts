// Electron's main process, thin glue only: picks the workspace folder, opens the workbench
// service, serves the renderer on app://, wires IPC (checking every sender), the menu and the
// window, and closes the service before the process exits.
import path from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { app, dialog, ipcMain, session } from 'electron';
import { ELECTRON_INVOKE_CHANNEL } from '../shared/ipc/bridge';
import { fail } from '../shared/ipc/result';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { isSameDataDir, resolveDataDir } from './data-dir';
import { isTrustedSender } from './ipc-guard';
import { installAppMenu } from './menu';
import { nativeShell } from './native-shell';
import type { Workbench } from './service/workbench';
import { createWorkbench } from './service/workbench';
import { StoreOpenError } from './store/errors';
import { createMainWindow, hardenSession } from './window';

const APP_NAME = 'Attribution Workbench';

function log(message: string, error?: unknown): void {
  if (error === undefined) console.error(`[workbench] ${message}`);
  else console.error(`[workbench] ${message}`, error);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows a native error box (safe before `ready`) and exits without running quit handlers. */
function exitWithError(title: string, message: string, exitCode: number): void {
  dialog.showErrorBox(title, message);
  app.exit(exitCode);
}

/** Whether the IPC came from the top-level frame of the contents that sent it, still attached. */
function isFromMainFrame(event: IpcMainInvokeEvent): { url: string | undefined; isMain: boolean } {
  const frame = event.senderFrame;
  if (frame === null) return { url: undefined, isMain: false };
  try {
    // Compared by frame tree node, which is what Electron keys its WebFrameMain objects by, so
    // the check does not depend on wrapper identity. A detached frame (mid-navigation or
    // unloading) no longer speaks for the page.
    const isMain =
      !frame.detached &&
      frame.parent === null &&
      frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId;
    return { url: frame.url, isMain };
  } catch {
    // Reading a disposed frame throws: treat it as untrusted.
    return { url: undefined, isMain: false };
  }
}

function main(): void {
  // Both must happen before `ready`.
  registerAppScheme();
  app.enableSandbox();

  let dataDir: string;
  try {
    dataDir = resolveDataDir({
      argv: process.argv,
      env: process.env,
      defaultDir: path.join(app.getPath('userData'), 'workspace'),
    });
  } catch (error) {
    exitWithError(`${APP_NAME} cannot start`, describe(error), 2);
    return;
  }

  // The lock is per userData folder, so it spans every workspace. The primary instance focuses
  // its window only when a second one asks for the same folder; a second instance with another
  // folder carries on, and the store's own folder lock keeps two processes off one workspace.
  const isPrimary = app.requestSingleInstanceLock({ dataDir });
  const devTools = !app.isPackaged;
  let workbench: Workbench | null = null;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      devTools,
      log,
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      log(`Renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
    });
    mainWindow = window;
    return window;
  };

  app.on('second-instance', (_event, _argv, _workingDirectory, additionalData) => {
    if (!isSameDataDir(additionalData, dataDir)) {
      log('Another instance started with a different workspace folder; it opens that one itself.');
      return;
    }
    if (workbench === null) return;
    const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : openWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  // Every web contents, including any we did not create ourselves: no <webview>, no popups.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => {
      log('Refused to attach a <webview>');
      event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (workbench !== null && mainWindow === null) openWindow();
  });

  // Quitting waits for the service to flush and release the workspace lock, then exits.
  let closing = false;
  app.on('before-quit', (event) => {
    const open = workbench;
    if (open === null) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    open.close().then(
      () => app.exit(0),
      (error: unknown) => {
        log('Closing the workspace failed', error);
        app.exit(1);
      },
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => app.quit());
  }

  const start = async (): Promise<void> => {
    hardenSession(session.defaultSession, log);
    serveAppProtocol(path.join(__dirname, '..', 'renderer'), log);
    app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });

    const resourcesDir = app.isPackaged
      ? path.join(process.resourcesPath, 'resources')
      : // Not app.getAppPath(): launched as `electron dist/electron/main.cjs` that is
        // dist/electron. The bundle always sits two levels below the project root.
        path.resolve(__dirname, '..', '..', 'resources');
    // The window opens at once and the workspace opens beside it (#14: reading a large
    // workspace takes a while); calls that arrive before it is open wait for it. A second
    // instance waits instead, so a folder that turns out to be locked never flashes a window.
    // Reading the workspace runs on this process; started only once the window is ready to
    // show (or after a second at most), it cannot hold the window back.
    const first = isPrimary ? openWindow() : null;
    const shown = new Promise<void>((resolve) => {
      if (!first) return resolve();
      first.once('ready-to-show', () => resolve());
      setTimeout(resolve, 1_000);
    });
    const opening = shown.then(() =>
      createWorkbench({
        dataDir,
        resourcesDir,
        log,
        shell: nativeShell(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)),
      }),
    );
    const opened = opening.then(
      (wb) => {
        workbench = wb;
        return wb;
      },
      (error: unknown) => {
        if (error instanceof StoreOpenError && error.code === 'locked' && !isPrimary) {
          // Most likely the primary instance has this very folder open and has just focused
          // its window; a second error box would only repeat that.
          log(`Workspace ${dataDir} is open in another instance; leaving it there.`);
          app.exit(0);
          return null;
        }
        log('Could not open the workspace', error);
        const detail = error instanceof StoreOpenError ? error.message : `${describe(error)}`;
        exitWithError(
          `${APP_NAME} cannot open its workspace`,
          `${detail}\n\nWorkspace folder: ${dataDir}`,
          1,
        );
        return null;
      },
    );

    ipcMain.handle(ELECTRON_INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
      const sender = isFromMainFrame(event);
      if (!isTrustedSender(sender.url, sender.isMain)) {
        log(
          `Refused IPC on ${String(channel).slice(0, 100)} from ` +
            `${sender.url?.slice(0, 300) ?? 'an unknown frame'} (main frame: ${sender.isMain})`,
        );
        return fail('invalid_input', 'Refused: only the workbench window may call the workbench.');
      }
      const open = await opened;
      if (open === null) return fail('workspace_unavailable', 'The workspace could not be opened.');
      return open.dispatch(channel, input);
    });

    installAppMenu({
      appName: APP_NAME,
      devTools,
      target: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    });
    if (!first && (await opened) !== null) openWindow();
  };

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log('Start-up failed', error);
      exitWithError(`${APP_NAME} cannot start`, describe(error), 1);
    });
}

main();
