// Tests of the sender-frame check: only the attached top-level frame of the sending contents
// counts as the main frame; a missing or disposed frame is untrusted.
import { describe, expect, it } from 'vitest';
import type { SenderFrame } from './sender-frame';
import { isFromMainFrame } from './sender-frame';

const URL = 'app://workbench/index.html';
const top: SenderFrame = { url: URL, detached: false, parent: null, frameTreeNodeId: 7 };
const event = (frame: SenderFrame | null) => ({
  senderFrame: frame,
  sender: { mainFrame: { frameTreeNodeId: 7 } },
});

describe('isFromMainFrame', () => {
  it('accepts the attached top-level frame', () => {
    expect(isFromMainFrame(event(top))).toEqual({ url: URL, isMain: true });
  });

  it('refuses subframes, detached frames, other contents and missing frames', () => {
    expect(isFromMainFrame(event({ ...top, parent: top })).isMain).toBe(false);
    expect(isFromMainFrame(event({ ...top, detached: true })).isMain).toBe(false);
    expect(isFromMainFrame(event({ ...top, frameTreeNodeId: 8 })).isMain).toBe(false);
    expect(isFromMainFrame(event(null))).toEqual({ url: undefined, isMain: false });
  });

  it('treats a frame that throws when read (disposed) as untrusted', () => {
    const disposed = {
      ...top,
      get detached(): boolean {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isFromMainFrame(event(disposed))).toEqual({ url: undefined, isMain: false });
  });
});
