// "Merge into…": pick the source this one duplicates, confirm, and everything credited to this
// one (quotes, grades, names) moves there in one undoable edit.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Source } from '../../../../shared/domain/schema';
import { call } from '../../api/client';
import { SOURCE_KIND_LABELS } from '../../ui/labels';
import { matchSources } from '../quotes/speaker-match';
import { FormError } from '../../ui/FormError';

interface Props {
  source: Source;
  /** Called with the id of the source that remains. */
  onMerged: (keptId: string) => void;
}

export function MergeSourceControl({ source, onMerged }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [sources, setSources] = useState<Source[]>([]);
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<Source | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    void call('sources.list').then((result) => {
      if (cancelled) return;
      if (result.ok) setSources(result.value.filter((s) => s.id !== source.id));
      else setError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [open, source.id]);

  const matches = useMemo(() => matchSources(sources, query), [sources, query]);

  const close = () => {
    setOpen(false);
    setTarget(null);
    setQuery('');
    setError(null);
  };

  const merge = async (keep: Source) => {
    const result = await call('sources.merge', { keepId: keep.id, mergeId: source.id });
    if (!result.ok) return setError(result.error.message);
    close();
    onMerged(keep.id);
  };

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Merge into…
      </button>
    );
  }
  return (
    <div className="merge-control" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Merge “{source.name}” into another source</h3>
      {target ? (
        <div className="confirm">
          <p>
            Merge “{source.name}” into “{target.name}”? Its quotes, grades and names move to “
            {target.name}”, and “{source.name}” is removed. You can undo this.
          </p>
          <div className="actions">
            <button type="button" onClick={() => setTarget(null)}>
              Back
            </button>
            <button type="button" className="primary" onClick={() => void merge(target)}>
              Merge into {target.name}
            </button>
          </div>
        </div>
      ) : (
        <>
          <input
            type="search"
            aria-label="Find the source to merge into"
            placeholder="Type a name or alias"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul className="match-list" aria-label="Sources to merge into">
            {matches.map((s) => (
              <li key={s.id}>
                <button type="button" onClick={() => setTarget(s)}>
                  {s.name}
                  <span className="option-detail">
                    {' '}
                    {[SOURCE_KIND_LABELS[s.kind], s.role].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
            {matches.length === 0 && <li className="empty">No other source matches.</li>}
          </ul>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </>
      )}
      <FormError message={error} />
    </div>
  );
}
