// @vitest-environment jsdom
// The Codebook view against a fake bridge: the tree's nesting, counts and keyboard, renaming and
// moving with only the changed fields sent, service errors shown, merge and delete behind a
// confirmation that says what happens, new tags, and the way to the tagged claims.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { TagWithUsage } from '../../../../shared/ipc/contract';
import { CodebookView } from './CodebookView';

afterEach(() => {
  cleanup();
  delete window.workbench;
});

const tag = (
  id: string,
  name: string,
  parentId: string | null,
  annotations: number,
  claims: number,
  shortcut: string | null = null,
): TagWithUsage => ({
  id,
  name,
  description: '',
  color: '#1f5aa6',
  parentId,
  shortcut,
  createdAt: '2025-03-24T10:00:00.000Z',
  updatedAt: '2025-03-24T10:00:00.000Z',
  usage: { annotations, claims },
});

const TAGS = [
  tag('t', 'Territory', null, 2, 1),
  tag('r', 'referendums', 't', 3, 2, 'r'),
  tag('a', 'Annexation', 't', 0, 1),
  tag('c', 'Ceasefire', null, 0, 0),
];

type Answer =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function fakeBridge(answers: Record<string, (input: never) => Answer> = {}) {
  const invoke = vi.fn(async (channel: string, input?: unknown): Promise<Answer> => {
    const answer = answers[channel];
    if (answer) return answer(input as never);
    if (channel === 'memos.list') return { ok: true, value: [] };
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return invoke;
}

function renderView(onShowTagged?: (id: string) => void) {
  const onChanged = vi.fn();
  const reportError = vi.fn();
  render(
    <CodebookView
      tags={TAGS}
      version={0}
      onChanged={onChanged}
      reportError={reportError}
      onShowTagged={onShowTagged}
    />,
  );
  return { onChanged, reportError };
}

const treeNames = () => screen.getAllByRole('treeitem').map((i) => i.getAttribute('aria-label'));

const openTag = async (name: string) => {
  // A real click focuses the row too (it has a tabindex); fireEvent.click alone would not.
  const item = screen.getByRole('treeitem', { name });
  item.focus();
  fireEvent.click(item);
  return screen.findByRole('heading', { name, level: 2 });
};

describe('CodebookView', () => {
  it('shows the tags as a tree, children under their parent, with keys and counts', () => {
    fakeBridge();
    renderView();
    expect(treeNames()).toEqual(['Ceasefire', 'Territory', 'Annexation', 'referendums']);
    const referendums = screen.getByRole('treeitem', {
      name: 'referendums',
      description: 'Key r. 3 highlights, 2 claims, 5 in total.',
    });
    expect(referendums.getAttribute('aria-level')).toBe('2');
    expect(referendums.getAttribute('aria-posinset')).toBe('2');
    expect(referendums.getAttribute('aria-setsize')).toBe('2');
    expect(
      [...referendums.querySelectorAll('.codebook-key, .codebook-count')].map((e) => e.textContent),
    ).toEqual(['r', '3', '2', '5']);
    const territory = screen.getByRole('treeitem', { name: 'Territory' });
    expect(territory.getAttribute('aria-level')).toBe('1');
    expect(territory.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('treeitem', { name: 'Ceasefire' }).hasAttribute('aria-expanded')).toBe(
      false,
    );
  });

  it('is driven by the keyboard: arrows move and fold, letters jump, Enter selects', async () => {
    fakeBridge();
    renderView();
    const items = () =>
      Object.fromEntries(
        screen.getAllByRole('treeitem').map((i) => [i.getAttribute('aria-label'), i]),
      );
    expect(items().Ceasefire!.tabIndex).toBe(0);
    items().Ceasefire!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items().Territory);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(treeNames()).toEqual(['Ceasefire', 'Territory']);
    expect(items().Territory!.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(treeNames()).toHaveLength(4);
    fireEvent.keyDown(document.activeElement!, { key: 'r' });
    expect(document.activeElement).toBe(items().referendums);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(items().Territory);
    // A handled key does not reach the app's one-key reader commands on window.
    const onWindowKey = vi.fn();
    window.addEventListener('keydown', onWindowKey);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    window.removeEventListener('keydown', onWindowKey);
    expect(onWindowKey).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(items().referendums);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(await screen.findByRole('heading', { name: 'referendums', level: 2 })).toBeTruthy();
    expect(items().referendums!.getAttribute('aria-selected')).toBe('true');
  });

  it('renames a tag, sending only the new name, and reports the change', async () => {
    const invoke = fakeBridge({
      'tags.update': (input: { name: string }) => ({
        ok: true,
        value: { ...TAGS[1], name: input.name },
      }),
    });
    const { onChanged } = renderView();
    await openTag('referendums');
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Referendum claims' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(invoke).toHaveBeenCalledWith('tags.update', { id: 'r', name: 'Referendum claims' });
    expect(
      screen.getByText(/Saved tag “Referendum claims”. .*Z undoes it/).getAttribute('role'),
    ).toBe('status');
  });

  it('shows the service’s refusal where the edit was made', async () => {
    const message = 'The codebook already has a tag “Ceasefire”. Merge the two tags instead.';
    fakeBridge({ 'tags.update': () => ({ ok: false, error: { code: 'conflict', message } }) });
    const { onChanged } = renderView();
    await openTag('referendums');
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), {
      target: { value: 'ceasefire' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('moves a tag only under tags outside its own subtree, and sets or clears its key', async () => {
    const invoke = fakeBridge({
      'tags.update': () => ({ ok: true, value: TAGS[0] }),
    });
    renderView();
    await openTag('Territory');
    const parent = screen.getByRole('combobox', { name: 'Parent' });
    expect(
      within(parent)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None (top level)', 'Ceasefire']);
    fireEvent.change(parent, { target: { value: 'c' } });
    // Typing a second key replaces the first rather than being refused.
    const key = screen.getByRole('textbox', { name: 'Shortcut key' });
    fireEvent.change(key, { target: { value: 'xk' } });
    expect((key as HTMLInputElement).value).toBe('k');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('tags.update', { id: 't', parentId: 'c', shortcut: 'k' }),
    );
  });

  it('merges only after a confirmation that says what moves and that undo reverses it', async () => {
    const invoke = fakeBridge({
      'tags.merge': () => ({
        ok: true,
        value: { tag: TAGS[0], moved: { annotations: 3, claims: 2 } },
      }),
    });
    const { onChanged } = renderView();
    await openTag('referendums');
    fireEvent.click(screen.getByRole('button', { name: 'Merge into…' }));
    const group = screen.getByRole('group', { name: 'Merge “referendums” into another tag' });
    const target = within(group).getByRole('combobox', { name: 'Merge into' });
    expect(within(target).queryByRole('option', { name: /referendums/ })).toBeNull();
    fireEvent.change(target, { target: { value: 't' } });
    expect(group.textContent).toMatch(
      /Everything tagged “referendums” \(3 highlights and 2 claims\) will be tagged “Territory”/,
    );
    expect(group.textContent).toMatch(/Z reverses the whole merge/);
    expect(invoke.mock.calls.some(([c]) => c === 'tags.merge')).toBe(false);
    fireEvent.click(within(group).getByRole('button', { name: 'Merge into “Territory”' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(invoke).toHaveBeenCalledWith('tags.merge', { sourceId: 'r', targetId: 't' });
    expect(await screen.findByRole('heading', { name: 'Territory', level: 2 })).toBeTruthy();
    expect(
      screen.getByText(/Merged “referendums” into “Territory”: 3 highlights and 2 claims moved/),
    ).toBeTruthy();
    // The merged tag leaves the tree at once, and focus goes to the tag that remains.
    expect(treeNames()).toEqual(['Ceasefire', 'Territory', 'Annexation']);
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: 'Territory' }));
  });

  it('deletes after saying how many items lose the tag', async () => {
    const invoke = fakeBridge({
      'tags.delete': () => ({
        ok: true,
        value: { id: 't', removed: { annotations: 2, claims: 1 } },
      }),
    });
    const { onChanged } = renderView();
    await openTag('Territory');
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const group = screen.getByRole('group', { name: 'Delete “Territory”' });
    expect(group.textContent).toMatch(
      /2 highlights and 1 claim will lose this tag; its subtags move to the top level/,
    );
    expect(invoke.mock.calls.some(([c]) => c === 'tags.delete')).toBe(false);
    fireEvent.click(within(group).getByRole('button', { name: 'Delete “Territory”' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(invoke).toHaveBeenCalledWith('tags.delete', { id: 't' });
    expect(await screen.findByText(/Select a tag/)).toBeTruthy();
    expect(
      screen.getByText(/Deleted “Territory”; 2 highlights and 1 claim lost the tag/),
    ).toBeTruthy();
    // Its subtags show at the top level, as the service put them, and focus stays in the tree.
    expect(treeNames()).toEqual(['Annexation', 'Ceasefire', 'referendums']);
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: 'Annexation' }));
  });

  it('adds a tag, letting the service pick the colour unless one is chosen', async () => {
    const invoke = fakeBridge({
      'tags.create': (input: { name: string }) => ({
        ok: true,
        value: { ...tag('n', input.name, 't', 0, 0) },
      }),
    });
    const { onChanged } = renderView();
    await openTag('Territory');
    fireEvent.click(screen.getByRole('button', { name: 'New subtag…' }));
    const form = screen.getByRole('form', { name: 'New tag' });
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'Name' }));
    expect(
      (within(form).getByRole('combobox', { name: 'Parent' }) as HTMLSelectElement).value,
    ).toBe('t');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Occupied regions' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Shortcut key' }), {
      target: { value: 'o' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add tag' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(invoke).toHaveBeenCalledWith('tags.create', {
      name: 'Occupied regions',
      description: '',
      parentId: 't',
      shortcut: 'o',
    });
    expect(screen.getByText(/Added tag “Occupied regions”/)).toBeTruthy();
  });

  it('opens the tagged claims and the tag’s memos', async () => {
    const invoke = fakeBridge();
    const onShowTagged = vi.fn();
    renderView(onShowTagged);
    await openTag('referendums');
    fireEvent.click(screen.getByRole('button', { name: 'Show tagged claims (2)' }));
    expect(onShowTagged).toHaveBeenCalledWith('r');
    expect(screen.getByRole('region', { name: 'Memos' })).toBeTruthy();
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('memos.list', { subject: 'tags', subjectId: 'r' }),
    );
  });
});
