// Create a source from selected text: the service suggests the name, kind and role from the
// sentence ("Dmitri S. Peskov, the Kremlin’s spokesman, said" gives the role), the analyst
// corrects and saves. A name already in the registry is offered instead of a duplicate.
import { useState } from 'react';
import type { SourceKind } from '../../../../shared/domain/schema';
import type { SourceSuggestion } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { SOURCE_KIND_LABELS } from '../../ui/labels';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import { EnumOptions } from '../../ui/EnumOptions';

interface Props {
  suggestion: SourceSuggestion;
  onCreated: (sourceId: string, name: string) => void;
  onOpenExisting: (sourceId: string) => void;
  onClose: () => void;
}

export function NewSourceDialog({ suggestion, onCreated, onOpenExisting, onClose }: Props) {
  const [name, setName] = useState(suggestion.name);
  const [kind, setKind] = useState<SourceKind>(suggestion.kind);
  const [role, setRole] = useState(suggestion.role);
  const [affiliation, setAffiliation] = useState('');
  const [aliases, setAliases] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await call('sources.create', {
      kind,
      name,
      role,
      affiliation,
      aliases: aliases
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    });
    if (!result.ok) return setError(result.error.message);
    onCreated(result.value.id, result.value.name);
  };

  return (
    <Modal labelledBy="new-source-title" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <h2 id="new-source-title">New source</h2>
        {suggestion.existingId && (
          <p role="status" className="field-hint">
            “{suggestion.name}” is already in the registry.{' '}
            <button type="button" onClick={() => onOpenExisting(suggestion.existingId!)}>
              Open that source
            </button>
          </p>
        )}
        <div className="field-row">
          <label className="field">
            <span className="field-label">Name</span>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </label>
          <label className="field">
            <span className="field-label">Source kind</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
              <EnumOptions labels={SOURCE_KIND_LABELS} />
            </select>
          </label>
        </div>
        <label className="field">
          <span className="field-label">Role or title</span>
          <input type="text" value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        <div className="field-row">
          <label className="field">
            <span className="field-label">Affiliation</span>
            <input
              type="text"
              value={affiliation}
              onChange={(e) => setAffiliation(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">Aliases</span>
            <input
              type="text"
              value={aliases}
              onChange={(e) => setAliases(e.target.value)}
              placeholder="Mr. Peskov, Kremlin spokesman"
            />
          </label>
        </div>
        <FormError message={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            Create source
          </button>
        </div>
      </form>
    </Modal>
  );
}
