// The renderer's typed view of window.workbench: one call per contract channel, each resolving
// to the channel's Result. Types come from the contract, so a renamed channel fails to compile.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/ipc/contract';
import type { WorkbenchBridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/ipc/result';

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export type Call = <C extends ChannelName>(
  channel: C,
  ...input: undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>]
) => Promise<Result<ChannelOutput<C>>>;

/** Calls a channel; a missing bridge or a transport failure becomes an error Result too. */
export const call: Call = async (channel, ...input) => {
  const bridge = window.workbench;
  if (!bridge) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'The workbench service is not connected to this window.',
      },
    };
  }
  try {
    return (await bridge.invoke(channel, input[0])) as Result<ChannelOutput<typeof channel>>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'internal', message: `The service did not answer: ${message}` },
    };
  }
};

/** Subscribes to commands sent by the native menu; a no-op without a bridge. */
export function onShellCommand(listener: (id: string) => void): () => void {
  return window.workbench?.onCommand(listener) ?? (() => {});
}
