// A claim's evidence: spans of any article or outside references, each supporting or refuting
// it with a note. Spans can be shown in their article; references are kept as text, never
// fetched or opened (the workbench is offline).
import { useState } from 'react';
import type { Claim, Evidence, EvidenceStance } from '../../../../shared/domain/claims';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { EVIDENCE_STANCE_LABELS } from '../../ui/labels';

interface Props {
  claim: Claim;
  articleTitle: (documentId: string) => string;
  /** The current selection in the open article, or null when nothing is selected. */
  selection: () => { documentId: string; position: { start: number; end: number } } | null;
  onShowSpan: (documentId: string, evidenceId: string) => void;
  onChanged: () => void;
  reportError: (message: string) => void;
}

function describe(evidence: Evidence, articleTitle: (id: string) => string): string {
  const t = evidence.target;
  return t.kind === 'span'
    ? `“${t.selector.quote.exact}” in ${articleTitle(t.documentId)}`
    : t.title;
}

export function EvidenceList({
  claim,
  articleTitle,
  selection,
  onShowSpan,
  onChanged,
  reportError,
}: Props) {
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [stance, setStance] = useState<EvidenceStance>('refutes');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async (target: ChannelInput<'claims.addEvidence'>['target']) => {
    const result = await call('claims.addEvidence', { claimId: claim.id, stance, note, target });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setTitle('');
    setUrl('');
    setNote('');
    onChanged();
  };
  const addSelection = () => {
    const picked = selection();
    if (!picked) {
      return setError('Select the words in an article first (any article: open it on the left).');
    }
    void add({ kind: 'span', ...picked });
  };
  const remove = async (evidenceId: string) => {
    const result = await call('claims.removeEvidence', { claimId: claim.id, evidenceId });
    if (!result.ok) return reportError(result.error.message);
    onChanged();
  };
  const flip = async (e: Evidence) => {
    const result = await call('claims.updateEvidence', {
      claimId: claim.id,
      evidenceId: e.id,
      stance: e.stance === 'supports' ? 'refutes' : 'supports',
    });
    if (!result.ok) return reportError(result.error.message);
    onChanged();
  };

  return (
    <section className="evidence" aria-label="Evidence">
      <h3>Evidence ({claim.evidence.length})</h3>
      <ol className="evidence-list">
        {claim.evidence.map((e) => {
          const target = e.target;
          return (
            <li key={e.id} className={`evidence-item stance-${e.stance}`}>
              <span className={`stance-badge stance-${e.stance}`}>
                {EVIDENCE_STANCE_LABELS[e.stance]}
              </span>{' '}
              <span className="evidence-text">{describe(e, articleTitle)}</span>
              {e.target.kind === 'reference' && e.target.url && (
                <span className="evidence-url"> · {e.target.url}</span>
              )}
              {e.target.kind === 'span' && e.target.anchor?.needsReview && (
                <span className="review-flag"> · needs review</span>
              )}
              {e.note && <p className="annotation-meta">{e.note}</p>}
              <div className="actions">
                {target.kind === 'span' && (
                  <button type="button" onClick={() => onShowSpan(target.documentId, e.id)}>
                    Show
                  </button>
                )}
                <button type="button" onClick={() => void flip(e)}>
                  Mark as {e.stance === 'supports' ? 'refuting' : 'supporting'}
                </button>
                <button type="button" className="danger" onClick={() => void remove(e.id)}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
        {claim.evidence.length === 0 && <li className="field-hint">No evidence yet.</li>}
      </ol>
      <fieldset className="add-evidence">
        <legend>Add evidence</legend>
        <div className="radio-row" role="radiogroup" aria-label="Stance">
          {(['supports', 'refutes'] as const).map((s) => (
            <label key={s}>
              <input
                type="radio"
                name={`stance-${claim.id}`}
                checked={stance === s}
                onChange={() => setStance(s)}
              />{' '}
              {EVIDENCE_STANCE_LABELS[s]}
            </label>
          ))}
        </div>
        <label className="field">
          <span className="field-label">Evidence note</span>
          <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button
          type="button"
          // Keep the article selection alive while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={addSelection}
        >
          Add selected text as evidence
        </button>
        <p className="field-hint">or an outside reference:</p>
        <label className="field">
          <span className="field-label">Reference</span>
          <input
            type="text"
            value={title}
            placeholder="UN General Assembly resolution ES-11/4"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Link (kept as text)</span>
          <input type="text" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <button type="button" onClick={() => void add({ kind: 'reference', title, url })}>
          Add reference
        </button>
        <FormError message={error} />
      </fieldset>
    </section>
  );
}
