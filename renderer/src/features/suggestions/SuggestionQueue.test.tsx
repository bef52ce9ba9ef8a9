// @vitest-environment jsdom
// The suggestion queue: what each item shows, the keyboard (J/K move, A accept, R reject,
// Shift+A all from the speaker, E edit) only while the list has focus and never from the edit
// form's fields, and hostile text kept as text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import type { Suggestion } from '../../../../shared/ipc/channels/suggestions';
import { SuggestionQueue } from './SuggestionQueue';
import type { SuggestionReview } from './useSuggestions';

afterEach(cleanup);

const suggestion = (key: string, text: string, speaker: string, existing = false): Suggestion => ({
  key,
  kind: 'direct',
  content: { start: 10, end: 10 + text.length, text },
  cue: { start: 0, end: 4, text: 'said' },
  speaker: { start: 5, end: 6, text: 'he', name: speaker, via: 'pronoun' },
  source: existing
    ? { kind: 'existing', sourceId: 's1', name: speaker }
    : { kind: 'new', name: speaker, sourceKind: 'person', role: '', aliases: [] },
  confidence: 0.82,
  reason: "direct quote, cue 'said' after it",
});

const ITEMS = [
  suggestion('direct:10-20', 'First words', 'Rustem Umerov'),
  suggestion('direct:30-40', '<img src=x onerror=alert(1)>', 'Steve Witkoff', true),
  suggestion('direct:50-60', 'Third words', 'Steve Witkoff', true),
];

function Harness({ review }: { review: Omit<SuggestionReview, 'current' | 'setCurrent'> }) {
  const [current, setCurrent] = useState<string | null>(ITEMS[0]!.key);
  return (
    <SuggestionQueue
      review={{ ...review, current, setCurrent }}
      sources={[]}
      selection={() => null}
      article={() => null}
    />
  );
}

function setup() {
  const review = {
    items: ITEMS,
    rejected: 2,
    loading: false,
    suggest: vi.fn(async () => {}),
    close: vi.fn(),
    accept: vi.fn(async () => true),
    reject: vi.fn(async () => {}),
    acceptAll: vi.fn(async () => {}),
  };
  render(<Harness review={review} />);
  const list = screen.getByRole('list', { name: /^Suggestions/ });
  return { review, list };
}

const currentText = (list: HTMLElement) =>
  list.querySelector('li[aria-current="true"] .suggestion-text')?.textContent;

describe('SuggestionQueue', () => {
  it('shows each suggestion’s quote, kind, cue, speaker, source and reason, as text', () => {
    const { list } = setup();
    expect(document.activeElement).toBe(list);
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('“First words”');
    expect(items[0]!.textContent).toContain('Direct');
    expect(items[0]!.textContent).toContain('“said”');
    expect(items[0]!.textContent).toContain('“he” → Rustem Umerov');
    expect(items[0]!.textContent).toContain('new: Rustem Umerov');
    expect(items[0]!.textContent).toContain("direct quote, cue 'said' after it (82%)");
    expect(items[1]!.textContent).toContain('Steve Witkoff (in sources)');
    // Article text is never markup.
    expect(items[1]!.querySelector('img')).toBeNull();
    expect(items[1]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getByText(/2 rejected earlier/)).toBeTruthy();
    expect(
      within(items[1]!).getByRole('button', { name: 'Accept all 2 from Steve Witkoff' }),
    ).toBeTruthy();
  });

  it('moves with J/K and answers with A, R and Shift+A while the list has focus', () => {
    const { list, review } = setup();
    fireEvent.keyDown(list, { key: 'j' });
    expect(currentText(list)).toBe('“<img src=x onerror=alert(1)>”');
    fireEvent.keyDown(list, { key: 'j' });
    fireEvent.keyDown(list, { key: 'j' });
    expect(currentText(list)).toBe('“Third words”');
    fireEvent.keyDown(list, { key: 'k' });
    fireEvent.keyDown(list, { key: 'a' });
    expect(review.accept).toHaveBeenCalledWith('direct:30-40');
    fireEvent.keyDown(list, { key: 'r' });
    expect(review.reject).toHaveBeenCalledWith('direct:30-40');
    fireEvent.keyDown(list, { key: 'A', shiftKey: true });
    expect(review.acceptAll).toHaveBeenCalledWith('Steve Witkoff');
    // Ctrl+A and other modified keys are not the queue's.
    fireEvent.keyDown(list, { key: 'a', ctrlKey: true });
    expect(review.accept).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(list, { key: 'Escape' });
    expect(review.close).toHaveBeenCalled();
  });

  it('edits before accepting, and typing in the form is not taken for the queue’s keys', () => {
    const { list, review } = setup();
    fireEvent.keyDown(list, { key: 'e' });
    const form = screen.getByRole('form', { name: 'Edit the suggestion' });
    const cue = within(form).getByRole('textbox', { name: 'Cue' });
    fireEvent.keyDown(cue, { key: 'r' });
    fireEvent.keyDown(cue, { key: 'a' });
    expect(review.reject).not.toHaveBeenCalled();
    expect(review.accept).not.toHaveBeenCalled();
    fireEvent.change(cue, { target: { value: 'told reporters' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Kind' }), {
      target: { value: 'partial' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Accept' }));
    expect(review.accept).toHaveBeenCalledWith('direct:10-20', {
      kind: 'partial',
      cue: 'told reporters',
    });
  });
});
