// Which frame sent an IPC message: main's sender check (ipc-guard.ts) trusts only the top-level
// frame of the workbench window. Typed by the few fields it reads of Electron's IpcMainInvokeEvent,
// so it needs no electron import and is tested without Electron.

/** The parts of Electron's WebFrameMain read here. */
export interface SenderFrame {
  readonly url: string;
  readonly detached: boolean;
  readonly parent: unknown;
  readonly frameTreeNodeId: number;
}

/** The parts of Electron's IpcMainInvokeEvent read here. */
export interface SenderEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly mainFrame: { readonly frameTreeNodeId: number } };
}

/** Whether the IPC came from the top-level frame of the contents that sent it, still attached. */
export function isFromMainFrame(event: SenderEvent): { url: string | undefined; isMain: boolean } {
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
