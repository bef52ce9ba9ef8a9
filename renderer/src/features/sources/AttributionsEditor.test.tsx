// @vitest-environment jsdom
// The attributions editor against a fake bridge: lists speaker and conduit, shows the service's
// refusal as an alert, and grades the quote's credibility.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Source } from '../../../../shared/domain/schema';
import type { QuoteAttributions } from '../../../../shared/ipc/contract';
import { AttributionsEditor } from './AttributionsEditor';

const source = (id: string, name: string): Source => ({
  id,
  kind: 'person',
  name,
  aliases: [],
  role: '',
  affiliation: '',
  notes: '',
  createdAt: '',
  updatedAt: '',
});
const PUTIN = source('s1', 'Vladimir V. Putin');
const READOUT = source('s2', 'the Kremlin’s readout of the call');
const attribution = (id: string, sourceId: string, role: 'speaker' | 'conduit') => ({
  id,
  quoteId: 'q1',
  sourceId,
  role,
  confidence: 'stated' as const,
  basis: '',
  createdAt: '',
});

afterEach(() => {
  cleanup();
  delete window.workbench;
});

function fakeBridge(credibility: number | null = null) {
  const data = {
    quote: {
      id: 'q1',
      documentId: 'd1',
      selector: {
        position: { start: 0, end: 5 },
        quote: { exact: 'the key condition', prefix: '', suffix: '' },
      },
      credibility,
    },
    attributions: [
      { attribution: attribution('a1', 's1', 'speaker'), source: PUTIN },
      { attribution: attribution('a2', 's2', 'conduit'), source: READOUT },
    ],
  } as unknown as QuoteAttributions;
  const invoke = vi.fn(async (channel: string) => {
    if (channel === 'attributions.list') return { ok: true, value: data };
    if (channel === 'sources.list') return { ok: true, value: [PUTIN, READOUT] };
    if (channel === 'attributions.delete') {
      return { ok: false, error: { code: 'conflict', message: 'the quote’s only speaker' } };
    }
    if (channel === 'quotes.setCredibility') return { ok: true, value: data.quote };
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return invoke;
}

describe('AttributionsEditor', () => {
  it('lists attributions, shows a refusal, and sets credibility', async () => {
    const invoke = fakeBridge();
    const onChanged = vi.fn();
    render(<AttributionsEditor quoteId="q1" onChanged={onChanged} />);
    expect(await screen.findByText('Vladimir V. Putin')).toBeTruthy();
    expect(screen.getByText('the Kremlin’s readout of the call')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Remove attribution to Vladimir V. Putin' }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('only speaker');
    fireEvent.change(screen.getByRole('combobox', { name: 'Credibility of what was said' }), {
      target: { value: '2' },
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith('quotes.setCredibility', { id: 'q1', credibility: 2 });
    expect(screen.getByRole('button', { name: 'Add attribution' })).toBeTruthy();
  });
});
