// @vitest-environment jsdom
// The Search view's saved searches: listed from the settings, run with a click, saved from the box
// (the name suggested from the query, bounds checked before asking, the service's refusal shown
// under the form), renamed and deleted in place, and "Save search…" from the palette opening the
// form even before the view was mounted. The service here keeps the list by the same rules the
// real one does (tested in electron/service/settings-saved-searches.test.ts) and records calls.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { SavedSearch } from '../../../../shared/ipc/channels/settings';
import { DEFAULT_WINDOW_SETTINGS } from '../../../../shared/ipc/channels/settings';
import { SearchView } from './SearchView';
import { requestSaveSearch } from './save-request';

type Call = [string, unknown];

/** A window.workbench holding a saved-search list; search.query answers nothing found. */
function service(initial: SavedSearch[]): Call[] {
  const calls: Call[] = [];
  let list = [...initial];
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const taken = (name: string) => ({
    ok: false,
    error: { code: 'conflict', message: `A saved search is already called “${name}”.` },
  });
  const invoke = async (channel: string, input: Record<string, string>) => {
    calls.push([channel, input]);
    switch (channel) {
      case 'settings.get':
        return { ok: true, value: { ...DEFAULT_WINDOW_SETTINGS, savedSearches: list } };
      case 'search.query':
        return { ok: true, value: { error: null, groups: [], tookMs: 1 } };
      case 'settings.saveSearch':
        if (list.some((s) => same(s.name, input.name!))) return taken(input.name!);
        list = [...list, { name: input.name!, query: input.query! }];
        return { ok: true, value: list };
      case 'settings.renameSearch':
        if (list.some((s) => same(s.name, input.to!) && !same(s.name, input.name!)))
          return taken(input.to!);
        list = list.map((s) => (same(s.name, input.name!) ? { ...s, name: input.to! } : s));
        return { ok: true, value: list };
      case 'settings.deleteSearch':
        list = list.filter((s) => !same(s.name, input.name!));
        return { ok: true, value: list };
      default:
        throw new Error(`unexpected ${channel}`);
    }
  };
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return calls;
}

const targets = {
  showRange: vi.fn(),
  showSpan: vi.fn(),
  openDocument: vi.fn(),
  openSource: vi.fn(),
  openClaim: vi.fn(),
  showTagged: vi.fn(),
};

async function mount(reportError = vi.fn()) {
  await act(async () => {
    render(<SearchView version={0} reportError={reportError} {...targets} />);
  });
  return reportError;
}
const box = () => screen.getByRole('combobox', { name: 'Search everywhere' }) as HTMLInputElement;
const panel = () => screen.getByRole('complementary', { name: 'Saved searches' });
async function type(element: HTMLElement, text: string) {
  await act(async () => {
    fireEvent.change(element, { target: { value: text } });
  });
}
async function submit(element: HTMLElement) {
  await act(async () => {
    fireEvent.submit(element);
  });
}

afterEach(async () => {
  // The query outlives the view (by design): clear it for the next test.
  if (screen.queryByRole('combobox')) await type(box(), '');
  cleanup();
  delete window.workbench;
});

describe('saved searches in the Search view', () => {
  it('lists the saved searches and runs one with a click', async () => {
    service([{ name: 'Disputed', query: 'status:disputed' }]);
    await mount();
    const item = within(panel()).getByRole('button', { name: 'Run saved search Disputed' });
    expect(item.textContent).toContain('status:disputed');
    expect(item.getAttribute('aria-current')).toBeNull();
    await act(async () => fireEvent.click(item));
    expect(box().value).toBe('status:disputed');
    expect(document.activeElement).toBe(box());
    expect(item.getAttribute('aria-current')).toBe('true');
  });

  it('saves the query under a name, checks bounds first and shows a refusal', async () => {
    const calls = service([{ name: 'Kremlin', query: 'kremlin' }]);
    await mount();
    await type(box(), '  ceasefire black sea ');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save search…' })));
    const form = screen.getByRole('form', { name: 'Save search' });
    const name = within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(name.value).toBe('ceasefire black sea');

    // Too long: said at once, nothing asked.
    await type(name, 'x'.repeat(81));
    await submit(form);
    expect(within(form).getByRole('alert').textContent).toMatch(/at most 80 characters/);
    expect(calls.filter(([c]) => c === 'settings.saveSearch')).toHaveLength(0);

    // Taken: the service's message, under the form, which stays open.
    await type(name, 'KREMLIN');
    await submit(form);
    expect(within(form).getByRole('alert').textContent).toContain('already called “KREMLIN”');

    await type(name, ' Black Sea ');
    await submit(form);
    expect(calls.at(-1)).toEqual([
      'settings.saveSearch',
      { name: 'Black Sea', query: 'ceasefire black sea' },
    ]);
    expect(screen.queryByRole('form', { name: 'Save search' })).toBeNull();
    expect(
      within(panel())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Kremlin'), expect.stringContaining('Black Sea')]);
  });

  it('renames in place (a taken name refused, Escape leaves it) and deletes', async () => {
    service([
      { name: 'Kremlin', query: 'kremlin' },
      { name: 'Ceasefire', query: 'ceasefire' },
    ]);
    await mount();
    const list = panel();
    await act(async () =>
      fireEvent.click(within(list).getByRole('button', { name: 'Rename saved search Ceasefire' })),
    );
    const field = within(list).getByRole('textbox', { name: 'New name for Ceasefire' });
    await type(field, 'kremlin');
    await submit(field.closest('form')!);
    expect(within(list).getByRole('alert').textContent).toContain('already called “kremlin”');
    await act(async () => fireEvent.keyDown(field, { key: 'Escape' }));
    expect(within(list).queryByRole('textbox')).toBeNull();

    await act(async () =>
      fireEvent.click(within(list).getByRole('button', { name: 'Rename saved search Ceasefire' })),
    );
    await type(within(list).getByRole('textbox', { name: 'New name for Ceasefire' }), 'Truce');
    await submit(within(list).getByRole('textbox').closest('form')!);
    expect(within(list).getByRole('button', { name: 'Run saved search Truce' })).toBeTruthy();

    await act(async () =>
      fireEvent.click(within(list).getByRole('button', { name: 'Delete saved search Kremlin' })),
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('opens the form for "Save search…" asked before the view mounted, or says to type first', async () => {
    service([]);
    requestSaveSearch();
    const reportError = await mount();
    // The box is empty: nothing to save, and the analyst is told so.
    expect(reportError).toHaveBeenCalledWith('Type a search first, then save it.');
    expect(screen.queryByRole('form', { name: 'Save search' })).toBeNull();
    expect(within(panel()).getByText(/None yet/)).toBeTruthy();

    await type(box(), 'kremlin');
    await act(async () => requestSaveSearch());
    expect(screen.getByRole('form', { name: 'Save search' })).toBeTruthy();
  });
});
