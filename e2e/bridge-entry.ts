// Bundled by the harness into the page's init script: defines window.workbench with the very
// createBridge the Electron preload uses, over a Playwright binding instead of ipcRenderer.
import { createBridge } from '../shared/ipc/bridge';
import type { ChannelName } from '../shared/ipc/contract';

// The harness answers with the result as JSON text (see harness.ts), parsed here.
type Invoke = (channel: ChannelName, input: unknown) => Promise<string>;
const globals = window as unknown as Record<string, unknown>;
const invoke = globals.__workbenchInvoke as Invoke;
const listeners = new Set<(id: string) => void>();

// The harness's stand-in for the native menu: it calls this to send a command, as main does.
Object.defineProperty(window, '__workbenchDeliverCommand', {
  value: (id: string) => listeners.forEach((listener) => listener(id)),
});

// Electron knows the path of a file dropped from the desktop; in the harness, a test that drops
// files (driver.ts dropFiles) registers the path of each File it makes here, and the bridge reads
// it, so a drop goes through the very same path-based import as in the app.
const droppedPaths = new WeakMap<object, string>();
Object.defineProperty(window, '__workbenchRegisterDroppedFile', {
  value: (file: object, path: string) => droppedPaths.set(file, path),
});

// contextBridge.exposeInMainWorld defines a read-only, non-configurable property; so do we.
Object.defineProperty(window, 'workbench', {
  value: createBridge({
    invoke: async (channel, input) => JSON.parse(await invoke(channel, input)) as unknown,
    onCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pathForFile: (file) => (typeof file === 'object' && file ? (droppedPaths.get(file) ?? '') : ''),
  }),
  enumerable: true,
});
