// @vitest-environment jsdom
// The preview table: only the chosen columns, each with its own width so words never break
// inside, a row header per group, the count of rows shown, and the quote marked in its context.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { QUOTE_SHEET_COLUMNS } from '../../../../shared/export/cells';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { SheetPreview, columnRem, previewCount } from './SheetPreview';

afterEach(cleanup);

const row = (id: string, quote: string, speaker: string) => ({
  id,
  cells: [quote, speaker, `He said: ${quote} Then left.`],
  context: `He said: ${quote} Then left.`,
  quote,
});
const PREVIEW: ChannelOutput<'exports.preview'> = {
  title: 'Quote sheet',
  total: 12,
  columns: [
    { id: 'quote', label: 'Quote' },
    { id: 'speaker', label: 'Speaker' },
    { id: 'context', label: 'Context' },
  ],
  groups: [
    { label: 'Steve Witkoff', count: 9, rows: [row('q1', 'We are close.', 'Steve Witkoff')] },
    { label: 'Dmitri S. Peskov', count: 3, rows: [row('q2', 'No comment.', 'Dmitri S. Peskov')] },
  ],
};

describe('SheetPreview', () => {
  it('shows the chosen columns, a row header per group and how many rows it shows', () => {
    render(<SheetPreview preview={PREVIEW} />);
    expect(screen.getByText('12 quotes, the first 2 shown · 3 columns')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Quote sheet preview' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Quote', 'Speaker', 'Context']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Steve Witkoff (9)', 'Dmitri S. Peskov (3)']);
    expect(table.querySelector('mark')?.textContent).toBe('We are close.');
    // A width per column, and the table as wide as their sum: it scrolls rather than squeeze.
    const widths = [...table.querySelectorAll('col')].map((c) => c.style.width);
    expect(widths).toEqual(['22rem', '10rem', '28rem']);
    expect(table.style.width).toBe('60rem');
  });

  it('says when nothing matches, and when it is still preparing', () => {
    const { rerender } = render(<SheetPreview preview={null} />);
    expect(screen.getByText('Preparing the preview…')).toBeTruthy();
    rerender(<SheetPreview preview={{ ...PREVIEW, total: 0, groups: [] }} />);
    expect(screen.getByText('No quote matches: widen the scope or the filters.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('counts the rows', () => {
    expect(previewCount(1, 1, 1)).toBe('1 quote · 1 column');
    expect(previewCount(12, 12, 16)).toBe('12 quotes · 16 columns');
    expect(previewCount(250, 200, 3)).toBe('250 quotes, the first 200 shown · 3 columns');
    expect(previewCount(0, 0, 3)).toBe('No quote matches: widen the scope or the filters.');
  });

  it('gives every column a width, prose the most, and an unknown column a middling one', () => {
    for (const c of QUOTE_SHEET_COLUMNS) expect(columnRem(c)).toBeGreaterThanOrEqual(6);
    expect(columnRem('quote')).toBeGreaterThan(columnRem('speaker'));
    expect(columnRem('context')).toBeGreaterThan(columnRem('date'));
    expect(columnRem('somethingNew')).toBe(10);
    expect(columnRem('constructor')).toBe(10);
  });
});
