// The preload: exposes window.workbench (the typed bridge from shared/) and nothing else. It runs
// sandboxed, so it is bundled into one CommonJS file that requires only 'electron'.
import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  ELECTRON_COMMAND_CHANNEL,
  ELECTRON_INVOKE_CHANNEL,
  createBridge,
} from '../shared/ipc/bridge';

contextBridge.exposeInMainWorld(
  'workbench',
  createBridge({
    invoke: (channel, input) => ipcRenderer.invoke(ELECTRON_INVOKE_CHANNEL, channel, input),
    onCommand: (listener) => {
      // The bridge checks that the id is a string before the renderer sees it.
      const handler = (_event: IpcRendererEvent, id: string) => listener(id);
      ipcRenderer.on(ELECTRON_COMMAND_CHANNEL, handler);
      return () => {
        ipcRenderer.removeListener(ELECTRON_COMMAND_CHANNEL, handler);
      };
    },
    // Electron 32+ dropped File.path; this is how a dropped file's path reaches the page.
    pathForFile: (file) => webUtils.getPathForFile(file as File),
  }),
);
