// Import a changed version of an article as plain text: paste it or open a .txt file. The text
// is only ever shown as text; the service re-anchors every span and queues what it cannot find.
// New articles come in through ImportDialog.
import { useState } from 'react';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';

interface Props {
  /** The article the new version replaces. */
  versionOf: { id: string; title: string };
  /** Receives the article's id and a summary of the re-anchoring. */
  onImported: (documentId: string, summary: string) => void;
  onClose: () => void;
}

export function ImportTextDialog({ versionOf, onImported, onClose }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 10_000_000) {
      setError('That file is larger than 10 MB; plain-text articles are much smaller.');
      return;
    }
    setText(await file.text());
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await call('documents.importVersion', { documentId: versionOf.id, text });
    if (!result.ok) return setError(result.error.message);
    const { anchored, uncertain, orphaned } = result.value;
    onImported(
      versionOf.id,
      `New version imported: ${anchored} re-anchored, ${uncertain} uncertain, ${orphaned} not found` +
        (uncertain + orphaned > 0 ? ' (see Needs review)' : ''),
    );
  };

  return (
    <Modal labelledBy="import-title" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <h2 id="import-title">Import new version of “{versionOf.title}”</h2>
        <p className="field-hint">
          The current text is kept as an earlier version; every quote and highlight is found again
          in the new text, and those that cannot be found with confidence wait for your review.
        </p>
        <label className="field">
          <span className="field-label">Text file</span>
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </label>
        <label className="field">
          <span className="field-label">Article text</span>
          <textarea
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Paste the article here"
          />
        </label>
        <FormError message={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </Modal>
  );
}
