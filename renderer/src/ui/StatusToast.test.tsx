// @vitest-environment jsdom
// The feedback layer: status messages fade (unless held), errors stay until dismissed, Undo runs
// the workbench's undo, and "Show in folder" asks the service for the saved file by its path.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { SHOW_MS, StatusToast, fileName } from './StatusToast';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete window.workbench;
});

const toast = () => screen.getByRole('status').parentElement!;

describe('StatusToast', () => {
  it('shows a message, puts it away after a while, and shows the next at once', () => {
    vi.useFakeTimers();
    const { rerender } = render(<StatusToast message="Highlighted" />);
    expect(screen.getByRole('status').textContent).toBe('Highlighted');
    expect(toast().className).toBe('status-toast');
    act(() => vi.advanceTimersByTime(SHOW_MS));
    expect(toast().className).toContain('is-hidden');
    rerender(<StatusToast message="Undid: Highlight" />);
    expect(toast().className).toBe('status-toast');
  });

  it('can be dismissed, and is hidden with no message', () => {
    const { rerender } = render(<StatusToast message="3 articles imported" />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(toast().className).toContain('is-hidden');
    rerender(<StatusToast message="" />);
    expect(toast().className).toContain('is-hidden');
  });

  it('stays while the pointer is on it, then fades', () => {
    vi.useFakeTimers();
    render(<StatusToast message={{ text: 'Deleted the quote', undo: true }} onUndo={() => {}} />);
    fireEvent.mouseEnter(toast());
    act(() => vi.advanceTimersByTime(SHOW_MS * 3));
    expect(toast().className).toBe('status-toast');
    fireEvent.mouseLeave(toast());
    act(() => vi.advanceTimersByTime(SHOW_MS));
    expect(toast().className).toContain('is-hidden');
  });

  it('keeps errors until each is dismissed, whatever the time', () => {
    vi.useFakeTimers();
    const onDismissError = vi.fn();
    render(
      <StatusToast
        message="Highlighted"
        errors={['Could not save: the disk is full.', 'Select the words first.']}
        onDismissError={onDismissError}
      />,
    );
    act(() => vi.advanceTimersByTime(SHOW_MS * 10));
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Could not save: the disk is full.×',
      'Select the words first.×',
    ]);
    expect(toast().className).toContain('is-hidden');
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss error' })[1]!);
    expect(onDismissError).toHaveBeenCalledWith(1);
  });

  it('offers Undo after a deletion, which runs the undo and puts the toast away', () => {
    const onUndo = vi.fn();
    const { rerender } = render(
      <StatusToast message={{ text: 'Deleted the claim', undo: true }} onUndo={onUndo} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(toast().className).toContain('is-hidden');
    // A plain message offers no Undo.
    rerender(<StatusToast message="Highlighted" onUndo={onUndo} />);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('names a saved file, not its path, and shows it in its folder through the service', async () => {
    const invoke = vi.fn(async (channel: string, input?: unknown) => {
      void channel;
      void input;
      return { ok: false, error: { code: 'not_found', message: 'Not saved this session.' } };
    });
    window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
    const onError = vi.fn();
    const path = 'C:\\Users\\ana\\Documents\\quote-sheet.xlsx';
    render(
      <StatusToast
        message={{ text: `Saved 2 quotes to ${fileName(path)}`, savedFile: path }}
        onError={onError}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Saved 2 quotes to quote-sheet.xlsx');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Show in folder' }));
    });
    expect(invoke).toHaveBeenCalledWith('shell.showInFolder', { path });
    expect(onError).toHaveBeenCalledWith('Not saved this session.');
  });

  it('takes the last part of POSIX and Windows paths', () => {
    expect(fileName('/home/ana/exports/riyadh.csv')).toBe('riyadh.csv');
    expect(fileName('D:\\briefings\\witkoff.pdf')).toBe('witkoff.pdf');
    expect(fileName('plain.json')).toBe('plain.json');
  });
});
