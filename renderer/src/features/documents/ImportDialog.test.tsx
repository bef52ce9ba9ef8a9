// @vitest-environment jsdom
// The import dialog: pasted web content goes to the service with its markup (the web-page path),
// plain pasted text as typed; a batch's report is shown, and a single clean import opens at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withModalDialogs } from '../../ui/test-dialog';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ImportReport } from '../../../../shared/ipc/channels/documents';
import { ImportDialog } from './ImportDialog';

withModalDialogs();
afterEach(() => {
  cleanup();
  delete window.workbench;
});

const REPORT: ImportReport = {
  imported: [{ id: 'd1', title: 'Ceasefire holds', fileName: '', format: 'paste', warnings: [] }],
  duplicates: [],
  failed: [],
};

function fakeBridge(report: ImportReport) {
  const invoke = vi.fn(async (channel: string, _input?: unknown) => {
    if (channel === 'documents.import') return { ok: true, value: report };
    if (channel === 'documents.importProgress') return { ok: true, value: null };
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  });
  window.workbench = {
    invoke,
    onCommand: () => () => {},
    pathForFile: () => '',
  } as unknown as typeof window.workbench;
  return invoke;
}

const importCalls = (invoke: ReturnType<typeof fakeBridge>) =>
  invoke.mock.calls.filter(([c]) => c === 'documents.import').map(([, input]) => input);

function paste(target: HTMLElement, data: Record<string, string>) {
  fireEvent.paste(target, { clipboardData: { getData: (type: string) => data[type] ?? '' } });
}

describe('ImportDialog', () => {
  it('sends pasted web content with its markup, and opens the one article it made', async () => {
    const invoke = fakeBridge(REPORT);
    const onOpen = vi.fn();
    const onFinished = vi.fn();
    render(<ImportDialog onOpen={onOpen} onFinished={onFinished} onClose={() => {}} />);
    const area = screen.getByLabelText('Or paste an article');
    paste(area, {
      'text/html': '<h2>Ceasefire holds</h2><p>It held.</p>',
      'text/plain': 'Ceasefire holds\nIt held.',
    });
    expect(area).toHaveProperty('value', 'Ceasefire holds\nIt held.');
    expect(screen.getByText(/headings, lists and the page’s details are kept/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted text' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith('d1'));
    expect(importCalls(invoke)).toEqual([
      {
        jobId: expect.stringMatching(/^import-/),
        source: {
          kind: 'paste',
          html: '<h2>Ceasefire holds</h2><p>It held.</p>',
          text: 'Ceasefire holds\nIt held.',
        },
      },
    ]);
    expect(onFinished).toHaveBeenCalledWith(REPORT);
  });

  it('keeps plain typed text as text, and shows the report when something failed', async () => {
    const report: ImportReport = {
      ...REPORT,
      failed: [
        {
          fileName: 'scan.pdf',
          code: 'no_text',
          message: 'scan.pdf has no text layer; OCR is not supported.',
        },
      ],
    };
    const invoke = fakeBridge(report);
    const onOpen = vi.fn();
    render(<ImportDialog onOpen={onOpen} onFinished={() => {}} onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText('Or paste an article'), {
      target: { value: 'Just text.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted text' }));
    expect(await screen.findByText('1 article imported, 1 failed')).toBeTruthy();
    expect(screen.getByText('scan.pdf has no text layer; OCR is not supported.')).toBeTruthy();
    expect(onOpen).not.toHaveBeenCalled();
    expect(importCalls(invoke)[0]).toMatchObject({
      source: { kind: 'paste', html: '', text: 'Just text.' },
    });
  });

  it('runs a dropped batch at once', async () => {
    const invoke = fakeBridge({
      ...REPORT,
      imported: [...REPORT.imported, { ...REPORT.imported[0]!, id: 'd2' }],
    });
    render(
      <ImportDialog
        start={{ kind: 'paths', paths: ['/home/a/one.pdf', '/home/a/two.html'] }}
        onOpen={() => {}}
        onFinished={() => {}}
        onClose={() => {}}
      />,
    );
    expect(await screen.findByText('2 articles imported')).toBeTruthy();
    expect(importCalls(invoke)[0]).toMatchObject({
      source: { kind: 'paths', paths: ['/home/a/one.pdf', '/home/a/two.html'] },
    });
  });
});
