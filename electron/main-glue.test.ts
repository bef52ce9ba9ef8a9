// The built main.cjs, run in Node against a stand-in for Electron's API (no Electron binary can be
// downloaded here; e2e/electron.spec.ts runs the real app where one exists). What only the glue
// decides, and nothing else tests: the window is created before the service's code is loaded
// (#14), the service then opens the workspace and answers the window's calls through the IPC
// handler, an untrusted sender is refused, app:// serves the renderer's files with the CSP and
// nothing outside them, and the start-up marks come out in that order.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, SERVICE_FILE } from '../scripts/electron-bundle.mjs';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { readTimingLines } from './startup-timing';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Requires main.cjs (argv[2]) with 'electron' answered by a small stand-in that records what the
 * glue does, then calls the IPC handler it registered, as the window would, and prints the record.
 */
const CHILD = String.raw`
const Module = require('node:module');
const path = require('node:path');
const events = [];
function emitter(target = {}) {
  const handlers = {};
  return Object.assign(target, {
    on(name, f) { (handlers[name] ??= []).push(f); return this; },
    once(name, f) { return this.on(name, f); },
    emit(name, ...args) { for (const f of handlers[name] ?? []) f(...args); },
  });
}
let invoke = null;
let serve = null;
const app = emitter({
  enableSandbox() {},
  getPath: () => process.env.STUB_USER_DATA,
  requestSingleInstanceLock: () => true,
  isPackaged: false,
  whenReady: () => Promise.resolve(),
  setAboutPanelOptions() {},
  getVersion: () => '0.0.0',
  quit() { events.push('quit'); },
  exit(code) { events.push('exit ' + code); },
});
class BrowserWindow {
  constructor() {
    events.push('window');
    emitter(this);
    this.webContents = emitter({
      setWindowOpenHandler() {},
      send() {},
      isDestroyed: () => false,
      mainFrame: { frameTreeNodeId: 1 },
    });
  }
  loadURL(url) { events.push('load ' + url); return Promise.resolve(); }
  isDestroyed() { return false; }
  isMinimized() { return false; }
  show() {}
  focus() {}
}
const electron = {
  app,
  BrowserWindow,
  dialog: {
    showErrorBox: (title, message) => events.push('error box: ' + title + ': ' + message),
    showMessageBox: async () => ({ response: 0 }),
  },
  ipcMain: { handle(channel, f) { events.push('ipc ' + channel); invoke = f; } },
  powerMonitor: emitter(),
  session: {
    defaultSession: {
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      webRequest: { onBeforeRequest() {} },
    },
  },
  protocol: {
    registerSchemesAsPrivileged(schemes) { events.push('schemes ' + JSON.stringify(schemes)); },
    handle(scheme, f) { events.push('protocol ' + scheme); serve = f; },
  },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu() { events.push('menu'); } },
  shell: {},
};
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return electron;
  if (request.endsWith('service.cjs')) events.push('require ' + path.basename(request));
  return load.call(this, request, ...rest);
};
require(process.argv[2]);
const frame = (url) => ({
  senderFrame: { url, detached: false, parent: null, frameTreeNodeId: 1 },
  sender: { mainFrame: { frameTreeNodeId: 1 } },
});
(async () => {
  while (invoke === null) await new Promise((resolve) => setTimeout(resolve, 5));
  const info = await invoke(frame('app://workbench/index.html'), 'workspace.info', undefined);
  const list = await invoke(frame('app://workbench/index.html'), 'documents.list', undefined);
  const refused = await invoke(frame('https://example.com/'), 'workspace.info', undefined);
  const unknown = await invoke(frame('app://workbench/index.html'), 'no.such', undefined);
  const files = {};
  for (const url of ['app://workbench/index.html', 'app://workbench/assets/entry.js',
    'app://workbench/../../main.cjs', 'app://elsewhere/index.html']) {
    const response = await serve(new Request(url));
    files[url] = { status: response.status, csp: response.headers.get('content-security-policy'),
      type: response.headers.get('content-type'), body: await response.text() };
  }
  process.stdout.write(JSON.stringify({ events, info, list, refused, unknown, files }));
  process.exit(0);
})().catch((error) => { console.error(error); process.exit(1); });
`;

interface GlueRecord {
  events: string[];
  info: { ok: boolean; value?: { dataDir: string; counts: { documents: number } } };
  list: { ok: boolean; value?: { title: string }[] };
  refused: { ok: boolean; error?: { code: string; message: string } };
  unknown: { ok: boolean; error?: { code: string } };
  files: Record<string, { status: number; csp: string | null; type: string | null; body: string }>;
}

describe('main.cjs, the glue, against a stand-in for Electron', () => {
  let dir: string;
  let record: GlueRecord;
  let stderr: string;
  let dataDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'main-glue-'));
    // main.cjs finds the sample article two folders up, as it does from dist/electron.
    await buildElectron({ outDir: path.join(dir, 'dist', 'electron') });
    await symlink(path.join(ROOT, 'resources'), path.join(dir, 'resources'));
    // A renderer of two files where main serves it from, beside dist/electron.
    await mkdir(path.join(dir, 'dist', 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'dist', 'renderer', 'index.html'), '<p>page</p>');
    await writeFile(path.join(dir, 'dist', 'renderer', 'assets', 'entry.js'), 'void 0;');
    const child = path.join(dir, 'child.cjs');
    await writeFile(child, CHILD);
    dataDir = path.join(dir, 'workspace');
    await mkdir(path.join(dir, 'user-data'));
    const run = await promisify(execFile)(
      process.execPath,
      [child, path.join(dir, 'dist', 'electron', 'main.cjs'), '--data-dir', dataDir],
      {
        encoding: 'utf8',
        env: { ...process.env, WORKBENCH_TIMING: '1', STUB_USER_DATA: path.join(dir, 'user-data') },
        timeout: 60_000,
      },
    );
    record = JSON.parse(run.stdout) as GlueRecord;
    stderr = run.stderr;
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('creates the window before it loads the service, then opens the workspace', () => {
    const { events } = record;
    expect(events).toContain('window');
    expect(events.indexOf('window')).toBeLessThan(events.indexOf(`require ${SERVICE_FILE}`));
    expect(events).toContain('load app://workbench/index.html');
    // The IPC handler is there from the start; calls made meanwhile wait for the service.
    expect(events.indexOf('ipc workbench:invoke')).toBeGreaterThan(-1);
    expect(events.filter((e) => e.startsWith('error box') || e.startsWith('exit'))).toEqual([]);
    expect(record.info).toMatchObject({ ok: true, value: { dataDir, counts: { documents: 1 } } });
    expect(record.list.ok).toBe(true);
    expect(record.list.value).toHaveLength(1);
  });

  it('registers the app scheme with V8 code caching, before anything else', () => {
    const schemes = record.events.find((e) => e.startsWith('schemes '));
    expect(record.events.indexOf(schemes!)).toBe(0);
    expect(JSON.parse(schemes!.slice('schemes '.length))).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('refuses a call from outside the app and an unknown channel', () => {
    expect(record.refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(record.refused.error?.message).toMatch(/only the workbench window/);
    expect(record.unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('serves the renderer on app://workbench with the CSP, and nothing else', () => {
    const { files } = record;
    expect(files['app://workbench/index.html']).toMatchObject({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      body: '<p>page</p>',
    });
    expect(files['app://workbench/assets/entry.js']).toMatchObject({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
    });
    expect(files['app://workbench/assets/entry.js']?.type).toMatch(/javascript/);
    expect(files['app://workbench/../../main.cjs']).toMatchObject({ status: 404, body: '' });
    expect(files['app://elsewhere/index.html']).toMatchObject({ status: 404, body: '' });
  });

  it('writes its start-up marks in order', () => {
    const marks = readTimingLines(stderr);
    expect(marks.has('page-served') && marks.has('script-served')).toBe(true);
    expect(marks.get('page-served')!).toBeLessThan(marks.get('script-served')!);
    const order = ['main', 'ready', 'window', 'service-loaded', 'workspace-open', 'first-answer'];
    expect([...marks.keys()].filter((name) => order.includes(name))).toEqual(order);
    const times = order.map((name) => marks.get(name)!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
