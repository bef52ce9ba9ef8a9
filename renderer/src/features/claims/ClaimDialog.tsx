// Tags a checkable claim: from the current selection or from a quote already marked. The
// statement defaults to the selected words and can be put in the analyst's own; claimants
// default to the quote's speakers.
import { useId, useState } from 'react';
import type { Tag } from '../../../../shared/domain/annotations';
import type { ClaimStatus } from '../../../../shared/domain/claims';
import type { Source } from '../../../../shared/domain/schema';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { Modal } from '../../ui/Modal';
import { FormError } from '../../ui/FormError';
import { TagsInput, parseTagNames } from '../../ui/TagsInput';
import { ClaimantsField } from './ClaimantsField';
import { ClaimGradeFields } from './ClaimGradeFields';

interface Props {
  from: ChannelInput<'claims.create'>['from'];
  /** The selected or quoted words: the statement's default. */
  exact: string;
  claimantIds: readonly string[];
  credibility: number | null;
  sources: readonly Source[];
  grades: ReadonlyMap<string, string | null>;
  tags: readonly Tag[];
  onClose: () => void;
  onSaved: (claimId: string) => void;
}

/** Statuses a claim can start with: a verdict needs evidence, which comes after. */
const OPENING_STATUSES: ClaimStatus[] = ['unverified', 'unverifiable'];

export function ClaimDialog(props: Props) {
  const titleId = useId();
  const [statement, setStatement] = useState(props.exact.replace(/\s+/g, ' ').trim());
  const [claimants, setClaimants] = useState<string[]>([...props.claimantIds]);
  const [tagField, setTagField] = useState('');
  const [status, setStatus] = useState<ClaimStatus>('unverified');
  const [credibility, setCredibility] = useState<number | null>(props.credibility);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await call('claims.create', {
      from: props.from,
      statement,
      claimantIds: claimants,
      tags: parseTagNames(tagField),
      status,
      credibility: credibility as ChannelInput<'claims.create'>['credibility'],
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    props.onSaved(result.value.id);
  };

  return (
    <Modal labelledBy={titleId} onClose={props.onClose}>
      <form className="form" onSubmit={save} aria-labelledby={titleId}>
        <h2 id={titleId}>Tag claim</h2>
        <blockquote className="dialog-quote">{props.exact}</blockquote>
        <label className="field">
          <span className="field-label">Claim, in your words</span>
          <textarea
            rows={3}
            value={statement}
            autoFocus
            onChange={(e) => setStatement(e.target.value)}
          />
        </label>
        <ClaimantsField
          sources={props.sources}
          grades={props.grades}
          value={claimants}
          onChange={setClaimants}
        />
        <TagsInput tags={props.tags} value={tagField} onChange={setTagField} />
        <ClaimGradeFields
          status={status}
          statuses={OPENING_STATUSES}
          credibility={credibility}
          onStatus={setStatus}
          onCredibility={setCredibility}
        />
        <p className="field-hint">
          A verdict (verified, disputed, misleading, false) comes once the claim has evidence: add
          it from the claim’s details.
        </p>
        <FormError message={error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Tag claim
          </button>
        </div>
      </form>
    </Modal>
  );
}
