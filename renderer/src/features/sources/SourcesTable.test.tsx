// @vitest-environment jsdom
// The sources table in a DOM: filtering by text (including aliases) and kind, sorting by grade,
// grouping by kind, and opening a source from the keyboard.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Source } from '../../../../shared/domain/schema';
import type { SourceTableRow } from '../../../../shared/ipc/contract';
import { SourcesTable } from './SourcesTable';
import { withTestViewport } from '../../ui/test-viewport';

afterEach(cleanup);
// Tall enough that the virtualised grid renders every row of these small tables.
withTestViewport(10_000);

const source = (
  id: string,
  name: string,
  kind: Source['kind'],
  aliases: string[] = [],
): Source => ({
  id,
  kind,
  name,
  aliases,
  role: '',
  affiliation: '',
  notes: '',
  createdAt: '',
  updatedAt: '',
});
const row = (s: Source, grade: SourceTableRow['currentGrade'], quotes = 0): SourceTableRow => ({
  source: s,
  currentGrade: grade,
  lastAssessed: grade ? '2025-03-01' : null,
  quoteCount: quotes,
  claimCount: 0,
  suggested: null,
});

const ROWS = [
  row(source('w', 'Steve Witkoff', 'person', ['Mr. Witkoff']), 'C', 3),
  row(source('f', 'Fox News', 'outlet'), 'B', 1),
  row(source('a', 'A Ukrainian official', 'anonymous'), null),
  row(source('p', 'Dmitri S. Peskov', 'person'), 'A', 2),
];

const names = () =>
  screen
    .getAllByRole('row')
    .map((r) => r.getAttribute('aria-label'))
    .filter((label): label is string => label !== null)
    .map((label) => label.replace('Open ', ''));

describe('SourcesTable', () => {
  it('filters by name or alias and by kind', () => {
    render(<SourcesTable rows={ROWS} onOpen={() => {}} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter sources' }), {
      target: { value: 'mr witkoff' },
    });
    expect(names()).toEqual(['Steve Witkoff']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter sources' }), {
      target: { value: '' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by source kind' }), {
      target: { value: 'person' },
    });
    expect(names()).toEqual(['Steve Witkoff', 'Dmitri S. Peskov']);
  });

  it('sorts by grade with ungraded sources last, and groups by kind', () => {
    render(<SourcesTable rows={ROWS} onOpen={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /Grade/ }));
    expect(names()).toEqual([
      'Dmitri S. Peskov',
      'Fox News',
      'Steve Witkoff',
      'A Ukrainian official',
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Group by kind' }));
    const groups = screen.getAllByRole('rowgroup').slice(1);
    expect(groups.map((g) => within(g).getAllByRole('row')[0]!.textContent)).toEqual([
      'Person (2)',
      'Outlet (1)',
      'Anonymous (1)',
    ]);
    expect(screen.getByRole('img', { name: 'Grade A: Completely reliable' })).toBeTruthy();
  });

  it('opens a source with Enter', () => {
    const onOpen = vi.fn();
    render(<SourcesTable rows={ROWS} onOpen={onOpen} />);
    fireEvent.keyDown(screen.getByRole('row', { name: 'Open Fox News' }), { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('f');
  });
});
