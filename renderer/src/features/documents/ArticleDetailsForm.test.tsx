// @vitest-environment jsdom
// The metadata form against a fake bridge: it sends only what changed, authors as a trimmed list,
// shows the service's refusal where the form is, and saves nothing when nothing changed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ArticleDetailsForm, parseAuthors } from './ArticleDetailsForm';
import { summary } from './test-articles';

afterEach(() => {
  cleanup();
  delete window.workbench;
});

function fakeBridge(answer: (input: unknown) => unknown) {
  const invoke = vi.fn(async (channel: string, input?: unknown) => {
    if (channel === 'documents.update') return answer(input);
    return { ok: false, error: { code: 'internal', message: `unexpected ${channel}` } };
  });
  window.workbench = { invoke, onCommand: () => () => {} } as unknown as typeof window.workbench;
  return invoke;
}

const DOC = summary('d1', {
  title: 'Riyadh talks',
  outlet: 'Reuters',
  authors: ['Doe, Jane'],
  publishedAt: '2025-03-20',
  url: 'https://example.org/riyadh',
  language: 'en',
});
const box = (name: string) => screen.getByRole('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(box(name), { target: { value } });

describe('parseAuthors', () => {
  it('splits on lines and commas, trims, and drops blanks', () => {
    expect(parseAuthors(' Ann Lee ,Bo Chen\n\n  Cy Diaz  \n,')).toEqual([
      'Ann Lee',
      'Bo Chen',
      'Cy Diaz',
    ]);
    expect(parseAuthors('  ')).toEqual([]);
  });
});

describe('ArticleDetailsForm', () => {
  it('shows the stored metadata, the date as a plain text field', () => {
    render(<ArticleDetailsForm document={DOC} onSaved={() => {}} />);
    expect((box('Title') as HTMLInputElement).value).toBe('Riyadh talks');
    const date = box('Date') as HTMLInputElement;
    expect([date.type, date.value, date.placeholder]).toEqual(['text', '2025-03-20', 'YYYY-MM-DD']);
    expect((box('Authors') as HTMLTextAreaElement).value).toBe('Doe, Jane');
    expect((box('URL') as HTMLInputElement).value).toBe('https://example.org/riyadh');
    expect(screen.queryByRole('link')).toBeNull();
    // Nothing changed yet: nothing to save.
    expect(screen.getByRole('button', { name: 'Save details' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('sends only the changed fields, trimmed, with the authors as a list', async () => {
    const invoke = fakeBridge(() => ({ ok: true, value: DOC }));
    const onSaved = vi.fn();
    render(<ArticleDetailsForm document={DOC} onSaved={onSaved} />);
    type('Title', '  Riyadh ceasefire talks ');
    type('Authors', ' Ann Lee, Bo Chen \n Cy Diaz\n');
    type('Language', 'en');
    type('Description', 'Talks in Riyadh.\n');
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith('documents.update', {
      id: 'd1',
      patch: {
        title: 'Riyadh ceasefire talks',
        authors: ['Ann Lee', 'Bo Chen', 'Cy Diaz'],
        description: 'Talks in Riyadh.\n',
      },
    });
  });

  it('clears the date and the outlet with empty strings', async () => {
    const invoke = fakeBridge(() => ({ ok: true, value: DOC }));
    render(<ArticleDetailsForm document={DOC} onSaved={() => {}} />);
    type('Date', ' ');
    type('Outlet', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(invoke).toHaveBeenCalled());
    expect(invoke.mock.calls[0]![1]).toEqual({ id: 'd1', patch: { outlet: '', publishedAt: '' } });
  });

  it('shows the service’s message when it refuses, and keeps what was typed', async () => {
    fakeBridge(() => ({
      ok: false,
      error: { code: 'invalid_input', message: 'publishedAt: Use a date as YYYY-MM-DD' },
    }));
    const onSaved = vi.fn();
    render(<ArticleDetailsForm document={DOC} onSaved={onSaved} />);
    type('Date', '20/03/2025');
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'publishedAt: Use a date as YYYY-MM-DD',
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect((box('Date') as HTMLInputElement).value).toBe('20/03/2025');
  });

  it('offers Cancel when asked to', () => {
    const onCancel = vi.fn();
    render(<ArticleDetailsForm document={DOC} onSaved={() => {}} onCancel={onCancel} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
