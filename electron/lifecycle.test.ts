// Tests of the life-cycle decisions: quitting never blocks a macOS restart, start-up errors wait
// for `ready`, and a renderer crash offers a reload that stops being the default in a crash loop.
import { describe, expect, it } from 'vitest';
import {
  CRASH_LOOP,
  CrashCounter,
  RELOAD_BUTTON,
  crashPrompt,
  quitAction,
  showFatalErrorWhenReady,
} from './lifecycle';

describe('quitAction', () => {
  it('waits for the workspace to close on an ordinary quit, on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(quitAction({ workspaceOpen: true, systemEnding: false, platform })).toBe(
        'close-then-exit',
      );
      expect(quitAction({ workspaceOpen: false, systemEnding: false, platform })).toBe('quit');
    }
  });

  it('lets a system restart through on macOS, and only there', () => {
    expect(quitAction({ workspaceOpen: true, systemEnding: true, platform: 'darwin' })).toBe(
      'close-and-let-through',
    );
    // Linux delays the shutdown with an inhibitor instead, so waiting is right there.
    expect(quitAction({ workspaceOpen: true, systemEnding: true, platform: 'linux' })).toBe(
      'close-then-exit',
    );
  });
});

describe('showFatalErrorWhenReady', () => {
  it('shows the box only once the app is ready, then exits with the code', async () => {
    const events: string[] = [];
    let ready!: () => void;
    const whenReady = new Promise<void>((resolve) => (ready = resolve));
    const shown = showFatalErrorWhenReady(
      {
        whenReady: () => whenReady,
        showErrorBox: (title, message) => events.push(`box ${title}: ${message}`),
        exit: (code) => events.push(`exit ${code}`),
        log: (message) => events.push(`log ${message}`),
      },
      'Cannot start',
      'No folder',
      2,
    );
    await Promise.resolve();
    expect(events).toEqual(['log Cannot start: No folder']);
    ready();
    await shown;
    expect(events).toEqual([
      'log Cannot start: No folder',
      'box Cannot start: No folder',
      'exit 2',
    ]);
  });

  it('still exits when the box cannot be shown', async () => {
    const exits: number[] = [];
    const shown = showFatalErrorWhenReady(
      {
        whenReady: () => Promise.resolve(),
        showErrorBox: () => {
          throw new Error('no display');
        },
        exit: (code) => exits.push(code),
        log: () => {},
      },
      't',
      'm',
      1,
    );
    await expect(shown).rejects.toThrow('no display');
    expect(exits).toEqual([1]);
  });
});

describe('crash recovery', () => {
  it('counts crashes within the last minute only', () => {
    let now = 0;
    const counter = new CrashCounter(() => now);
    expect(counter.record()).toBe(1);
    now = 30_000;
    expect(counter.record()).toBe(2);
    now = 70_000; // the first is over a minute old
    expect(counter.record()).toBe(2);
  });

  it('offers a reload by default, saying the work is kept and naming the reason', () => {
    const prompt = crashPrompt('crashed', 139, 1);
    expect(prompt.buttons[RELOAD_BUTTON]).toBe('Reload window');
    expect(prompt.defaultId).toBe(RELOAD_BUTTON);
    expect(prompt.cancelId).not.toBe(RELOAD_BUTTON);
    expect(prompt.message).toBe('The window’s page crashed.');
    expect(prompt.detail).toContain('workspace is still open');
    expect(prompt.detail).toContain('crashed, exit code 139');
    expect(crashPrompt('oom', 0, 1).message).toContain('ran out of memory');
    expect(crashPrompt('a-future-reason', 0, 1).message).toBe('The window’s page stopped.');
  });

  it('in a crash loop, still offers the reload but suggests quitting', () => {
    const prompt = crashPrompt('crashed', 1, CRASH_LOOP);
    expect(prompt.defaultId).not.toBe(RELOAD_BUTTON);
    expect(prompt.detail).toContain(`${CRASH_LOOP} times in the last minute`);
  });
});
