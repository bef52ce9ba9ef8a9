// Electron's main process, thin glue only: picks the workspace folder, opens the workbench
// service, serves the renderer on app://, wires IPC (checking every sender), the menu and the
// window, and closes the service before the process exits. The service itself (and zod with it)
// is loaded only once the window exists: see service-entry.ts.
import nodeModule from 'node:module';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, powerMonitor, session } from 'electron';
import { ELECTRON_INVOKE_CHANNEL } from '../shared/ipc/bridge';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { enableCompileCache } from './compile-cache';
import { isSameDataDir, resolveDataDir } from './data-dir';
import { createInvokeHandler } from './invoke-handler';
import { CrashCounter, RELOAD_BUTTON, crashPrompt, quitAction } from './lifecycle';
import { describe, exitWithError, log } from './main-errors';
import { installAppMenu } from './menu';
import { nativeShell } from './native-shell';
import type { Workbench } from './service-entry';
import { isStoreOpenError } from './store/errors';
import { startupTiming } from './startup-timing';
import { createMainWindow, hardenSession } from './window';

const APP_NAME = 'Attribution Workbench';
const timing = startupTiming(process.env, (line) => process.stderr.write(line));
timing.mark('main');

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

  // Before the service is loaded: V8 keeps its compiled code between launches from then on.
  enableCompileCache(
    nodeModule,
    path.join(app.getPath('userData'), 'compile-cache'),
    process.env,
    log,
  );

  // The lock is per userData folder, so it spans every workspace. The primary instance focuses
  // its window only when a second one asks for the same folder; a second instance with another
  // folder carries on, and the store's own folder lock keeps two processes off one workspace.
  const isPrimary = app.requestSingleInstanceLock({ dataDir });
  const devTools = !app.isPackaged;
  let workbench: Workbench | null = null;
  let mainWindow: BrowserWindow | null = null;
  // Set when the system announces a shutdown, restart or logout (see before-quit below).
  let systemEnding = false;
  let quitting = false;
  const crashes = new CrashCounter();

  /** Offers to reload a window whose renderer died; the workspace stays open in this process. */
  const offerReload = (window: BrowserWindow, reason: string, exitCode: number): void => {
    const prompt = crashPrompt(reason, exitCode, crashes.record());
    dialog.showMessageBox(window, prompt).then(
      ({ response }) => {
        if (window.isDestroyed()) return;
        if (response === RELOAD_BUTTON) window.webContents.reload();
        else app.quit();
      },
      (error: unknown) => log('Could not offer to reload the window', error),
    );
  };

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
      // A blank window otherwise. Not while quitting, when renderers end on purpose.
      if (quitting || window.isDestroyed()) return;
      offerReload(window, details.reason, details.exitCode);
    });
    // Windows shutdown, restart or logout: Electron emits no before-quit then (its docs), and
    // Windows ends the process within seconds. Start our quit at once: it flushes the store and
    // releases the workspace lock. Whatever it cannot finish, the journal and the boot-aware lock
    // recover on the next start.
    window.on('session-end', () => {
      log('The Windows session is ending: closing the workspace.');
      systemEnding = true;
      app.quit();
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

  // Quitting waits for the service to flush and release the workspace lock, then exits; except
  // a system restart on macOS, which must not be cancelled (see quitAction).
  let closing: Promise<void> | null = null;
  const closeWorkspace = (open: Workbench): Promise<void> => (closing ??= open.close());
  let exiting = false;
  app.on('before-quit', (event) => {
    quitting = true;
    const open = workbench;
    const action = quitAction({
      workspaceOpen: open !== null,
      systemEnding,
      platform: process.platform,
    });
    if (open === null || action === 'quit') return;
    if (action === 'close-and-let-through') {
      closeWorkspace(open).catch((error: unknown) => log('Closing the workspace failed', error));
      return;
    }
    event.preventDefault();
    if (exiting) return;
    exiting = true;
    closeWorkspace(open).then(
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
    // macOS and Linux announce a shutdown, restart or logout here, before asking the app to quit.
    // macOS: start closing now and let its quit through (before-quit). Linux: delay the shutdown
    // (Electron holds a logind inhibitor while this is prevented) and quit, which closes first.
    // Its typings give the listener no argument; Electron passes the Event its docs describe.
    const power: NodeJS.EventEmitter = powerMonitor;
    power.on('shutdown', (event: { preventDefault(): void }) => {
      systemEnding = true;
      const open = workbench;
      if (open === null) return;
      log('The system is shutting down: closing the workspace.');
      if (process.platform === 'darwin') {
        closeWorkspace(open).catch((error: unknown) => log('Closing the workspace failed', error));
      } else {
        event.preventDefault();
        app.quit();
      }
    });
    hardenSession(session.defaultSession, log);
    serveAppProtocol(path.join(__dirname, '..', 'renderer'), log, (file) => {
      if (file.endsWith('.html')) timing.mark('page-served');
      else if (file.endsWith('.js')) timing.mark('script-served');
    });
    app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });

    const resourcesDir = app.isPackaged
      ? path.join(process.resourcesPath, 'resources')
      : // Not app.getAppPath(): launched as `electron dist/electron/main.cjs` that is
        // dist/electron. The bundle always sits two levels below the project root.
        path.resolve(__dirname, '..', '..', 'resources');
    // The window opens at once and the workspace opens beside it (#14); calls that arrive
    // before it is open wait for it. A second instance waits instead, so a folder that turns
    // out to be locked never flashes a window. The whole workspace is read only once the window
    // is ready to show (or after a second at most), so it cannot hold the window back.
    const first = isPrimary ? openWindow() : null;
    if (first) timing.mark('window');
    const shown = new Promise<void>((resolve) => {
      if (!first) return resolve();
      first.once('ready-to-show', () => {
        timing.mark('ready-to-show');
        resolve();
      });
      setTimeout(resolve, 1_000);
    });
    // Only now the service's code (service.cjs), after one turn of the event loop: the window's
    // renderer process boots while this thread reads, parses and runs it. Then the lock, the
    // settings and the quick-open head, so the first calls are answered while the page loads.
    const opening = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => import('./service-entry'))
      .then((service) => {
        timing.mark('service-loaded');
        return service.createWorkbench({
          dataDir,
          resourcesDir,
          log,
          shell: nativeShell(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null)),
          loadAfter: shown,
        });
      });
    const opened = opening.then(
      (wb) => {
        workbench = wb;
        timing.mark('workspace-open');
        // Opened from its quick-open head, the workspace loads behind the first answers: a
        // failure there is the same failure to open (a close first also rejects: no box then).
        wb.loaded.catch((error: unknown) => {
          if (!isStoreOpenError(error)) return;
          log('Could not open the workspace', error);
          exitWithError(
            `${APP_NAME} cannot open its workspace`,
            `${error.message}\n\nWorkspace folder: ${dataDir}`,
            1,
          );
        });
        return wb;
      },
      (error: unknown) => {
        if (isStoreOpenError(error) && error.code === 'locked' && !isPrimary) {
          // Most likely the primary instance has this very folder open and has just focused
          // its window; a second error box would only repeat that.
          log(`Workspace ${dataDir} is open in another instance; leaving it there.`);
          app.exit(0);
          return null;
        }
        log('Could not open the workspace', error);
        const detail = isStoreOpenError(error) ? error.message : `${describe(error)}`;
        exitWithError(
          `${APP_NAME} cannot open its workspace`,
          `${detail}\n\nWorkspace folder: ${dataDir}`,
          1,
        );
        return null;
      },
    );

    ipcMain.handle(
      ELECTRON_INVOKE_CHANNEL,
      createInvokeHandler({ opened, log, mark: (name) => timing.mark(name) }),
    );

    installAppMenu({
      appName: APP_NAME,
      devTools,
      target: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    });
    if (!first && (await opened) !== null) openWindow();
  };

  app
    .whenReady()
    .then(() => {
      timing.mark('ready');
      return start();
    })
    .catch((error: unknown) => {
      log('Start-up failed', error);
      exitWithError(`${APP_NAME} cannot start`, describe(error), 1);
    });
}

main();
