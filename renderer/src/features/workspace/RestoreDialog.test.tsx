// @vitest-environment jsdom
// The restore dialog lists the copies the service offers and restores one only after asking.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withModalDialogs } from '../../ui/test-dialog';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { WorkspaceCopy } from '../../../../shared/ipc/channels/workspace';
import { formatDateTime } from '../../../../shared/text/dates';
import { RestoreDialog, describeCounts } from './RestoreDialog';

withModalDialogs();
afterEach(() => {
  cleanup();
  delete window.workbench;
});

const COPIES: WorkspaceCopy[] = [
  {
    name: 'workspace.json.1',
    kind: 'generation',
    savedAt: '2026-12-04T15:00:00.000Z',
    bytes: 2048,
    restorable: true,
    problem: null,
    counts: { documents: 2, sources: 1, quotes: 3 },
  },
  {
    name: 'workspace.json.corrupt-20261204T150500Z',
    kind: 'set_aside',
    savedAt: '2026-12-04T15:05:00.000Z',
    bytes: 10,
    restorable: false,
    problem: 'Not valid JSON.',
    counts: null,
  },
];

function fakeBridge() {
  const invoke = vi.fn(async (channel: string, _input?: unknown) => {
    if (channel === 'workspace.copies') return { ok: true, value: COPIES };
    if (channel === 'workspace.restoreCopy')
      return {
        ok: true,
        value: {
          restored: 'workspace.json.1',
          keptCurrentAs: 'workspace.json.before-restore-x',
          changes: 4,
        },
      };
    return { ok: false, error: { code: 'internal', message: channel } };
  });
  window.workbench = { invoke, onCommand: () => () => {}, pathForFile: () => '' } as never;
  return invoke;
}

describe('RestoreDialog', () => {
  it('lists the copies with what they hold, and restores only after a second click', async () => {
    const invoke = fakeBridge();
    const onRestored = vi.fn();
    render(<RestoreDialog onRestored={onRestored} onClose={() => {}} />);
    expect(await screen.findByText('workspace.json.1')).toBeTruthy();
    expect(
      // In local time, to the minute, like every other time in the window.
      screen.getByText(
        `Earlier save · ${formatDateTime('2026-12-04T15:00:00.000Z')} · 2 articles, 1 source, 3 quotes`,
        { exact: false },
      ),
    ).toBeTruthy();
    expect(screen.getByText('Not valid JSON.')).toBeTruthy();
    // Only the restorable copy offers Restore.
    expect(screen.getAllByRole('button', { name: 'Restore…' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Restore…' }));
    expect(invoke.mock.calls.some(([c]) => c === 'workspace.restoreCopy')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Restore now' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalled());
    expect(onRestored.mock.calls[0]![0]).toBe(
      'Restored workspace.json.1 (4 changes); the state before is kept as workspace.json.before-restore-x',
    );
  });

  it('says what a copy holds', () => {
    expect(describeCounts(null)).toBe('contents unknown');
    expect(describeCounts({ documents: 1, sources: 0, quotes: 2 })).toBe(
      '1 article, 0 sources, 2 quotes',
    );
  });
});
