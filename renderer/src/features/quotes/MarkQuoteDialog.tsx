// The mark-quote form: kind, speaker (existing or new source), cue and confidence for the
// selected span. The service computes the stored selectors; this form only sends offsets.
import { useState } from 'react';
import type {
  AttributionConfidence,
  QuoteKind,
  Source,
  SourceKind,
  WorkbenchDocument,
} from '../../../../shared/domain/schema';
import { call } from '../../api/client';
import { CONFIDENCE_LABELS, QUOTE_KIND_LABELS, SOURCE_KIND_LABELS } from '../../ui/labels';
import { guessCue, guessKind } from './quote-guess';
import type { SpeakerChoice } from './SpeakerPicker';
import { SpeakerPicker } from './SpeakerPicker';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import { EnumOptions } from '../../ui/EnumOptions';

interface Props {
  document: WorkbenchDocument;
  span: { start: number; end: number };
  sources: readonly Source[];
  grades?: ReadonlyMap<string, string | null>;
  onSaved: (quoteId: string) => void;
  onClose: () => void;
}

const KINDS: QuoteKind[] = ['direct', 'partial', 'indirect', 'paraphrase'];

export function MarkQuoteDialog({ document: doc, span, sources, grades, onSaved, onClose }: Props) {
  const exact = doc.text.slice(span.start, span.end).trim();
  const [kind, setKind] = useState<QuoteKind>(() => guessKind(exact));
  const [speaker, setSpeaker] = useState<SpeakerChoice>(null);
  const [sourceKind, setSourceKind] = useState<SourceKind>('person');
  const [role, setRole] = useState('');
  const [cue, setCue] = useState(() => guessCue(doc.text, span.start, span.end));
  const [confidence, setConfidence] = useState<AttributionConfidence>('stated');
  const [basis, setBasis] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!speaker) {
      setError('Choose who said it: pick a source or create one.');
      return;
    }
    setSaving(true);
    setError(null);
    const result = await call('quotes.create', {
      documentId: doc.id,
      position: span,
      kind,
      cue,
      confidence,
      basis: confidence === 'stated' ? '' : basis,
      speaker:
        'sourceId' in speaker
          ? { sourceId: speaker.sourceId }
          : { newSource: { kind: sourceKind, name: speaker.newName, role } },
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onSaved(result.value.quote.id);
  };

  return (
    <Modal labelledBy="mark-quote-title" onClose={onClose}>
      <form onSubmit={submit} className="form">
        <h2 id="mark-quote-title">Mark quote</h2>
        <blockquote className="excerpt" aria-label="Selected text">
          {exact}
        </blockquote>

        <fieldset className="radio-row">
          <legend>Kind</legend>
          {KINDS.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              {QUOTE_KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>

        <div className="field">
          <span className="field-label">Speaker</span>
          <SpeakerPicker
            sources={sources}
            grades={grades}
            value={speaker}
            onChange={setSpeaker}
            autoFocus
          />
        </div>

        {speaker && 'newName' in speaker && (
          <div className="field-row">
            <label className="field">
              <span className="field-label">Source kind</span>
              <select
                value={sourceKind}
                onChange={(e) => setSourceKind(e.target.value as SourceKind)}
              >
                <EnumOptions labels={SOURCE_KIND_LABELS} />
              </select>
            </label>
            <label className="field">
              <span className="field-label">Role or title</span>
              <input
                type="text"
                value={role}
                onChange={(e) => setRole(e.target.value)}
                placeholder="Ukrainian defense minister"
              />
            </label>
          </div>
        )}

        <div className="field-row">
          <label className="field">
            <span className="field-label">Cue</span>
            <input
              type="text"
              value={cue}
              onChange={(e) => setCue(e.target.value)}
              placeholder="said, told Fox News"
            />
          </label>
          <label className="field">
            <span className="field-label">Confidence</span>
            <select
              value={confidence}
              onChange={(e) => setConfidence(e.target.value as AttributionConfidence)}
            >
              <EnumOptions labels={CONFIDENCE_LABELS} />
            </select>
          </label>
        </div>

        {confidence !== 'stated' && (
          <label className="field">
            <span className="field-label">Basis</span>
            <input
              type="text"
              value={basis}
              onChange={(e) => setBasis(e.target.value)}
              placeholder="“he” refers to Rustem Umerov in the previous sentence"
            />
          </label>
        )}

        <FormError message={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save quote'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
