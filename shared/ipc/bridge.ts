// Builds `window.workbench`, the only API the renderer gets. The Electron preload and the e2e
// harness both bundle this very function, each with its own transport, so the renderer cannot
// tell them apart.
import type { ChannelName } from './contract';
import type { Result } from './result';

export interface BridgeTransport {
  invoke(channel: ChannelName, input: unknown): Promise<unknown>;
  /** Subscribes to user commands sent by the shell (menu items); returns an unsubscribe. */
  onCommand(listener: (commandId: string) => void): () => void;
  /** The path on disk of a File dropped on the window, or '' when it has none. */
  pathForFile(file: unknown): string;
}

export interface WorkbenchBridge {
  invoke(channel: ChannelName, input?: unknown): Promise<Result<unknown>>;
  onCommand(listener: (commandId: string) => void): () => void;
  /**
   * The path of a dropped file, so the service reads it itself (the renderer never reads the
   * disk); '' for a file that has no path (dragged from another app's memory, say).
   */
  pathForFile(file: unknown): string;
}

/** Channel names are short dotted identifiers; the main side checks them against the contract. */
const CHANNEL_SHAPE = /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/;

export function createBridge(transport: BridgeTransport): WorkbenchBridge {
  return Object.freeze({
    invoke: async (channel: ChannelName, input?: unknown): Promise<Result<unknown>> => {
      // Refuse malformed channel names before they cross; the authoritative check against the
      // contract happens in the dispatcher, so the preload does not need to bundle the schemas.
      if (typeof channel !== 'string' || !CHANNEL_SHAPE.test(channel)) {
        return {
          ok: false,
          error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel)}` },
        };
      }
      return (await transport.invoke(channel, input)) as Result<unknown>;
    },
    onCommand: (listener: (commandId: string) => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return transport.onCommand((id) => {
        if (typeof id === 'string') listener(id);
      });
    },
    pathForFile: (file: unknown): string => {
      try {
        const path = transport.pathForFile(file);
        return typeof path === 'string' ? path : '';
      } catch {
        // Not a File at all: there is no path to give.
        return '';
      }
    },
  });
}

/** The IPC channel names Electron uses under the hood; the harness does not need them. */
export const ELECTRON_INVOKE_CHANNEL = 'workbench:invoke';
export const ELECTRON_COMMAND_CHANNEL = 'workbench:command';
