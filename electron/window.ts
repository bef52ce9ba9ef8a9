// The workbench window and its session, locked down: sandboxed renderer with no Node, no
// navigation away from app://workbench, no new windows, no permissions and no network.
import type { Session } from 'electron';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './protocol-path';

/** What the renderer may load: the app's own origin, DevTools' pages, and inline data: images. */
function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || /^(devtools|data):/i.test(url);
}

/**
 * Denies every permission and device request and cancels every request that would leave the
 * machine. Idempotent: each call replaces the session's previous handlers.
 */
export function hardenSession(session: Session, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log(`Blocked request: ${details.url.slice(0, 300)}`);
    callback({ cancel: !allowed });
  });
}

export interface MainWindowOptions {
  /** The bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Developer tools in development builds only. */
  devTools: boolean;
  log: (message: string) => void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Attribution Workbench',
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click must not open or follow links (Electron's security checklist).
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
      // On Windows and Linux, Chromium's spellchecker downloads Hunspell dictionaries from
      // Google's CDN (Electron's spellchecker docs), a request the workbench promises never to
      // make; macOS uses the system's own spellchecker, which stays on the machine.
      spellcheck: process.platform === 'darwin',
    },
  });

  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    options.log(`Denied window.open: ${url.slice(0, 300)}`);
    return { action: 'deny' };
  });
  const stayOnApp = (event: { url: string; preventDefault(): void }) => {
    if (isAppUrl(event.url)) return;
    options.log(`Blocked navigation to ${event.url.slice(0, 300)}`);
    event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  // Subframes too (the CSP already forbids frames; this is the second lock). The main frame's
  // navigations were handled by will-navigate above.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) stayOnApp(event);
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    options.log(`Could not load ${APP_ENTRY_URL}: ${String(error)}`);
  });
  return window;
}
