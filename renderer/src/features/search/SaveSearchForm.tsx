// The Search view's "Save search" form: a name for the query in the box (prefilled with the
// query), saved into the list beside; a refusal (a taken name, the list full) is said under it.
import { useEffect, useRef, useState } from 'react';
import { SAVED_SEARCH_LIMITS } from '../../../../shared/ipc/channels/settings-values';
import { cancelOnEscape } from '../../ui/escape';

interface Props {
  query: string;
  save: (name: string, query: string) => Promise<string | null>;
  /** Closed: saved (with the name) or cancelled (null). */
  onClose: (saved: string | null) => void;
}

export function SaveSearchForm({ query, save, onClose }: Props) {
  const [name, setName] = useState(() => query.trim().slice(0, SAVED_SEARCH_LIMITS.name));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.select(), []);

  return (
    <form
      className="save-search-form"
      aria-label="Save search"
      onSubmit={(e) => {
        e.preventDefault();
        setSaving(true);
        void save(name, query).then((problem) => {
          setSaving(false);
          if (problem) setError(problem);
          else onClose(name.trim());
        });
      }}
    >
      <label className="save-search-label">
        Name
        <input
          ref={field}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => cancelOnEscape(e, () => onClose(null))}
        />
      </label>
      <button type="submit" className="primary" disabled={saving}>
        Save
      </button>
      <button type="button" onClick={() => onClose(null)}>
        Cancel
      </button>
      {error && (
        <p className="save-search-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
