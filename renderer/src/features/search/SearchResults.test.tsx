// @vitest-environment jsdom
// The results draw an answer's first screenful of rows and more as the end nears (the browser's
// IntersectionObserver, driven here by the test), keep every group's count exact, draw the row
// the keyboard moved to, and treat two answers' equal hits as the same row.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import type { SearchHit } from '../../../../shared/ipc/channels/search';
import { FIRST_ROWS, SearchResults, sameHit } from './SearchResults';
import type { SearchAnswer } from './useSearch';

function hit(kind: 'passage' | 'quote', i: number, text = `hit ${i}`): SearchHit {
  return {
    id: `${kind}:${i}`,
    kind,
    subkind: kind === 'passage' ? 'paragraph' : 'quote',
    recordId: `rec${i}`,
    documentId: 'doc1',
    documentTitle: 'Talks in Riyadh',
    speaker: '',
    label: '',
    snippet: [
      { text: 'before ', hit: false },
      { text, hit: true },
    ],
    about: null,
    range: null,
  };
}

const answer: SearchAnswer = {
  error: null,
  tookMs: 3,
  groups: [
    { kind: 'passage', count: 58, hits: Array.from({ length: 30 }, (_, i) => hit('passage', i)) },
    { kind: 'quote', count: 1204, hits: Array.from({ length: 30 }, (_, i) => hit('quote', i)) },
    { kind: 'claim', count: 0, hits: [] },
  ],
};

/** The browser's observer, reporting only when the test says the sentinel came into view. */
let reveal: (() => void) | null = null;
class TestObserver {
  constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    reveal = () => this.report([{ isIntersecting: true }]);
  }
  disconnect() {
    reveal = null;
  }
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const options = () => screen.getAllByRole('option');

describe('SearchResults', () => {
  it('draws the first screenful, then more as the end of the list nears', async () => {
    vi.stubGlobal('IntersectionObserver', TestObserver);
    const props = { onPoint: () => {}, onOpen: () => {} };
    const view = render(<SearchResults answer={answer} active={0} {...props} />);
    expect(options()).toHaveLength(FIRST_ROWS);
    // Only the passages have rows yet; their count is the group's, not the rows'.
    const passages = screen.getByRole('group', { name: 'passages' });
    expect(within(passages).getByRole('heading').textContent).toMatch(/Passages\s*58/);
    expect(screen.queryByRole('group', { name: 'quotes' })).toBeNull();

    await act(async () => reveal!());
    expect(options()).toHaveLength(45);
    expect(
      within(screen.getByRole('group', { name: 'quotes' })).getByRole('heading').textContent,
    ).toMatch(/Quotes\s*1204/);
    await act(async () => reveal!());
    expect(options()).toHaveLength(60);
    // All drawn: nothing left to observe.
    expect(reveal).toBeNull();

    // A new answer starts again at the first screenful, but always draws the active row.
    const next = { ...answer, groups: answer.groups.map((g) => ({ ...g })) };
    view.rerender(<SearchResults answer={next} active={40} {...props} />);
    expect(options()).toHaveLength(41);
    expect(options()[40]!.getAttribute('aria-selected')).toBe('true');
  });

  it('counts two answers’ hits as the same row only when they draw the same', () => {
    const a = hit('quote', 1, 'referendum');
    expect(sameHit(a, { ...a, snippet: a.snippet.map((s) => ({ ...s })) })).toBe(true);
    expect(sameHit(a, hit('quote', 1, 'referendums'))).toBe(false);
    expect(sameHit(a, { ...a, speaker: 'Steve Witkoff' })).toBe(false);
    expect(sameHit(a, { ...a, id: 'quote:2' })).toBe(false);
  });
});
