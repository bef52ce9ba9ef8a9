// Collects window-settings changes and sends them in one write after a quiet moment, so dragging a
// separator or clicking through sections does not write the settings file on every event.
import type { WindowSettings } from '../../../shared/ipc/channels/settings';

export type SettingsPatch = Partial<WindowSettings>;

/** Two patches as one: later keys win, pane and section maps are merged key by key. */
export function mergePatches(a: SettingsPatch, b: SettingsPatch): SettingsPatch {
  const merged: SettingsPatch = { ...a, ...b };
  if (a.panes || b.panes) merged.panes = { ...a.panes, ...b.panes };
  if (a.collapsed || b.collapsed) merged.collapsed = { ...a.collapsed, ...b.collapsed };
  return merged;
}

export interface SettingsQueue {
  push(patch: SettingsPatch): void;
  /** Sends what is pending now (the window is closing, or a test wants it written). */
  flush(): void;
}

/**
 * Sends the merged patches `delayMs` after the last push. `send` failures are the sender's to
 * report; the queue just moves on, so one failed write does not block later ones.
 */
export function createSettingsQueue(
  send: (patch: SettingsPatch) => void,
  delayMs: number,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): SettingsQueue {
  let pending: SettingsPatch | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const patch = pending;
    pending = null;
    send(patch);
  };
  return {
    push(patch) {
      pending = pending === null ? patch : mergePatches(pending, patch);
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(flush, delayMs);
    },
    flush,
  };
}

/** Sizes worth saving: rounded to a tenth of a percent, so sub-pixel jitter is not a change. */
export function roundSizes(sizes: readonly number[]): number[] {
  return sizes.map((s) => Math.min(100, Math.max(0, Math.round(s * 10) / 10)));
}

export function sameSizes(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((v, i) => Math.abs(v - b[i]!) < 0.05);
}
