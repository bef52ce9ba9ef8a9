// @vitest-environment jsdom
// The library's table in a DOM: sorting (empty values last), the text and outlet filters with
// their counts, grouping by outlet, selecting a row, and opening an article in the reader.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { withTestViewport } from '../../ui/test-viewport';
import { ArticlesTable } from './ArticlesTable';
import { summary } from './test-articles';

afterEach(cleanup);
// Tall enough that the virtualised grid renders every row of these small tables.
withTestViewport(10_000);

const DOCS = [
  summary('a', {
    title: 'Riyadh talks',
    outlet: 'Le Monde',
    authors: ['Élise Vincent', 'Benjamin Quénelle'],
    publishedAt: '2025-03-20',
    quoteCount: 3,
  }),
  summary('b', { title: 'Envoy meets Putin', outlet: 'Reuters', quoteCount: 1 }),
  summary('c', { title: 'Untitled paste', format: 'paste', publishedAt: '2024-12-31' }),
  summary('d', { title: 'Grain deal', outlet: 'Reuters', publishedAt: '2025-03-02' }),
];

const titles = () =>
  screen
    .getAllByRole('row')
    .map((r) => r.getAttribute('aria-label'))
    .filter((label): label is string => label !== null);
const count = () => screen.getByText(/articles?$/, { selector: '.count' }).textContent;

function renderTable(docs: readonly DocumentSummary[] = DOCS, selectedId: string | null = null) {
  const onSelect = vi.fn();
  const onOpenArticle = vi.fn();
  const view = render(
    <ArticlesTable
      documents={docs}
      selectedId={selectedId}
      onSelect={onSelect}
      onOpenArticle={onOpenArticle}
    />,
  );
  return { onSelect, onOpenArticle, view };
}

describe('ArticlesTable', () => {
  it('shows each article’s metadata, with a dash for what is unknown', () => {
    renderTable();
    const row = screen.getByRole('row', { name: 'Riyadh talks' });
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      'Riyadh talks',
      'Le Monde',
      'Élise Vincent, Benjamin Quénelle',
      '2025-03-20',
      '—',
      'Text',
      '3',
      '0',
      '2025-03-01',
    ]);
    expect(count()).toBe('4 articles');
  });

  it('sorts by date with undated articles last, either way', () => {
    renderTable();
    const date = screen.getByRole('button', { name: /^Date/ });
    fireEvent.click(date);
    expect(titles()).toEqual(['Untitled paste', 'Grain deal', 'Riyadh talks', 'Envoy meets Putin']);
    fireEvent.click(date);
    expect(titles()).toEqual(['Riyadh talks', 'Grain deal', 'Untitled paste', 'Envoy meets Putin']);
  });

  it('sorts by title and by quotes (most first)', () => {
    renderTable();
    fireEvent.click(screen.getByRole('button', { name: /^Title/ }));
    expect(titles()).toEqual(['Envoy meets Putin', 'Grain deal', 'Riyadh talks', 'Untitled paste']);
    fireEvent.click(screen.getByRole('button', { name: /^Quotes/ }));
    expect(titles().slice(0, 2)).toEqual(['Riyadh talks', 'Envoy meets Putin']);
  });

  it('filters by text and by outlet, counting what is shown', () => {
    renderTable();
    const search = screen.getByRole('searchbox', { name: 'Filter articles' });
    fireEvent.change(search, { target: { value: 'quenelle' } });
    expect(titles()).toEqual(['Riyadh talks']);
    expect(count()).toBe('1 of 4 articles');
    fireEvent.change(search, { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by outlet' }), {
      target: { value: 'Reuters' },
    });
    expect(titles()).toEqual(['Envoy meets Putin', 'Grain deal']);
    expect(count()).toBe('2 of 4 articles');
  });

  it('says "1 article" for a library of one, and how to import into an empty one', () => {
    renderTable(DOCS.slice(0, 1));
    expect(count()).toBe('1 article');
    cleanup();
    renderTable([]);
    expect(
      screen.getByText(/^No articles yet\. Import web pages, PDFs, Word or Markdown/),
    ).toBeTruthy();
    expect(count()).toBe('0 articles');
  });

  it('groups by outlet, outlets in name order and articles without one last', () => {
    renderTable();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Group by outlet' }));
    const groups = screen.getAllByRole('rowgroup').slice(1);
    expect(groups.map((g) => within(g).getAllByRole('row')[0]!.textContent)).toEqual([
      'Le Monde (1)',
      'Reuters (2)',
      'No outlet (1)',
    ]);
  });

  it('selects a row on click, and opens the article on Enter or a double click', () => {
    const { onSelect, onOpenArticle } = renderTable();
    const row = screen.getByRole('row', { name: 'Grain deal' });
    fireEvent.click(row);
    expect(onSelect).toHaveBeenLastCalledWith('d');
    expect(onOpenArticle).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('row', { name: 'Envoy meets Putin' }), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('b');
    expect(onOpenArticle).toHaveBeenLastCalledWith('b');
    // A double click comes after two clicks, as in a browser.
    fireEvent.click(row);
    fireEvent.click(row);
    fireEvent.doubleClick(row);
    expect(onOpenArticle).toHaveBeenLastCalledWith('d');
    expect(onOpenArticle).toHaveBeenCalledTimes(2);
  });

  it('marks the selected row', () => {
    renderTable(DOCS, 'b');
    expect(
      screen.getByRole('row', { name: 'Envoy meets Putin' }).getAttribute('aria-selected'),
    ).toBe('true');
  });
});
