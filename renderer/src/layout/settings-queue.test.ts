// The renderer's settings queue: patches merged key by key and sent once after a quiet moment.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsQueue, mergePatches, roundSizes, sameSizes } from './settings-queue';
import type { SettingsPatch } from './settings-queue';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('settings queue', () => {
  it('sends one merged write after the last change, not one per change', () => {
    const sent: SettingsPatch[] = [];
    const queue = createSettingsQueue((p) => sent.push(p), 400);
    for (let i = 0; i < 50; i++) queue.push({ panes: { main: [20 + i / 10, 80 - i / 10] } });
    queue.push({ collapsed: { 'section:memos': true } });
    vi.advanceTimersByTime(399);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([{ panes: { main: [24.9, 75.1] }, collapsed: { 'section:memos': true } }]);
    vi.advanceTimersByTime(5000);
    expect(sent).toHaveLength(1);
  });

  it('flushes at once on request and then has nothing left to send', () => {
    const sent: SettingsPatch[] = [];
    const queue = createSettingsQueue((p) => sent.push(p), 400);
    queue.push({ theme: 'dark' });
    queue.flush();
    expect(sent).toEqual([{ theme: 'dark' }]);
    queue.flush();
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
  });

  it('merges pane and section maps key by key', () => {
    expect(
      mergePatches(
        { panes: { a: [1, 99] }, collapsed: { x: true } },
        { panes: { b: [50, 50] }, collapsed: { x: false, y: true } },
      ),
    ).toEqual({ panes: { a: [1, 99], b: [50, 50] }, collapsed: { x: false, y: true } });
  });

  it('rounds sizes to a tenth and treats jitter below that as the same layout', () => {
    expect(roundSizes([33.33333, 66.66667, -1, 100.4])).toEqual([33.3, 66.7, 0, 100]);
    expect(sameSizes([33.3, 66.7], [33.3, 66.7])).toBe(true);
    expect(sameSizes([33.3, 66.7], [33.5, 66.5])).toBe(false);
    expect(sameSizes(undefined, [50, 50])).toBe(false);
  });
});
