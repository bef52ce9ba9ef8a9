// @vitest-environment jsdom
// The library view: choosing an article shows its metadata (the URL as text) with the form and
// the delete control; deleting clears the choice and refreshes; Enter opens the reader.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { withTestViewport } from '../../ui/test-viewport';
import { LibraryView } from './LibraryView';
import { summary } from './test-articles';

afterEach(() => {
  cleanup();
  delete window.workbench;
});
withTestViewport(10_000);

const DOCS = [
  summary('a', {
    title: 'Riyadh talks',
    outlet: 'Reuters',
    url: 'https://example.org/riyadh',
    format: 'html',
    quoteCount: 2,
    versionCount: 2,
  }),
  summary('b', { title: 'Grain deal' }),
];

describe('LibraryView', () => {
  it('shows the chosen article’s details beside the table', () => {
    render(<LibraryView documents={DOCS} onOpenArticle={() => {}} onChanged={() => {}} />);
    const side = screen.getByRole('complementary', { name: 'Selected article' });
    expect(side.textContent).toMatch(/^Choose an article/);
    fireEvent.click(screen.getByRole('row', { name: 'Riyadh talks' }));
    expect(within(side).getByRole('heading', { name: 'Riyadh talks' })).toBeTruthy();
    expect(side.querySelector('dd.article-url')!.textContent).toBe('https://example.org/riyadh');
    expect(within(side).queryByRole('link')).toBeNull();
    expect(side.textContent).toContain('Web page');
    expect(within(side).getByRole('form', { name: 'Edit details' })).toBeTruthy();
    expect(within(side).getByRole('button', { name: 'Delete article…' })).toBeTruthy();
  });

  it('opens the chosen article in the reader', () => {
    const onOpenArticle = vi.fn();
    render(<LibraryView documents={DOCS} onOpenArticle={onOpenArticle} onChanged={() => {}} />);
    fireEvent.click(screen.getByRole('row', { name: 'Grain deal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open in reader' }));
    expect(onOpenArticle).toHaveBeenCalledWith('b');
    fireEvent.keyDown(screen.getByRole('row', { name: 'Riyadh talks' }), { key: 'Enter' });
    expect(onOpenArticle).toHaveBeenLastCalledWith('a');
  });

  it('forgets the choice and refreshes once the article is deleted', async () => {
    const invoke = vi.fn(async (channel: string) =>
      channel === 'documents.deletePlan'
        ? { ok: true, value: { quotes: 2, annotations: 0, claims: 0, memos: 0, evidenceKept: 0 } }
        : { ok: true, value: { id: 'a' } },
    );
    window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
    const onChanged = vi.fn();
    render(<LibraryView documents={DOCS} onOpenArticle={() => {}} onChanged={onChanged} />);
    fireEvent.click(screen.getByRole('row', { name: 'Riyadh talks' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete article…' }));
    await screen.findByText(/^Delete “Riyadh talks” and its 2 quotes\?/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete article' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(screen.getByRole('complementary', { name: 'Selected article' }).textContent).toMatch(
      /^Choose an article/,
    );
  });
});
