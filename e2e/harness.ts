// The e2e harness: serves the built renderer on 127.0.0.1, binds the real workbench service
// (the same handler table Electron's main wires) into a real Chromium page, and defines
// window.workbench exactly as the preload does. Any Playwright script can drive the app with it:
//   const { page, dataDir, close } = await launchWorkbench({ dataDir });
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { createWorkbench } from '../electron/service/workbench';
import type { Workbench } from '../electron/service/workbench';
import type { Shell } from '../electron/service/shell';
import { nodeFs, writeFileDurable } from '../electron/store/io';
import { CHROMIUM_ARGS, findChromium } from './browser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');
const RESOURCES_DIR = path.join(ROOT, 'resources');

export interface LaunchOptions {
  /** The workspace folder; a fresh temporary one when omitted. Reuse it to test a restart. */
  dataDir?: string;
  /** Told of every answered service call (benchmarks break start-up down by channel). */
  onDispatch?: (call: DispatchRecord) => void;
  /**
   * How long to hold back the answer to a call, in ms (0 or less: none), as a slow machine
   * would: the service answers at once, so the answer is as of the call, and it reaches the
   * page only after the delay (specs use it to let stale answers land after later edits).
   * onDispatch is told once the answer is delivered.
   */
  slowCalls?: (channel: string, input: unknown) => number;
  /** Runs once the page is set up, before it first navigates (benchmarks start a trace here). */
  beforeNavigate?: (page: Page) => Promise<void>;
}

/** One service call through the harness binding: when it began (epoch ms), how long, its size. */
export interface DispatchRecord {
  channel: string;
  startedAt: number;
  ms: number;
  /** The answer's length in JSON characters (its bytes, for ASCII text). */
  bytes: number;
  /** How long slowCalls held the answer back (ms), if it did. */
  heldMs?: number;
}

/**
 * The harness's stand-in for the native file dialogs: saves land in `exportsDir` under the
 * suggested name unless a test says the analyst cancels; an open dialog picks `nextOpen`.
 */
export interface HarnessDialogs {
  exportsDir: string;
  /** Paths written, in order. */
  saved: string[];
  /** When true, the next save dialog is cancelled (then it resets). */
  cancelNextSave: boolean;
  /** The file the next open dialog picks; null cancels it. */
  nextOpen: string | null;
  /** The files the next import dialog picks (several at once); null cancels it. */
  nextImport: string[] | null;
  /** Files the app asked to show in their folder ("Show in folder"), in order. */
  revealed: string[];
}

export interface LaunchedWorkbench {
  page: Page;
  dataDir: string;
  /** Sends a user command as the native menu would (over the same onCommand path). */
  sendCommand(id: string): Promise<void>;
  /** Messages the page logged as errors, and CSP violations; tests expect none. */
  pageErrors: string[];
  /** Requests the page tried to make to anywhere but the harness's own server. */
  blockedRequests: string[];
  dialogs: HarnessDialogs;
  /** Closes the page, the browser, the server and the service (flushing the store). */
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves only files inside RENDERER_DIR, with the app's CSP. */
function serveRenderer(): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
      const file = path.resolve(RENDERER_DIR, `.${relative}`);
      if (!file.startsWith(RENDERER_DIR + path.sep) || relative.includes('\0')) {
        res.writeHead(404).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, {
          'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

let bridgeScript: string | null = null;
/** The init script: shared/ipc/bridge.ts bundled as the preload bundles it. */
function bridgeInitScript(): string {
  bridgeScript ??= buildSync({
    entryPoints: [path.join(ROOT, 'e2e', 'bridge-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).outputFiles[0]!.text;
  return bridgeScript;
}

/**
 * A slowCalls that holds back by `ms` every whole quote list and, once the first article's own
 * quotes were asked for (the first paint), the first call of each list the start-up refresh
 * loads (annotations, tags, claims, the undo state), as a slow machine would: a spec that acts
 * right after the first article appears then races those late answers.
 * WORKBENCH_E2E_HOLD_LISTS=<ms> applies it to every spec that sets no slowCalls of its own.
 */
export function holdStartUpLists(ms: number): (channel: string, input: unknown) => number {
  const startUp = ['annotations.list', 'tags.list', 'claims.list', 'history.state'];
  const seen = new Set<string>();
  let painted = false;
  return (channel, input) => {
    if (channel === 'quotes.list') {
      const own = Boolean((input as { documentId?: string } | undefined)?.documentId);
      painted ||= own;
      return own ? 0 : ms;
    }
    if (!painted || seen.has(channel) || !startUp.includes(channel)) return 0;
    seen.add(channel);
    return ms;
  };
}

function holdListsFromEnv(): LaunchOptions['slowCalls'] {
  const ms = Number(process.env['WORKBENCH_E2E_HOLD_LISTS'] ?? 0);
  return ms > 0 ? holdStartUpLists(ms) : undefined;
}

export async function launchWorkbench(options: LaunchOptions = {}): Promise<LaunchedWorkbench> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}. Run \`npm run build\` first.`);
  }
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'workbench-e2e-')));
  const slowCalls = options.slowCalls ?? holdListsFromEnv();
  const dialogs: HarnessDialogs = {
    exportsDir: await mkdtemp(path.join(os.tmpdir(), 'workbench-exports-')),
    saved: [],
    cancelNextSave: false,
    nextOpen: null,
    nextImport: null,
    revealed: [],
  };
  let browser: Browser | undefined;
  const shell: Shell = {
    saveFile: async (suggestedName, content) => {
      if (dialogs.cancelNextSave) {
        dialogs.cancelNextSave = false;
        return null;
      }
      const file = path.join(dialogs.exportsDir, path.basename(suggestedName));
      await writeFileDurable(nodeFs, file, content);
      dialogs.saved.push(file);
      return file;
    },
    openFile: async () => {
      const file = dialogs.nextOpen;
      dialogs.nextOpen = null;
      return file ? { name: path.basename(file), bytes: await readFile(file) } : null;
    },
    openFiles: async () => {
      const files = dialogs.nextImport;
      dialogs.nextImport = null;
      return files;
    },
    showInFolder: async (file) => {
      dialogs.revealed.push(file);
    },
    // Chromium prints the briefing as Electron's printToPDF does in the app: no script, offline.
    printPdf: async (html) => {
      if (!browser) throw new Error('The browser is not running.');
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const printing = await context.newPage();
        await printing.setContent(html, { waitUntil: 'load' });
        return await printing.pdf({ format: 'A4', printBackground: true });
      } finally {
        await context.close();
      }
    },
  };
  const workbench: Workbench = await createWorkbench({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    log: (message, error) => console.error(message, error),
    shell,
  });
  let server: http.Server | undefined;
  try {
    const served = await serveRenderer();
    server = served.server;
    const origin = served.origin;
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const blockedRequests: string[] = [];
    // Offline means offline: anything not served by the harness itself is refused and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    // The same sender check main does: only the app's own top frame may call the service.
    await page.exposeBinding(
      '__workbenchInvoke',
      async (source, channel: unknown, input: unknown) => {
        if (source.frame !== page.mainFrame() || !source.frame.url().startsWith(`${origin}/`)) {
          return JSON.stringify({
            ok: false,
            error: { code: 'invalid_input', message: 'Refused: not the workbench window' },
          });
        }
        // As a JSON string: Playwright copies other values node by node, which took 24 s for the
        // 11 MB quote list of a 20,000-quote workspace (Electron's structured clone: well under
        // a second). Every result is plain JSON data, as the contract's schemas describe it.
        const startedAt = Date.now();
        const started = performance.now();
        const answer = JSON.stringify(await workbench.dispatch(channel, input));
        const ms = performance.now() - started;
        const hold = slowCalls?.(String(channel), input) ?? 0;
        if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
        options.onDispatch?.({
          channel: String(channel),
          startedAt,
          ms,
          bytes: answer.length,
          ...(hold > 0 ? { heldMs: hold } : {}),
        });
        return answer;
      },
    );
    await page.addInitScript({ content: bridgeInitScript() });
    // Chromium reports CSP and Trusted Types violations only to its own log, which Playwright's
    // console event does not see: report each one as a console error, so pageErrors holds them.
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => console.error(
        'CSP violation: ' + e.violatedDirective + ' by ' + (e.sourceFile || e.blockedURI) +
        ' (' + (e.sample || '') + ')'));`,
    });
    await options.beforeNavigate?.(page);
    await page.goto(`${origin}/index.html`);

    let closed = false;
    return {
      page,
      dataDir,
      dialogs,
      pageErrors,
      blockedRequests,
      sendCommand: async (id) => {
        // Mirrors main's webContents.send(ELECTRON_COMMAND_CHANNEL, id) reaching onCommand.
        await page.evaluate((commandId) => {
          (
            window as unknown as { __workbenchDeliverCommand(id: string): void }
          ).__workbenchDeliverCommand(commandId);
        }, id);
      },
      close: async () => {
        if (closed) return;
        closed = true;
        await browser?.close();
        await new Promise<void>((resolve) => server?.close(() => resolve()));
        await workbench.close();
        // Saved exports are read before close; the data folder stays, for specs that relaunch.
        await rm(dialogs.exportsDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    server?.close();
    await workbench.close();
    throw error;
  }
}
