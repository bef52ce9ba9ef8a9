// @vitest-environment jsdom
// The REFI-QDA import report says what came in, from which tool, and lists what did not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { DATA_COLLECTIONS } from '../../../../shared/domain/workspace';
import { withModalDialogs } from '../../ui/test-dialog';
import { QdpxReportDialog } from './QdpxReportDialog';

withModalDialogs();
afterEach(cleanup);

/** An element's text as read, spaces folded. */
const text = (e: HTMLElement) => (e.textContent ?? '').replace(/\s+/g, ' ');

const none = Object.fromEntries(DATA_COLLECTIONS.map((c) => [c, 0])) as Record<
  (typeof DATA_COLLECTIONS)[number],
  number
>;

describe('QdpxReportDialog', () => {
  it('names what was added and lists every source it skipped with the reason', () => {
    const onClose = vi.fn();
    render(
      <QdpxReportDialog
        report={{
          fileName: 'study.qdpx',
          projectName: 'Field study',
          origin: 'MAXQDA 2022',
          users: ['Ana'],
          added: { ...none, documents: 1, tags: 3, annotations: 2 },
          skipped: [
            {
              name: 'Report.pdf',
              reason: 'a PDF source: the workbench imports text sources only.',
            },
          ],
          notes: ['The code “Politics” joined your tag of that name.'],
        }}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Imported study.qdpx' });
    expect(text(dialog)).toContain(
      'The project “Field study” (made with MAXQDA 2022 by Ana): added 1 article, 3 tags, 2 highlights.',
    );
    const skipped = within(dialog).getByRole('region', { name: 'Not imported' });
    expect(text(skipped)).toContain('Report.pdf: a PDF source');
    expect(text(within(dialog).getByRole('region', { name: 'Notes' }))).toContain(
      'joined your tag',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('says so when nothing new came in', () => {
    render(
      <QdpxReportDialog
        report={{
          fileName: 'a.qdpx',
          projectName: '',
          origin: '',
          users: [],
          added: none,
          skipped: [],
          notes: [],
        }}
        onClose={() => {}}
      />,
    );
    expect(text(screen.getByRole('dialog'))).toContain('The project: nothing new came in.');
  });
});
