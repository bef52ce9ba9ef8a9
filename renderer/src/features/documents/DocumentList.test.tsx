// @vitest-environment jsdom
// The reader's article list in a DOM: at 1,000 articles it renders only the entries in view and
// the overscan, each saying where it sits among all of them; scrolling renders the entries there;
// the entry that has focus stays rendered while scrolled away; choosing an entry opens it.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTestViewport } from '../../ui/test-viewport';
import { DocumentList } from './DocumentList';
import { summary } from './test-articles';

// A 300 px list. jsdom lays nothing out: entries keep their estimated 58 px, and the heading above
// them its estimated 29 px, so 5 entries are in view (and 6 more on each side as overscan).
withTestViewport(300);
afterEach(cleanup);

const MANY = Array.from({ length: 1_000 }, (_, i) =>
  summary(`d${i}`, { title: `Article ${i}`, outlet: 'Reuters', quoteCount: i }),
);

const nav = () => screen.getByRole('navigation', { name: 'Articles' });
const positions = () =>
  within(nav())
    .getAllByRole('listitem')
    .map((li) => Number(li.getAttribute('aria-posinset')));

/** Scrolls the list as the analyst would: jsdom keeps no scroll position, so it is set here. */
function scrollTo(top: number) {
  const el = nav();
  Object.defineProperty(el, 'scrollTop', { configurable: true, writable: true, value: top });
  fireEvent.scroll(el);
}

describe('DocumentList', () => {
  it('renders only the entries in view and the overscan, each placed among all of them', () => {
    render(<DocumentList documents={MANY} openId="d0" onOpen={() => {}} />);
    expect(positions()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const items = within(nav()).getAllByRole('listitem');
    expect(items.every((li) => li.getAttribute('aria-setsize') === '1000')).toBe(true);
    expect(items[3]!.style.transform).toBe('translateY(174px)');
    // The list keeps the height of every entry, so the scrollbar says where the view is.
    expect(within(nav()).getByRole('list').style.height).toBe('58000px');
    expect(within(items[2]!).getByRole('button').textContent).toBe('Article 2Reuters2 quotes');
    expect(within(items[0]!).getByRole('button').getAttribute('aria-current')).toBe('page');
  });

  it('renders the entries where the list is scrolled to', () => {
    render(<DocumentList documents={MANY} openId={null} onOpen={() => {}} />);
    act(() => scrollTo(29_000));
    // (29,000 - 29) / 58 puts entry 500 (index 499) at the top of the view.
    expect(positions()).toEqual(Array.from({ length: 18 }, (_, i) => 494 + i));
    expect(screen.getByRole('button', { name: /^Article 499Reuters/ })).toBeTruthy();
    act(() => scrollTo(1_000_000));
    expect(positions().at(-1)).toBe(1_000);
  });

  it('keeps the entry that has focus rendered while it is scrolled out of view', () => {
    render(
      <>
        <DocumentList documents={MANY} openId={null} onOpen={() => {}} />
        <button type="button">Elsewhere</button>
      </>,
    );
    const third = screen.getByRole('button', { name: /^Article 2Reuters/ });
    act(() => third.focus());
    act(() => scrollTo(29_000));
    // With its neighbours, so Tab and Shift+Tab go on to articles 4 and 2 as in the whole list.
    expect(positions().slice(0, 3)).toEqual([2, 3, 4]);
    expect(positions()).toContain(500);
    expect(document.activeElement).toBe(third);
    const buttons = within(nav()).getAllByRole('button');
    const at = buttons.indexOf(third);
    expect([buttons[at - 1]?.textContent, buttons[at + 1]?.textContent]).toEqual([
      'Article 1Reuters1 quote',
      'Article 3Reuters3 quotes',
    ]);
    // Focus moved on in the window: the entry is no longer held.
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());
    expect(positions()).not.toContain(3);
  });

  it('keeps a focused entry below the view after the window, with its neighbours, in order', () => {
    render(<DocumentList documents={MANY} openId={null} onOpen={() => {}} />);
    act(() => scrollTo(29_000));
    act(() => screen.getByRole('button', { name: /^Article 505Reuters/ }).focus());
    act(() => scrollTo(0));
    expect(positions()).toEqual([...Array.from({ length: 11 }, (_, i) => i + 1), 505, 506, 507]);
  });

  it('opens the entry chosen', () => {
    const onOpen = vi.fn();
    render(<DocumentList documents={MANY} openId={null} onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('button', { name: /^Article 4Reuters/ }));
    expect(onOpen).toHaveBeenCalledWith('d4');
  });

  it('says so when there is no article', () => {
    render(<DocumentList documents={[]} openId={null} onOpen={() => {}} />);
    expect(nav().textContent).toContain('No articles yet.');
    expect(within(nav()).queryByRole('list')).toBeNull();
  });
});
