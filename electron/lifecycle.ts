// Decisions of the app's life cycle that need no Electron to test: when a fatal error can be
// shown, what quitting does in each situation, and what to offer when the window's renderer
// process dies. electron/main.ts wires them to Electron's events.

/** What `before-quit` does. */
export type QuitAction =
  /** Nothing is open: let Electron quit. */
  | 'quit'
  /** Cancel this quit, close the workspace (flush, release the lock), then exit. */
  | 'close-then-exit'
  /** Let the quit through and close the workspace meanwhile, as far as it gets. */
  | 'close-and-let-through';

export interface QuitState {
  workspaceOpen: boolean;
  /** The system announced a shutdown, restart or logout (powerMonitor 'shutdown'). */
  systemEnding: boolean;
  platform: NodeJS.Platform;
}

/**
 * On macOS a quit the system asks for (restart, shutdown, logout) must not be cancelled: cancelling
 * it in `before-quit` makes macOS abort the restart ("interrupted restart"). Every acknowledged
 * write is already on disk; a lock left behind is recognised as stale after the reboot.
 */
export function quitAction(state: QuitState): QuitAction {
  if (!state.workspaceOpen) return 'quit';
  if (state.systemEnding && state.platform === 'darwin') return 'close-and-let-through';
  return 'close-then-exit';
}

export interface FatalErrorDeps {
  whenReady(): Promise<unknown>;
  showErrorBox(title: string, message: string): void;
  exit(code: number): void;
  log(message: string): void;
}

/**
 * Shows a start-up error and exits. Waits for the app to be ready first: before `ready`, Electron's
 * error box only prints to stderr on Linux, so an analyst who started the app from a menu would see
 * nothing at all. The message is logged at once either way.
 */
export async function showFatalErrorWhenReady(
  deps: FatalErrorDeps,
  title: string,
  message: string,
  exitCode: number,
): Promise<void> {
  deps.log(`${title}: ${message}`);
  try {
    await deps.whenReady();
    deps.showErrorBox(title, message);
  } finally {
    deps.exit(exitCode);
  }
}

/** How the renderer process went (Electron's RenderProcessGoneDetails.reason). */
export type GoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction';

const REASON_TEXT: Record<GoneReason, string> = {
  'clean-exit': 'The window’s page closed unexpectedly.',
  'abnormal-exit': 'The window’s page stopped with an error.',
  killed: 'The window’s page was stopped by the system or another program.',
  crashed: 'The window’s page crashed.',
  oom: 'The window’s page ran out of memory.',
  'launch-failed': 'The window’s page could not be started.',
  'integrity-failure': 'The window’s page failed a code integrity check.',
  'memory-eviction': 'The system reclaimed the window’s page to free memory.',
};

function reasonText(reason: string): string {
  return (
    (REASON_TEXT as Record<string, string | undefined>)[reason] ?? 'The window’s page stopped.'
  );
}

/** Counts crashes in a sliding window of time, to tell one crash from a crash loop. */
export class CrashCounter {
  private readonly times: number[] = [];
  constructor(
    private readonly now: () => number = Date.now,
    private readonly windowMs = 60_000,
  ) {}

  /** Records a crash and returns how many happened within the window, this one included. */
  record(): number {
    const at = this.now();
    this.times.push(at);
    while (this.times.length > 0 && this.times[0]! <= at - this.windowMs) this.times.shift();
    return this.times.length;
  }
}

/** Crashes within a minute after which reloading is no longer the suggested answer. */
export const CRASH_LOOP = 3;

export interface CrashPrompt {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: [string, string];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

/** Index of the Reload button in CrashPrompt.buttons; the other one quits. */
export const RELOAD_BUTTON = 0;

/**
 * The dialog offered when the renderer is gone. The workspace lives in the main process and stays
 * open, so reloading brings back everything saved (which is everything but half-typed text).
 */
export function crashPrompt(reason: string, exitCode: number, recentCrashes: number): CrashPrompt {
  const looping = recentCrashes >= CRASH_LOOP;
  const detail =
    `Your work is saved and the workspace is still open: reloading the window brings it back. ` +
    `Text typed into a dialog that was not yet saved is lost.` +
    (looping
      ? `\n\nThis has happened ${recentCrashes} times in the last minute. If it keeps happening, ` +
        `quit and start the workbench again.`
      : '') +
    `\n\n(Reason: ${reason}, exit code ${exitCode}.)`;
  return {
    type: 'warning',
    title: 'Attribution Workbench',
    message: reasonText(reason),
    detail,
    buttons: ['Reload window', 'Quit'],
    defaultId: looping ? 1 : RELOAD_BUTTON,
    cancelId: 1,
    noLink: true,
  };
}
