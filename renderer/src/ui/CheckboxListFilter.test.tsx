// @vitest-environment jsdom
// The checkbox filter: the search narrows the list (by label or keyword, ignoring case and
// accents), All and None act on what is shown, and every change reports the chosen values in
// the options' order.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { CheckboxListFilter, matchingOptions } from './CheckboxListFilter';
import type { CheckboxOption } from './CheckboxListFilter';

afterEach(cleanup);

const SOURCES: CheckboxOption<string>[] = [
  { value: 's1', label: 'Dmitri S. Peskov', keywords: 'Kremlin spokesman' },
  { value: 's2', label: 'Steve Witkoff', count: 3 },
  { value: 's3', label: 'Volodymyr Zelenský', count: 0 },
  { value: 's4', label: 'Marco Rubio' },
  { value: 's5', label: 'Sergei Lavrov' },
  { value: 's6', label: 'Kaja Kallas' },
  { value: 's7', label: 'Mike Waltz' },
  { value: 's8', label: 'Yuri Ushakov' },
];

/** The filter over SOURCES, holding its own choice like the form does; returns the reports. */
function renderFilter(initial: string[] = []) {
  const changes = vi.fn<(next: string[]) => void>();
  function Host() {
    const [chosen, setChosen] = useState<string[]>(initial);
    return (
      <CheckboxListFilter
        legend="Sources"
        options={SOURCES}
        selected={chosen}
        onChange={(next) => {
          changes(next);
          setChosen(next);
        }}
        noneMeans="any source"
        countNoun="quotes"
      />
    );
  }
  render(<Host />);
  const group = screen.getByRole('group', { name: 'Sources' });
  const shownLabels = () =>
    within(group)
      .queryAllByRole('checkbox')
      .map((box) => box.closest('label')!.querySelector('.checkbox-filter-label')!.textContent);
  return { changes, group, shownLabels, last: () => changes.mock.calls.at(-1)![0] };
}

describe('CheckboxListFilter', () => {
  it('reports the chosen values in the options’ order and says how many are chosen', () => {
    const { group, last } = renderFilter();
    expect(within(group).getByText('None chosen: any source')).toBeTruthy();
    fireEvent.click(within(group).getByRole('checkbox', { name: /Steve Witkoff/ }));
    fireEvent.click(within(group).getByRole('checkbox', { name: /Dmitri S\. Peskov/ }));
    expect(last()).toEqual(['s1', 's2']);
    expect(within(group).getByText('2 of 8 chosen')).toBeTruthy();
    // The summary describes the group, so a screen reader hears it with the legend.
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(within(group).getByRole('checkbox', { name: /Dmitri S\. Peskov/ }));
    expect(last()).toEqual(['s2']);
  });

  it('narrows the list to what matches the search, by label or keyword', () => {
    const { group, shownLabels } = renderFilter();
    const search = within(group).getByRole('searchbox', { name: 'Search sources' });
    fireEvent.change(search, { target: { value: 'kremlin' } });
    expect(shownLabels()).toEqual(['Dmitri S. Peskov']);
    fireEvent.change(search, { target: { value: 'zelensky' } });
    expect(shownLabels()).toEqual(['Volodymyr Zelenský']);
    fireEvent.change(search, { target: { value: 'no such name' } });
    expect(shownLabels()).toEqual([]);
    expect(within(group).getByText('Nothing matches “no such name”.')).toBeTruthy();
    fireEvent.change(search, { target: { value: '' } });
    expect(shownLabels()).toHaveLength(SOURCES.length);
  });

  it('chooses all and none, or only what the search shows, keeping other choices', () => {
    const { group, last } = renderFilter(['s8']);
    fireEvent.click(within(group).getByRole('button', { name: 'All' }));
    expect(last()).toEqual(SOURCES.map((s) => s.value));
    expect(within(group).getByText('All 8 chosen')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'None' }));
    expect(last()).toEqual([]);

    fireEvent.change(within(group).getByRole('searchbox'), { target: { value: 'w' } });
    // Steve Witkoff and Mike Waltz are shown.
    fireEvent.click(within(group).getByRole('button', { name: 'All shown' }));
    expect(last()).toEqual(['s2', 's7']);
    fireEvent.change(within(group).getByRole('searchbox'), { target: { value: 'steve' } });
    fireEvent.click(within(group).getByRole('button', { name: 'None shown' }));
    expect(last()).toEqual(['s7']);
  });

  it('shows counts, read out with their noun, and ignores values it does not offer', () => {
    const { group, last } = renderFilter(['gone', 's3']);
    expect(within(group).getByRole('checkbox', { name: 'Steve Witkoff 3 quotes' })).toBeTruthy();
    expect(within(group).getByText('1 of 8 chosen')).toBeTruthy();
    fireEvent.click(within(group).getByRole('checkbox', { name: /Marco Rubio/ }));
    expect(last()).toEqual(['s3', 's4']);
  });

  it('moves between the checkboxes with the arrow keys', () => {
    const { group } = renderFilter();
    const boxes = within(group).getAllByRole('checkbox');
    boxes[0]!.focus();
    fireEvent.keyDown(boxes[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(boxes[1]);
    fireEvent.keyDown(boxes[1]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(boxes[0]);
  });

  it('offers a search box only for a long list', () => {
    render(
      <CheckboxListFilter
        legend="Grade"
        options={SOURCES.slice(0, 3)}
        selected={[]}
        onChange={() => {}}
        noneMeans="any grade"
      />,
    );
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('matches every word of the query, in any order', () => {
    expect(matchingOptions(SOURCES, '  peskov   dmitri ').map((o) => o.value)).toEqual(['s1']);
    expect(matchingOptions(SOURCES, '')).toBe(SOURCES);
  });
});
