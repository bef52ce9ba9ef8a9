// The editable metadata of an article: title, outlet, authors, date, URL, language and
// description, saved with documents.update (one undoable edit). Only the fields that changed are
// sent; the service checks them and its message shows here.
import { useId, useState } from 'react';
import type { DocumentMetadataPatch } from '../../../../shared/ipc/channels/documents';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import './library.css';

/** The metadata the form edits; a summary and a full article both have it. */
export type ArticleMetadata = Pick<
  DocumentSummary,
  'id' | 'title' | 'outlet' | 'authors' | 'publishedAt' | 'url' | 'language' | 'description'
>;

/** Authors typed one per line or separated by commas, as a list: trimmed, blanks dropped. */
export function parseAuthors(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** Changes whenever the stored metadata does: the form's key, so it starts afresh after a save,
 * an undo or an edit made elsewhere. */
export const metadataKey = (doc: ArticleMetadata): string =>
  [
    doc.id,
    doc.title,
    doc.outlet,
    doc.authors.join('\n'),
    doc.publishedAt,
    doc.url,
    doc.language,
    doc.description,
  ].join('\u0000');

interface Fields {
  title: string;
  outlet: string;
  /** As typed: one author per line or comma separated. */
  authors: string;
  publishedAt: string;
  url: string;
  language: string;
  description: string;
}

const fieldsOf = (doc: ArticleMetadata): Fields => ({
  title: doc.title,
  outlet: doc.outlet,
  authors: doc.authors.join('\n'),
  publishedAt: doc.publishedAt,
  url: doc.url,
  language: doc.language,
  description: doc.description,
});

/** What changed between the stored metadata and the form, as the service's patch. */
function metadataPatch(initial: Fields, now: Fields): DocumentMetadataPatch {
  const patch: DocumentMetadataPatch = {};
  const text = ['title', 'outlet', 'publishedAt', 'url', 'language'] as const;
  for (const key of text) {
    if (now[key].trim() !== initial[key].trim()) patch[key] = now[key].trim();
  }
  // The authors' text is compared as typed: an untouched field is never re-split (a name may
  // hold a comma, "Doe, Jane", as imported).
  if (now.authors !== initial.authors) patch.authors = parseAuthors(now.authors);
  if (now.description !== initial.description) patch.description = now.description;
  return patch;
}

interface Props {
  document: ArticleMetadata;
  /** After a successful save; the caller refreshes the workspace. */
  onSaved: () => void;
  /** Shows a Cancel button that calls it (the reader's inline form). */
  onCancel?: () => void;
}

/**
 * The form for one article's metadata. Give it a `key` that changes with the stored metadata,
 * so a save, an undo or a refresh starts it afresh from what is stored.
 */
export function ArticleDetailsForm({ document: doc, onSaved, onCancel }: Props) {
  const id = useId();
  const [initial] = useState(() => fieldsOf(doc));
  const [fields, setFields] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const patch = metadataPatch(initial, fields);
  const changed = Object.keys(patch).length > 0;

  const set = (key: keyof Fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!changed) return;
    setSaving(true);
    const result = await call('documents.update', { id: doc.id, patch });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onSaved();
  };

  const field = (label: string, input: React.ReactNode) => (
    <label className="field">
      <span className="field-label">{label}</span>
      {input}
    </label>
  );
  const text = (key: keyof Fields, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <input type="text" value={fields[key]} onChange={set(key)} {...extra} />
  );

  return (
    <form
      className="form compact article-details-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>Edit details</h3>
      {field('Title', text('title', { required: true }))}
      <div className="field-row">
        {field('Outlet', text('outlet'))}
        {field(
          'Date',
          // A plain text field: a date input shows the system's locale format, not ISO.
          text('publishedAt', {
            placeholder: 'YYYY-MM-DD',
            inputMode: 'numeric',
            className: 'date-input',
          }),
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-authors`}>
          Authors
        </label>
        <textarea
          id={`${id}-authors`}
          rows={2}
          value={fields.authors}
          onChange={set('authors')}
          aria-describedby={`${id}-authors-hint`}
        />
        <p className="field-hint" id={`${id}-authors-hint`}>
          One per line, or separated by commas.
        </p>
      </div>
      <div className="field-row">
        {field('URL', text('url', { inputMode: 'url', spellCheck: false }))}
        {field(
          'Language',
          text('language', { placeholder: 'en', spellCheck: false, className: 'language-input' }),
        )}
      </div>
      {field(
        'Description',
        <textarea rows={3} value={fields.description} onChange={set('description')} />,
      )}
      <FormError message={error} />
      <div className="actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={saving || !changed}>
          {saving ? 'Saving…' : 'Save details'}
        </button>
      </div>
    </form>
  );
}
