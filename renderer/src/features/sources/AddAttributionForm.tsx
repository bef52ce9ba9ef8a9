// Adds an attribution to a quote: an existing source or a new one (type-ahead), as speaker or as
// conduit ("according to the Kremlin's readout"), with confidence and basis.
import { useId, useState } from 'react';
import type { Source, SourceKind } from '../../../../shared/domain/schema';
import { call } from '../../api/client';
import { SOURCE_KIND_LABELS } from '../../ui/labels';
import type { SpeakerChoice } from '../quotes/SpeakerPicker';
import { SpeakerPicker } from '../quotes/SpeakerPicker';
import type { AttributionFieldValues } from './AttributionFields';
import { AttributionFields } from './AttributionFields';
import { EnumOptions } from '../../ui/EnumOptions';
import { FormError } from '../../ui/FormError';

interface Props {
  quoteId: string;
  sources: readonly Source[];
  onSaved: () => void;
}

const INITIAL: AttributionFieldValues = { role: 'conduit', confidence: 'stated', basis: '' };

export function AddAttributionForm({ quoteId, sources, onSaved }: Props) {
  const id = useId();
  // Remounting the picker clears what was typed after a save.
  const [round, setRound] = useState(0);
  const [who, setWho] = useState<SpeakerChoice>(null);
  const [sourceKind, setSourceKind] = useState<SourceKind>('outlet');
  const [fields, setFields] = useState<AttributionFieldValues>(INITIAL);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!who) return setError('Pick a source, or type a new name and choose “Create source”.');
    setSaving(true);
    const result = await call('attributions.add', {
      quoteId,
      ...fields,
      ...('sourceId' in who
        ? { sourceId: who.sourceId }
        : { newSource: { kind: sourceKind, name: who.newName } }),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setWho(null);
    setFields(INITIAL);
    setRound((r) => r + 1);
    onSaved();
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add attribution</h3>
      <div className="field">
        <span className="field-label">Source</span>
        <SpeakerPicker key={round} sources={sources} value={who} onChange={setWho} />
      </div>
      {who && 'newName' in who && (
        <label className="field">
          <span className="field-label">New source kind</span>
          <select value={sourceKind} onChange={(e) => setSourceKind(e.target.value as SourceKind)}>
            <EnumOptions labels={SOURCE_KIND_LABELS} />
          </select>
        </label>
      )}
      <AttributionFields value={fields} onChange={setFields} />
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add attribution'}
        </button>
      </div>
    </form>
  );
}
