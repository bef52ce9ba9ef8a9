// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { StatusToast } from './StatusToast';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const toast = () => screen.getByRole('status').parentElement!;

describe('StatusToast', () => {
  it('shows a message, puts it away after a while, and shows the next at once', () => {
    vi.useFakeTimers();
    const { rerender } = render(<StatusToast message="Highlighted" />);
    expect(screen.getByRole('status').textContent).toBe('Highlighted');
    expect(toast().className).toBe('status-toast');
    act(() => vi.advanceTimersByTime(8_000));
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
});
