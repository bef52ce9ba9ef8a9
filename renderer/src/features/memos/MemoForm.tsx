// The fields of one memo (optional title, body) for writing a new memo or editing one in place.
// Ctrl/Cmd+Enter saves from the body, as in most note tools; Escape cancels an edit.
import { useId, useState } from 'react';
import { describeAccelerator } from '../../commands/registry';
import { FormError } from '../../ui/FormError';

interface Props {
  initialTitle?: string;
  initialBody?: string;
  /** Label of the save button, e.g. "Add memo". */
  submitLabel: string;
  bodyLabel: string;
  /** Saves; resolves to an error message to show, or null when saved. */
  onSave: (title: string, body: string) => Promise<string | null>;
  /** Without it (the new-memo form) there is no Cancel, and the fields clear after saving. */
  onCancel?: () => void;
  autoFocus?: boolean;
}

const SAVE_KEY = describeAccelerator('CmdOrCtrl+Enter');

export function MemoForm(props: Props) {
  const { submitLabel, bodyLabel, onSave, onCancel, autoFocus } = props;
  const id = useId();
  const [title, setTitle] = useState(props.initialTitle ?? '');
  const [body, setBody] = useState(props.initialBody ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    const problem = await onSave(title, body);
    setSaving(false);
    setError(problem);
    if (problem === null && !onCancel) {
      setTitle('');
      setBody('');
    }
  };

  return (
    <form
      className="memo-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          // Stop here so an enclosing dialog or view does not also treat Escape as "close".
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="field">
        <span className="field-label">Title (optional)</span>
        <input
          type="text"
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">{bodyLabel}</span>
        <textarea
          rows={4}
          value={body}
          autoFocus={autoFocus}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
        />
      </label>
      <FormError message={error} />
      <div className="actions">
        <span id={`${id}-hint`} className="field-hint">
          {SAVE_KEY} saves
        </span>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
