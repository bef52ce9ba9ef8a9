// @vitest-environment jsdom
// The reader with the v5 article model: its header (outlet · authors · date · language, the URL
// as text), block quotes, list items and page markers that stay out of the selection's offsets,
// and the "Edit details" form. (Kept with the library's tests: it exercises the details form.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import type { WorkbenchDocument } from '../../../../shared/domain/schema';
import { ArticleReader, pageStarts } from './ArticleReader';
import type { ReaderHandle } from './ArticleReader';

afterEach(() => {
  cleanup();
  delete window.workbench;
});

const TEXT = 'Talks\n\nHe said: "No deal."\n\nFirst point\n\nSecond point\n\nOn page two.';
const block = (kind: WorkbenchDocument['blocks'][number]['kind'], text: string, page?: number) => {
  const start = TEXT.indexOf(text);
  return { kind, start, end: start + text.length, ...(page ? { page } : {}) };
};
const DOC: WorkbenchDocument = {
  id: 'd1',
  title: 'Riyadh talks',
  outlet: 'Reuters',
  authors: ['Ann Lee', 'Bo Chen'],
  publishedAt: '2025-03-20',
  url: 'https://example.org/riyadh',
  language: 'en',
  description: '',
  fileName: 'riyadh.pdf',
  format: 'pdf',
  contentHash: 'a'.repeat(64),
  text: TEXT,
  blocks: [
    block('heading', 'Talks', 1),
    block('quote', 'He said: "No deal."', 1),
    block('list-item', 'First point', 1),
    block('list-item', 'Second point', 1),
    block('paragraph', 'On page two.', 2),
  ],
  importedAt: '2025-03-21T08:00:00.000Z',
  previousVersions: [],
};

function renderReader(doc: WorkbenchDocument = DOC, onDetailsSaved = vi.fn()) {
  const ref = createRef<ReaderHandle>();
  render(
    <ArticleReader
      ref={ref}
      document={doc}
      spans={[]}
      selectedId={null}
      describe={() => ''}
      onSelect={() => {}}
      onDetailsSaved={onDetailsSaved}
    />,
  );
  return ref;
}

/** Selects `exact` in the article's text runs, as a mouse drag would. */
function select(exact: string) {
  const root = screen.getByRole('article');
  const runs = [...root.querySelectorAll('[data-offset]')];
  const run = runs.find((r) => r.textContent?.includes(exact))!;
  const node = run.firstChild!;
  const at = run.textContent!.indexOf(exact);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + exact.length);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}

describe('ArticleReader header', () => {
  it('shows outlet, authors, date and language, and the URL as text, not a link', () => {
    renderReader();
    const article = screen.getByRole('article');
    expect(article.querySelector('.article-meta')!.textContent).toBe(
      'Reuters · Ann Lee, Bo Chen · 2025-03-20 · en',
    );
    expect(article.querySelector('.article-url')!.textContent).toBe('https://example.org/riyadh');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('falls back to the file name when the article has no metadata', () => {
    renderReader({ ...DOC, outlet: '', authors: [], publishedAt: '', language: '', url: '' });
    const article = screen.getByRole('article');
    expect(article.querySelector('.article-meta')!.textContent).toBe('riyadh.pdf');
    expect(article.querySelector('.article-url')).toBeNull();
  });
});

describe('ArticleReader blocks', () => {
  it('renders quotes as block quotes and list items as bulleted paragraphs', () => {
    renderReader();
    const article = screen.getByRole('article');
    expect(
      [...article.querySelectorAll('[data-block]')].map((el) => `${el.tagName} ${el.className}`),
    ).toEqual([
      'H2 article-heading',
      'BLOCKQUOTE article-quote',
      'P article-list-item',
      'P article-list-item',
      'P article-paragraph',
    ]);
  });

  it('marks the first block of each page, as an attribute that adds no text', () => {
    renderReader();
    const article = screen.getByRole('article');
    const marked = [...article.querySelectorAll('[data-page]')];
    expect(marked.map((el) => [el.textContent, el.getAttribute('data-page')])).toEqual([
      ['Talks', '1'],
      ['On page two.', '2'],
    ]);
  });

  it('reports selections in list items, quotes and page-marked blocks as text offsets', () => {
    const ref = renderReader();
    for (const exact of ['Second point', 'No deal.', 'page two', 'Talks']) {
      select(exact);
      const start = TEXT.indexOf(exact);
      expect(ref.current!.selection()).toEqual({ start, end: start + exact.length });
    }
  });

  it('starts a page only where the page changes', () => {
    expect(pageStarts([{}, { page: 1 }, { page: 1 }, {}, { page: 2 }, { page: 2 }])).toEqual([
      undefined,
      1,
      undefined,
      undefined,
      2,
      undefined,
    ]);
  });
});

describe('ArticleReader details', () => {
  it('opens the details form outside the article text, saves, and closes it', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: {} }));
    window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
    const onDetailsSaved = vi.fn();
    renderReader(DOC, onDetailsSaved);
    const toggle = screen.getByRole('button', { name: 'Edit details' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('form', { name: 'Edit details' });
    expect(screen.getByRole('article').contains(form)).toBe(false);
    fireEvent.change(screen.getByRole('textbox', { name: 'Outlet' }), {
      target: { value: 'Reuters World' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(onDetailsSaved).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith('documents.update', {
      id: 'd1',
      patch: { outlet: 'Reuters World' },
    });
    expect(screen.queryByRole('form', { name: 'Edit details' })).toBeNull();
  });
});
