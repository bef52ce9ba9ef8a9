// One attribution of a quote: who, in what role, how sure, and why; with edit and remove.
import { useState } from 'react';
import type { Attribution, Source } from '../../../../shared/domain/schema';
import { call } from '../../api/client';
import { ATTRIBUTION_ROLE_LABELS, CONFIDENCE_LABELS } from '../../ui/labels';
import type { AttributionFieldValues } from './AttributionFields';
import { AttributionFields } from './AttributionFields';
import { FormError } from '../../ui/FormError';

interface Props {
  attribution: Attribution;
  source: Source;
  onChanged: () => void;
}

export function AttributionItem({ attribution, source, onChanged }: Props) {
  const [editing, setEditing] = useState<AttributionFieldValues | null>(null);
  const [error, setError] = useState<string | null>(null);

  const finish = (result: { ok: true } | { ok: false; error: { message: string } }) => {
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setEditing(null);
    onChanged();
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (editing) finish(await call('attributions.update', { id: attribution.id, ...editing }));
  };
  const remove = async () => finish(await call('attributions.delete', { id: attribution.id }));

  return (
    <li>
      <div className="entry-body">
        <strong>{source.name}</strong>
        {editing ? (
          <form className="form" onSubmit={save} aria-label={`Edit attribution to ${source.name}`}>
            <AttributionFields value={editing} onChange={setEditing} />
            <div className="actions">
              <button type="button" onClick={() => setEditing(null)}>
                Cancel
              </button>
              <button type="submit" className="primary">
                Save attribution
              </button>
            </div>
          </form>
        ) : (
          <>
            <span className="entry-meta">
              {ATTRIBUTION_ROLE_LABELS[attribution.role]} ·{' '}
              {CONFIDENCE_LABELS[attribution.confidence]}
            </span>
            {attribution.basis && <span className="rationale">{attribution.basis}</span>}
          </>
        )}
        <FormError message={error} />
      </div>
      {!editing && (
        <>
          <button
            type="button"
            aria-label={`Edit attribution to ${source.name}`}
            onClick={() =>
              setEditing({
                role: attribution.role,
                confidence: attribution.confidence,
                basis: attribution.basis,
              })
            }
          >
            Edit
          </button>
          <button
            type="button"
            aria-label={`Remove attribution to ${source.name}`}
            onClick={() => void remove()}
          >
            Remove
          </button>
        </>
      )}
    </li>
  );
}
