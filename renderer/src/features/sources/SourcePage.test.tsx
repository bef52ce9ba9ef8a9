// @vitest-environment jsdom
// The source page against a fake bridge: what it shows, that a grade needs a rationale, that a
// saved grade reloads the page, and that a quote opens in its article.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SourceDetail } from '../../../../shared/ipc/contract';
import { SourcePage } from './SourcePage';

const DETAIL: SourceDetail = {
  source: {
    id: 's1',
    kind: 'person',
    name: 'Steve Witkoff',
    aliases: ['Mr. Witkoff'],
    role: 'special envoy',
    affiliation: '',
    notes: '',
    createdAt: '',
    updatedAt: '',
  },
  assessments: [
    {
      id: 'g2',
      sourceId: 's1',
      grade: 'D',
      rationale: 'Echoed a Kremlin talking point.',
      assessedOn: '2025-03-23',
      createdAt: '2',
    },
    {
      id: 'g1',
      sourceId: 's1',
      grade: 'C',
      rationale: 'First look.',
      assessedOn: '2025-03-01',
      createdAt: '1',
    },
  ],
  quotes: [
    {
      quoteId: 'q1',
      documentId: 'd1',
      documentTitle: 'Riyadh ceasefire talks',
      exact: 'likely',
      kind: 'partial',
      start: 10,
      attributionId: 'a1',
      role: 'speaker',
      confidence: 'stated',
      credibility: 3,
    },
  ],
  claimCount: 4,
  claims: [
    {
      id: 'c1',
      statement: 'Referendums justify the annexation',
      status: 'disputed',
      documentId: 'd1',
      statusChangedAt: '2025-03-24T00:00:00Z',
    },
  ],
  trackRecord: {
    verified: 2,
    disputed: 1,
    misleading: 0,
    false: 1,
    unverifiable: 0,
    unverified: 0,
  },
  suggested: { grade: 'D', reason: '1 of 4 checked claims verified (25%)' },
};

afterEach(() => {
  cleanup();
  delete window.workbench;
});

function fakeBridge() {
  const invoke = vi.fn(async (channel: string, input?: unknown) => {
    if (channel === 'sources.get') return { ok: true, value: DETAIL };
    if (channel === 'memos.list') return { ok: true, value: [] };
    if (channel === 'assessments.add') {
      const { assessedOn } = input as { assessedOn?: string };
      if (assessedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(assessedOn)) {
        const message = 'assessedOn: Use a date written YYYY-MM-DD';
        return { ok: false, error: { code: 'invalid_input', message } };
      }
      return { ok: true, value: { id: 'g3', ...(input as object) } };
    }
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return invoke;
}

describe('SourcePage', () => {
  it('shows the source, its grades, the advisory grade and its quotes', async () => {
    fakeBridge();
    const onOpenQuote = vi.fn();
    render(
      <SourcePage sourceId="s1" onBack={() => {}} onOpenQuote={onOpenQuote} onChanged={() => {}} />,
    );
    expect(await screen.findByRole('heading', { name: 'Steve Witkoff' })).toBeTruthy();
    expect(
      screen.getAllByRole('img', { name: 'Grade D: Not usually reliable' }).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByRole('img', { name: 'Suggested grade D: Not usually reliable' }),
    ).toBeTruthy();
    expect(screen.getByText('1 of 4 checked claims verified (25%)')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Grade over time' })).toBeTruthy();
    expect(screen.getByText('Echoed a Kremlin talking point.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Open quote “likely”/ }));
    expect(onOpenQuote).toHaveBeenCalledWith('d1', 'q1');
  });

  it('lists the claims the source made with their status, each opening the claim', async () => {
    fakeBridge();
    const onOpenClaim = vi.fn();
    render(
      <SourcePage
        sourceId="s1"
        onBack={() => {}}
        onOpenQuote={() => {}}
        onOpenClaim={onOpenClaim}
        onChanged={() => {}}
      />,
    );
    const claims = await screen.findByRole('region', { name: 'Claims' });
    expect(claims.textContent).toContain('Disputed');
    fireEvent.click(screen.getByRole('button', { name: 'Referendums justify the annexation' }));
    expect(onOpenClaim).toHaveBeenCalledWith('c1');
  });

  it('refuses a grade without a rationale, then saves one and reloads', async () => {
    const invoke = fakeBridge();
    const onChanged = vi.fn();
    render(
      <SourcePage sourceId="s1" onBack={() => {}} onOpenQuote={() => {}} onChanged={onChanged} />,
    );
    await screen.findByRole('heading', { name: 'Steve Witkoff' });
    fireEvent.click(screen.getByRole('button', { name: 'Save grade' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/rationale/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Grade' }), { target: { value: 'E' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Rationale' }), {
      target: { value: 'Repeated a false claim.' },
    });
    fireEvent.change(screen.getByLabelText('Assessed on'), { target: { value: '2025-03-24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save grade' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith('assessments.add', {
      sourceId: 's1',
      grade: 'E',
      rationale: 'Repeated a false claim.',
      assessedOn: '2025-03-24',
    });
    await waitFor(() =>
      expect(invoke.mock.calls.filter(([c]) => c === 'sources.get')).toHaveLength(2),
    );
  });

  it('takes the grade date as typed text in ISO form and shows the service refusing another', async () => {
    const invoke = fakeBridge();
    const onChanged = vi.fn();
    render(
      <SourcePage sourceId="s1" onBack={() => {}} onOpenQuote={() => {}} onChanged={onChanged} />,
    );
    await screen.findByRole('heading', { name: 'Steve Witkoff' });
    const date = screen.getByLabelText('Assessed on') as HTMLInputElement;
    expect(date.type).toBe('text');
    expect(date.placeholder).toBe('YYYY-MM-DD');
    expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    fireEvent.change(screen.getByRole('textbox', { name: 'Rationale' }), {
      target: { value: 'Repeated a false claim.' },
    });
    fireEvent.change(date, { target: { value: '24/03/2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save grade' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'assessedOn: Use a date written YYYY-MM-DD',
    );
    expect(onChanged).not.toHaveBeenCalled();
    expect(date.value).toBe('24/03/2025');
    expect(invoke).toHaveBeenCalledWith(
      'assessments.add',
      expect.objectContaining({ assessedOn: '24/03/2025' }),
    );
  });
});
