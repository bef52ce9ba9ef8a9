// The Search view's side list of saved searches: a click (or Enter) runs one, Rename edits its
// name in place, Delete removes it. The one matching the box is marked as current.
import { useEffect, useRef, useState } from 'react';
import type { SavedSearch } from '../../../../shared/ipc/channels/settings';
import type { SavedSearches } from './useSavedSearches';
import { cancelOnEscape } from '../../ui/escape';

interface Props {
  saved: SavedSearches;
  /** The query in the box, to mark the saved search it is. */
  query: string;
  onRun: (query: string) => void;
  /** Where focus goes once the item that held it was deleted. */
  onDeleted: () => void;
}

export function SavedSearchesPanel({ saved, query, onRun, onDeleted }: Props) {
  // The name just given: its item (new under that name) takes the focus the rename field had.
  const [renamed, setRenamed] = useState<string | null>(null);
  return (
    <aside className="saved-searches" aria-labelledby="saved-searches-title">
      <h2 id="saved-searches-title" className="saved-searches-title">
        Saved searches
      </h2>
      {saved.list.length === 0 ? (
        <p className="saved-searches-empty">
          None yet. Type a search, then Save search to keep it here.
        </p>
      ) : (
        <ul className="saved-searches-list">
          {saved.list.map((search) => (
            <SavedItem
              key={search.name}
              search={search}
              current={search.query === query.trim()}
              saved={saved}
              onRun={onRun}
              focus={renamed === search.name}
              onRenamed={setRenamed}
              onDeleted={onDeleted}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}

function SavedItem(p: {
  search: SavedSearch;
  current: boolean;
  saved: SavedSearches;
  onRun: (query: string) => void;
  focus: boolean;
  onRenamed: (name: string) => void;
  onDeleted: () => void;
}) {
  const { search, saved } = p;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(search.name);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing) field.current?.select();
  }, [editing]);
  useEffect(() => {
    if (p.focus) runButton.current?.focus();
  }, [p.focus]);

  const stop = () => {
    setEditing(false);
    setError(null);
    setName(search.name);
    // Back where the analyst was, not lost on the page.
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  if (editing) {
    return (
      <li className="saved-search editing">
        <form
          className="saved-search-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void saved.rename(search.name, name).then((problem) => {
              // Renamed: this item is replaced by the one under its new name, which takes focus.
              if (problem) setError(problem);
              else p.onRenamed(name.trim());
            });
          }}
        >
          <input
            ref={field}
            aria-label={`New name for ${search.name}`}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => cancelOnEscape(e, stop)}
          />
          <div className="saved-search-actions">
            <button type="submit" className="primary">
              Rename
            </button>
            <button type="button" onClick={stop}>
              Cancel
            </button>
          </div>
          {error && (
            <p className="saved-search-error" role="alert">
              {error}
            </p>
          )}
        </form>
      </li>
    );
  }
  return (
    <li className="saved-search">
      <button
        ref={runButton}
        type="button"
        className="saved-search-run"
        aria-current={p.current ? 'true' : undefined}
        aria-label={`Run saved search ${search.name}`}
        title={search.query}
        onClick={() => p.onRun(search.query)}
      >
        <span className="saved-search-name">{search.name}</span>
        <span className="saved-search-query">{search.query}</span>
      </button>
      <div className="saved-search-actions">
        <button
          ref={renameButton}
          type="button"
          aria-label={`Rename saved search ${search.name}`}
          onClick={() => setEditing(true)}
        >
          Rename
        </button>
        <button
          type="button"
          className="danger"
          aria-label={`Delete saved search ${search.name}`}
          onClick={() => void saved.remove(search.name).then(p.onDeleted)}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
