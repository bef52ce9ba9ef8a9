// @vitest-environment jsdom
// Deleting an article: the confirmation says what goes with it (from the service's plan) and
// nothing is deleted until the second, explicit click.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DeletePlan } from './DeleteArticleControl';
import { DeleteArticleControl, deleteQuestion } from './DeleteArticleControl';

afterEach(() => {
  cleanup();
  delete window.workbench;
});

const PLAN: DeletePlan = { quotes: 3, annotations: 1, claims: 2, memos: 1, evidenceKept: 1 };
const NONE: DeletePlan = { quotes: 0, annotations: 0, claims: 0, memos: 0, evidenceKept: 0 };

function fakeBridge(plan: DeletePlan, deleted: unknown = { ok: true, value: { id: 'd1' } }) {
  const invoke = vi.fn(async (channel: string) => {
    if (channel === 'documents.deletePlan') return { ok: true, value: plan };
    if (channel === 'documents.delete') return deleted;
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return invoke;
}

const channels = (invoke: ReturnType<typeof fakeBridge>) => invoke.mock.calls.map(([c]) => c);

describe('deleteQuestion', () => {
  it.each([
    [
      PLAN,
      'Delete “T” and its 3 quotes, 1 highlight, 2 claims and 1 memo? 1 piece of evidence in other claims is kept as a reference. You can undo this.',
    ],
    [NONE, 'Delete “T”? You can undo this.'],
    [{ ...NONE, quotes: 1 }, 'Delete “T” and its 1 quote? You can undo this.'],
    [
      { ...NONE, annotations: 2, memos: 3, evidenceKept: 2 },
      'Delete “T” and its 2 highlights and 3 memos? 2 pieces of evidence in other claims are kept as references. You can undo this.',
    ],
  ])('%o', (plan, text) => {
    expect(deleteQuestion('T', plan)).toBe(text);
  });
});

describe('DeleteArticleControl', () => {
  it('asks with the plan, and deletes only after confirming', async () => {
    const invoke = fakeBridge(PLAN);
    const onDeleted = vi.fn();
    render(
      <DeleteArticleControl document={{ id: 'd1', title: 'Riyadh talks' }} onDeleted={onDeleted} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete article…' }));
    const confirm = await screen.findByRole('group', { name: 'Delete this article' });
    expect(confirm.textContent).toContain(
      'Delete “Riyadh talks” and its 3 quotes, 1 highlight, 2 claims and 1 memo? 1 piece of evidence in other claims is kept as a reference. You can undo this.',
    );
    expect(channels(invoke)).toEqual(['documents.deletePlan']);
    expect(invoke).toHaveBeenCalledWith('documents.deletePlan', { id: 'd1' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete article' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(channels(invoke)).toEqual(['documents.deletePlan', 'documents.delete']);
    expect(invoke).toHaveBeenLastCalledWith('documents.delete', { id: 'd1' });
  });

  it('deletes nothing when cancelled', async () => {
    const invoke = fakeBridge(NONE);
    const onDeleted = vi.fn();
    render(
      <DeleteArticleControl document={{ id: 'd1', title: 'Riyadh talks' }} onDeleted={onDeleted} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete article…' }));
    await screen.findByText('Delete “Riyadh talks”? You can undo this.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete article…' })).toBeTruthy();
    expect(channels(invoke)).toEqual(['documents.deletePlan']);
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('shows why the service would not delete', async () => {
    fakeBridge(PLAN, { ok: false, error: { code: 'not_found', message: 'No such article.' } });
    const onDeleted = vi.fn();
    render(
      <DeleteArticleControl document={{ id: 'd1', title: 'Riyadh talks' }} onDeleted={onDeleted} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete article…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete article' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No such article.');
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
