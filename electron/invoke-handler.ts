// The one IPC handler of the main process: checks that the call comes from the app's own main
// frame, waits for the workspace to open (the window may call before it has), and hands the call
// to the service's dispatcher. Electron-free, so its checks stay beside the code that uses them.
import type { Result } from '../shared/ipc/result';
import { fail } from '../shared/ipc/result';
import { isTrustedSender } from './ipc-guard';
import type { SenderEvent } from './sender-frame';
import { isFromMainFrame } from './sender-frame';

export interface InvokeHandlerOptions {
  /** The open workspace's dispatcher; null when it could not be opened. */
  opened: Promise<{ dispatch(channel: unknown, input: unknown): Promise<Result<unknown>> } | null>;
  log: (message: string) => void;
  /** Start-up marks (electron/startup-timing.ts): the first call and the first answer. */
  mark: (name: string) => void;
}

export function createInvokeHandler(options: InvokeHandlerOptions) {
  return async (event: SenderEvent, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    const sender = isFromMainFrame(event);
    if (!isTrustedSender(sender.url, sender.isMain)) {
      options.log(
        `Refused IPC on ${String(channel).slice(0, 100)} from ` +
          `${sender.url?.slice(0, 300) ?? 'an unknown frame'} (main frame: ${sender.isMain})`,
      );
      return fail('invalid_input', 'Refused: only the workbench window may call the workbench.');
    }
    options.mark('first-call');
    const open = await options.opened;
    if (open === null) return fail('workspace_unavailable', 'The workspace could not be opened.');
    const answer = await open.dispatch(channel, input);
    options.mark('first-answer');
    return answer;
  };
}
