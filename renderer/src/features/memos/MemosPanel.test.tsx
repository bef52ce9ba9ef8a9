// @vitest-environment jsdom
// The memos panel against a fake bridge holding memos in memory: listing, adding with
// Ctrl+Enter, editing in place, deleting with an undo hint, errors shown, and hostile text kept
// as text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Memo } from '../../../../shared/domain/claims';
import { MemosPanel } from './MemosPanel';

afterEach(() => {
  cleanup();
  delete window.workbench;
});

const memo = (id: string, title: string, body: string, subjectId = 't1'): Memo => ({
  id,
  subject: 'tags',
  subjectId,
  title,
  body,
  createdAt: `2025-03-2${id.length}T10:00:00.000Z`,
  updatedAt: '2025-03-24T10:00:00.000Z',
});

/** A bridge over an in-memory memo table, answering the way the service does. */
function fakeBridge(initial: Memo[], fail: Record<string, string> = {}) {
  const memos = new Map(initial.map((m) => [m.id, m]));
  let next = 0;
  const invoke = vi.fn(async (channel: string, input?: unknown) => {
    const failure = fail[channel];
    if (failure) return { ok: false, error: { code: 'invalid_input', message: failure } };
    const args = input as Partial<Memo>;
    switch (channel) {
      case 'memos.list':
        return {
          ok: true,
          value: [...memos.values()].filter(
            (m) => m.subject === args.subject && m.subjectId === args.subjectId,
          ),
        };
      case 'memos.create': {
        const created = { ...memo(`new${(next += 1)}`, '', ''), ...args };
        memos.set(created.id, created);
        return { ok: true, value: created };
      }
      case 'memos.update': {
        const updated = { ...memos.get(args.id!)!, ...args, updatedAt: '2025-03-25T09:30:00Z' };
        memos.set(updated.id, updated);
        return { ok: true, value: updated };
      }
      case 'memos.delete':
        memos.delete(args.id!);
        return { ok: true, value: { id: args.id } };
    }
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return invoke;
}

const renderPanel = (onChanged = vi.fn(), reportError = vi.fn(), subjectId = 't1') =>
  render(
    <MemosPanel
      subject="tags"
      subjectId={subjectId}
      version={0}
      onChanged={onChanged}
      reportError={reportError}
      heading="Memos on this tag"
    />,
  );

describe('MemosPanel', () => {
  it('lists the memos of its subject with their line breaks, and hostile text as text', async () => {
    fakeBridge([
      memo('m1', 'Why this code', 'First line\nsecond line'),
      memo('m2', '', '<script>window.pwned = 1</script><img src=x onerror="alert(1)">'),
      memo('m3', 'Elsewhere', 'Not about this tag', 't2'),
    ]);
    renderPanel();
    const list = await screen.findByRole('list', { name: 'Memos on this tag' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Why this code',
      'Untitled memo',
    ]);
    expect(items[0]!.querySelector('.memo-body')!.textContent).toBe('First line\nsecond line');
    const hostile = items[1]!.querySelector('.memo-body')!;
    expect(hostile.textContent).toBe(
      '<script>window.pwned = 1</script><img src=x onerror="alert(1)">',
    );
    expect(hostile.querySelector('script, img')).toBeNull();
    expect(document.querySelector('section[aria-label="Memos"] script')).toBeNull();
    expect(items[0]!.querySelector('time')!.getAttribute('dateTime')).toBe(
      '2025-03-24T10:00:00.000Z',
    );
  });

  it('adds a memo with Ctrl+Enter and clears the form', async () => {
    const invoke = fakeBridge([]);
    const onChanged = vi.fn();
    renderPanel(onChanged);
    await screen.findByText('No memos yet.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title (optional)' }), {
      target: { value: 'Scope' },
    });
    const body = screen.getByRole('textbox', { name: 'New memo' });
    fireEvent.change(body, { target: { value: 'Use for claims about\nannexation.' } });
    fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true });
    expect(await screen.findByRole('listitem', { name: 'Scope' })).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('memos.create', {
      subject: 'tags',
      subjectId: 't1',
      title: 'Scope',
      body: 'Use for claims about\nannexation.',
    });
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect((body as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Memo added.');
  });

  it('shows the service error and keeps what was typed', async () => {
    fakeBridge([], { 'memos.create': 'Write something in the memo first.' });
    const onChanged = vi.fn();
    renderPanel(onChanged);
    await screen.findByText('No memos yet.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title (optional)' }), {
      target: { value: 'Half a thought' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add memo' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Write something in the memo first.',
    );
    expect(
      (screen.getByRole('textbox', { name: 'Title (optional)' }) as HTMLInputElement).value,
    ).toBe('Half a thought');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('edits a memo in place and returns focus to its Edit button', async () => {
    const invoke = fakeBridge([memo('m1', 'Scope', 'Old text')]);
    const onChanged = vi.fn();
    renderPanel(onChanged);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit memo Scope' }));
    const editing = screen.getByRole('listitem', { name: 'Editing Scope' });
    const body = within(editing).getByRole('textbox', { name: 'Memo' });
    expect(document.activeElement).toBe(body);
    fireEvent.change(body, { target: { value: 'New text' } });
    fireEvent.click(within(editing).getByRole('button', { name: 'Save memo' }));
    const saved = await screen.findByRole('listitem', { name: 'Scope' });
    expect(saved.querySelector('.memo-body')!.textContent).toBe('New text');
    expect(invoke).toHaveBeenCalledWith('memos.update', {
      id: 'm1',
      title: 'Scope',
      body: 'New text',
    });
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit memo Scope' }));
  });

  it('cancels an edit with Escape without saving', async () => {
    const invoke = fakeBridge([memo('m1', 'Scope', 'Old text')]);
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit memo Scope' }));
    const body = screen.getByRole('textbox', { name: 'Memo' });
    fireEvent.change(body, { target: { value: 'Discarded' } });
    fireEvent.keyDown(body, { key: 'Escape' });
    expect(screen.getByRole('listitem', { name: 'Scope' }).textContent).toContain('Old text');
    expect(invoke.mock.calls.map(([c]) => c)).toEqual(['memos.list']);
  });

  it('deletes a memo and says that undo brings it back', async () => {
    const invoke = fakeBridge([memo('m1', 'Scope', 'Text'), memo('m22', 'Other', 'More')]);
    const onChanged = vi.fn();
    renderPanel(onChanged);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete memo Scope' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Scope' })).toBeNull());
    expect(invoke).toHaveBeenCalledWith('memos.delete', { id: 'm1' });
    expect(screen.getByRole('status').textContent).toMatch(
      /Deleted memo “Scope”.*Z brings it back/,
    );
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('listitem', { name: 'Other' })).toBeTruthy();
  });

  it('reloads when the workspace version changes, and reports a failed load', async () => {
    const invoke = fakeBridge([memo('m1', 'Scope', 'Text')]);
    const reportError = vi.fn();
    const view = renderPanel(vi.fn(), reportError);
    await screen.findByRole('listitem', { name: 'Scope' });
    const lists = () => invoke.mock.calls.filter(([c]) => c === 'memos.list').length;
    expect(lists()).toBe(1);
    // An undo elsewhere bumps the version: the same subject is listed again.
    view.rerender(
      <MemosPanel
        subject="tags"
        subjectId="t1"
        version={1}
        onChanged={vi.fn()}
        reportError={reportError}
      />,
    );
    await waitFor(() => expect(lists()).toBe(2));
    invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'internal', message: 'The store is busy.' },
    });
    view.rerender(
      <MemosPanel
        subject="tags"
        subjectId="t2"
        version={1}
        onChanged={vi.fn()}
        reportError={reportError}
      />,
    );
    await waitFor(() => expect(reportError).toHaveBeenCalledWith('The store is busy.'));
    expect(screen.getByText('The memos could not be loaded.')).toBeTruthy();
    expect(invoke).toHaveBeenLastCalledWith('memos.list', { subject: 'tags', subjectId: 't2' });
  });
});
