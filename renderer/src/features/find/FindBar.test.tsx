// @vitest-environment jsdom
// The find bar over the real reader: the count, Enter and Shift+Enter stepping through the
// matches, ranges over the reader's own text runs (split by a quote's mark), and Escape closing
// the bar. jsdom paints no custom highlights, so what is painted is checked in e2e/find.spec.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import type { WorkbenchDocument } from '../../../../shared/domain/schema';
import { ArticleReader } from '../reader/ArticleReader';
import type { ReaderSpan } from '../reader/spans';
import { FindBar } from './FindBar';
import type { FindHandle } from './FindBar';
import { matchRanges, renderedRuns } from './highlight-ranges';
import { findMatches, prepareText } from './text-match';

afterEach(cleanup);

const TEXT = 'Mr. Witkoff said “yes”.\n\nWITKOFF met Zelensky; Witkoff’s aide did not.';
const DOC: WorkbenchDocument = {
  id: 'd1',
  title: 'Talks',
  outlet: '',
  authors: [],
  publishedAt: '',
  url: '',
  language: 'en',
  description: '',
  fileName: 'talks.txt',
  format: 'text',
  contentHash: 'a'.repeat(64),
  text: TEXT,
  blocks: [
    { kind: 'paragraph', start: 0, end: 23 },
    { kind: 'paragraph', start: 25, end: TEXT.length },
  ],
  importedAt: '2025-03-21T08:00:00.000Z',
  previousVersions: [],
};

/** A quote whose mark starts inside the first "Witkoff", so that match crosses two runs. */
const QUOTE: ReaderSpan = {
  id: 'q1',
  kind: 'quote',
  claimId: null,
  status: null,
  stance: null,
  start: 7,
  end: 22,
  exact: TEXT.slice(7, 22),
  color: null,
  needsReview: false,
  orphaned: false,
  anchor: null,
};

function setup() {
  const find = createRef<FindHandle>();
  const onClose = vi.fn();
  const root = () => document.querySelector<HTMLElement>('article.article');
  render(
    <>
      <FindBar ref={find} document={DOC} articleRoot={root} onClose={onClose} />
      <ArticleReader
        document={DOC}
        spans={[QUOTE]}
        selectedId={null}
        describe={() => ''}
        onSelect={() => {}}
        onDetailsSaved={() => {}}
      />
    </>,
  );
  return { find, onClose, root };
}

describe('FindBar', () => {
  it('counts, steps with Enter and Shift+Enter, and closes with Escape', () => {
    const { find, onClose } = setup();
    expect(screen.queryByRole('search')).toBeNull();
    act(() => find.current!.open());
    const field = screen.getByRole('searchbox', { name: 'Find in article' });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'witkoff' } });
    const count = screen.getByRole('status');
    expect(count.textContent).toBe('1 of 3');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(count.textContent).toBe('2 of 3');
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(count.textContent).toBe('1 of 3');
    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true });
    expect(count.textContent).toBe('3 of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(count.textContent).toBe('2 of 3');
    fireEvent.change(field, { target: { value: 'nowhere' } });
    expect(count.textContent).toBe('No matches');
    expect(screen.getByRole('button', { name: 'Next match' })).toHaveProperty('disabled', true);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('search')).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps the query for the next Ctrl+F, selected to type over', () => {
    const { find } = setup();
    act(() => find.current!.open());
    const field = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Find in article' });
    fireEvent.change(field, { target: { value: 'said' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    act(() => find.current!.open());
    const again = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Find in article' });
    expect(again.value).toBe('said');
    expect([again.selectionStart, again.selectionEnd]).toEqual([0, 4]);
  });
});

describe('matchRanges', () => {
  it('covers exactly the matched text over the reader runs, across a mark', () => {
    const { root } = setup();
    const matches = findMatches(prepareText(DOC.text, DOC.blocks), "witkoff's");
    const curly = findMatches(prepareText(DOC.text, DOC.blocks), 'WITKOFF');
    const el = root()!;
    const runs = renderedRuns(el);
    // The quote's mark splits the first paragraph into runs.
    expect(runs.length).toBeGreaterThan(2);
    expect(matchRanges(document, runs, matches).map((r) => r?.toString())).toEqual(['Witkoff’s']);
    expect(matchRanges(document, runs, curly).map((r) => r?.toString())).toEqual([
      'Witkoff',
      'WITKOFF',
      'Witkoff',
    ]);
  });
});
