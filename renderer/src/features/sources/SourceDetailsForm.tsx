// The editable facts about a source: name, kind, role, affiliation, aliases (one per line) and
// notes, saved together with sources.update (one undoable edit).
import { useId, useState } from 'react';
import type { Source, SourceKind } from '../../../../shared/domain/schema';
import { call } from '../../api/client';
import { SOURCE_KIND_LABELS } from '../../ui/labels';
import { EnumOptions } from '../../ui/EnumOptions';
import { FormError } from '../../ui/FormError';

interface Props {
  source: Source;
  onSaved: () => void;
}

export function SourceDetailsForm({ source, onSaved }: Props) {
  const id = useId();
  const [name, setName] = useState(source.name);
  const [kind, setKind] = useState<SourceKind>(source.kind);
  const [role, setRole] = useState(source.role);
  const [affiliation, setAffiliation] = useState(source.affiliation);
  const [aliases, setAliases] = useState(source.aliases.join('\n'));
  const [notes, setNotes] = useState(source.notes);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await call('sources.update', {
      id: source.id,
      name,
      kind,
      role,
      affiliation,
      notes,
      aliases: aliases
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onSaved();
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Details</h2>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Name</span>
          <input type="text" required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
            <EnumOptions labels={SOURCE_KIND_LABELS} />
          </select>
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Role or title</span>
          <input type="text" value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Affiliation</span>
          <input type="text" value={affiliation} onChange={(e) => setAffiliation(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Aliases (one per line)</span>
        <textarea rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Notes</span>
        <textarea rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save details'}
        </button>
      </div>
    </form>
  );
}
