// @vitest-environment jsdom
// The export dialog against a fake bridge: the choices made in its checkbox filters, columns and
// switches reach exports.preview and exports.save as the same options object the service has
// always taken (QuoteSheetOptionsSchema, unchanged), and the save is reported.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withModalDialogs } from '../../ui/test-dialog';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Tag } from '../../../../shared/domain/annotations';
import type { Source } from '../../../../shared/domain/schema';
import { DEFAULT_COLUMNS } from '../../../../shared/export/cells';
import { QuoteSheetOptionsSchema } from '../../../../shared/export/quote-sheet';
import type { QuoteSheetOptions } from '../../../../shared/export/quote-sheet';
import { exportChannels } from '../../../../shared/ipc/channels/exports';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { summary } from '../documents/test-articles';
import { ExportDialog } from './ExportDialog';

withModalDialogs();
afterEach(() => {
  cleanup();
  delete window.workbench;
});

const AT = '2025-03-01T10:00:00.000Z';
const source = (id: string, name: string, aliases: string[] = []): Source => ({
  id,
  kind: 'person',
  name,
  aliases,
  role: '',
  affiliation: '',
  notes: '',
  createdAt: AT,
  updatedAt: AT,
});
const tag = (id: string, name: string, parentId: string | null = null): Tag => ({
  id,
  name,
  description: '',
  color: '#aabbcc',
  parentId,
  shortcut: null,
  createdAt: AT,
  updatedAt: AT,
});

const DOCUMENTS = [
  summary('d1', { title: 'Riyadh ceasefire talks', quoteCount: 2 }),
  summary('d2', { title: 'U.S. holds separate talks', quoteCount: 5 }),
];
const SOURCES = [
  source('s1', 'Steve Witkoff'),
  source('s2', 'Dmitri S. Peskov', ['Kremlin spokesman']),
];
const TAGS = [tag('t1', 'Territory'), tag('t2', 'Referendums', 't1')];

const PREVIEW: ChannelOutput<'exports.preview'> = {
  title: 'Quote sheet',
  total: 2,
  columns: [{ id: 'quote', label: 'Quote' }],
  groups: [{ label: '', count: 2, rows: [] }],
};

function fakeBridge() {
  const invoke = vi.fn(async (channel: string, _input?: unknown) => {
    switch (channel) {
      case 'exports.preview':
        return { ok: true, value: PREVIEW };
      case 'exports.save':
        return { ok: true, value: { path: '/tmp/riyadh.csv', bytes: 120, rows: 2 } };
      case 'exports.progress':
        return { ok: true, value: null };
    }
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return invoke;
}

/** The input of the last call on `channel`. */
const lastInput = (invoke: ReturnType<typeof fakeBridge>, channel: string) =>
  invoke.mock.calls.filter(([c]) => c === channel).at(-1)?.[1];

const check = (group: string, name: RegExp | string) =>
  fireEvent.click(
    within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name }),
  );

function renderDialog() {
  const invoke = fakeBridge();
  render(
    <ExportDialog
      documents={DOCUMENTS}
      sources={SOURCES}
      tags={TAGS}
      documentId="d1"
      onClose={() => {}}
      onSaved={() => {}}
    />,
  );
  return invoke;
}

describe('ExportDialog', () => {
  it('starts with the open article and every default', async () => {
    const invoke = renderDialog();
    await waitFor(() => expect(lastInput(invoke, 'exports.preview')).toBeTruthy());
    expect(lastInput(invoke, 'exports.preview')).toEqual({
      options: QuoteSheetOptionsSchema.parse({ documentIds: ['d1'] }),
    });
    const articles = screen.getByRole('group', { name: 'Articles' });
    expect(within(articles).getByText('1 of 2 chosen')).toBeTruthy();
    expect(
      within(articles).getByRole('checkbox', { name: 'Riyadh ceasefire talks 2 quotes' }),
    ).toBeTruthy();
  });

  it('sends the choices as the options object the service has always taken', async () => {
    const invoke = renderDialog();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Riyadh briefing' } });
    check('Articles', /U\.S\. holds separate talks/);
    const sources = screen.getByRole('group', { name: 'Sources' });
    check('Sources', /Steve Witkoff/);
    check('Sources', /Dmitri S\. Peskov/);
    expect(within(sources).getByText('All 2 chosen')).toBeTruthy();
    check('Tags', 'Territory › Referendums');
    check('Claim status', 'Disputed');
    check('Claim status', 'Misleading');
    check('Speaker’s grade', 'B: Usually reliable');
    check('Credibility', '2: Probably true');
    fireEvent.change(screen.getByLabelText('Group by'), { target: { value: 'article' } });
    check('Columns', 'URL');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include notes' }));

    const expected: QuoteSheetOptions = {
      title: 'Riyadh briefing',
      documentIds: ['d1', 'd2'],
      // In the list's order, which is by name.
      sourceIds: ['s2', 's1'],
      tagIds: ['t2'],
      claimStatuses: ['disputed', 'misleading'],
      grades: ['B'],
      credibility: [2],
      groupBy: 'article',
      columns: DEFAULT_COLUMNS.filter((c) => c !== 'url'),
      includeContext: true,
      includeNotes: false,
    };
    await waitFor(() =>
      expect(lastInput(invoke, 'exports.preview')).toEqual({ options: expected }),
    );
    // The channel's own schema takes it as it is: nothing added, nothing missing.
    const sent = lastInput(invoke, 'exports.preview');
    expect(exportChannels['exports.preview'].input.parse(sent)).toEqual({
      options: expected,
      limit: 200,
    });
    expect(Object.keys((sent as { options: object }).options).sort()).toEqual(
      Object.keys(QuoteSheetOptionsSchema.shape).sort(),
    );

    fireEvent.click(screen.getByRole('radio', { name: /^CSV/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    // The file's name, never its full path.
    expect(await screen.findByText('Saved 2 quotes to riyadh.csv')).toBeTruthy();
    const save = lastInput(invoke, 'exports.save') as { jobId: string };
    expect(save).toEqual({ jobId: save.jobId, format: 'csv', options: expected });
    expect(exportChannels['exports.save'].input.parse(save)).toEqual(save);
  });

  it('clears a filter with None and keeps at least one column', async () => {
    const invoke = renderDialog();
    const articles = screen.getByRole('group', { name: 'Articles' });
    fireEvent.click(within(articles).getByRole('button', { name: 'None' }));
    expect(within(articles).getByText('None chosen: every article')).toBeTruthy();
    await waitFor(() =>
      expect(lastInput(invoke, 'exports.preview')).toMatchObject({ options: { documentIds: [] } }),
    );
    const columns = within(screen.getByRole('group', { name: 'Columns' }));
    for (const box of columns.getAllByRole('checkbox')) {
      if ((box as HTMLInputElement).checked && !(box as HTMLInputElement).disabled)
        fireEvent.click(box);
    }
    const left = columns.getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).checked);
    expect(left).toHaveLength(1);
    expect((left[0] as HTMLInputElement).disabled).toBe(true);
  });
});
