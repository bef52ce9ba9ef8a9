// One claim in full: its statement, claimants, tags, status and credibility (held to the
// verdict rules as the analyst edits), its evidence, memos and history.
import { useState } from 'react';
import type { Tag } from '../../../../shared/domain/annotations';
import type { Claim, ClaimStatus } from '../../../../shared/domain/claims';
import { credibilityWarning, statusProblem } from '../../../../shared/domain/claim-rules';
import type { Source } from '../../../../shared/domain/schema';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { TagsInput, parseTagNames, tagText } from '../../ui/TagsInput';
import { ItemHistory } from '../annotations/ItemHistory';
import { InspectorSection } from '../../layout/InspectorSection';
import { ClaimantsField } from './ClaimantsField';
import { ClaimGradeFields } from './ClaimGradeFields';
import { EvidenceList } from './EvidenceList';
import { StatusBadge } from './StatusBadge';

interface Props {
  claim: Claim;
  sources: readonly Source[];
  grades: ReadonlyMap<string, string | null>;
  tags: readonly Tag[];
  articleTitle: (documentId: string) => string;
  selection: () => { documentId: string; position: { start: number; end: number } } | null;
  version: number;
  onShowSpan: (documentId: string, spanId: string) => void;
  onChanged: () => void;
  reportError: (message: string) => void;
  /** Memos on the claim, rendered by the caller. */
  memos?: React.ReactNode;
}

export function ClaimDetail(props: Props) {
  const { claim, tags, onChanged } = props;
  const [statement, setStatement] = useState(claim.statement);
  const [claimants, setClaimants] = useState<string[]>(claim.claimantIds);
  const [tagField, setTagField] = useState(tagText(claim.tagIds, tags));
  const [status, setStatus] = useState<ClaimStatus>(claim.status);
  const [credibility, setCredibility] = useState<number | null>(claim.credibility);
  const [error, setError] = useState<string | null>(null);
  const problem = statusProblem(status, claim.evidence);
  const warning = credibilityWarning(status, credibility as Claim['credibility']);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await call('claims.update', {
      id: claim.id,
      statement,
      claimantIds: claimants,
      tags: parseTagNames(tagField),
      status,
      credibility: credibility as ChannelInput<'claims.update'>['credibility'],
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onChanged();
  };

  return (
    <section className="claim-detail" aria-label="Claim">
      <header className="claim-header">
        <StatusBadge status={claim.status} />{' '}
        <span className="annotation-meta">
          in {props.articleTitle(claim.documentId)}
          {claim.anchor?.needsReview ? ' · needs review' : ''}
        </span>
        <button type="button" onClick={() => props.onShowSpan(claim.documentId, claim.id)}>
          Show in article
        </button>
      </header>
      {/* The verdict and its evidence come first, so both fit on screen beside the article; the
          wording, claimants and tags fold away below. Both forms save the whole claim. */}
      <InspectorSection kind="verdict" title="Verdict">
        <form className="form compact" onSubmit={save} aria-label="Edit claim">
          <ClaimGradeFields
            status={status}
            credibility={credibility}
            onStatus={setStatus}
            onCredibility={setCredibility}
          />
          {problem && <p className="field-hint warn">{problem}</p>}
          {warning && <p className="field-hint warn">{warning}</p>}
          <FormError message={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={problem !== null}>
              Save claim
            </button>
          </div>
        </form>
      </InspectorSection>
      <InspectorSection kind="evidence" title="Evidence" count={claim.evidence.length}>
        <EvidenceList
          claim={claim}
          articleTitle={props.articleTitle}
          selection={props.selection}
          onShowSpan={props.onShowSpan}
          onChanged={onChanged}
          reportError={props.reportError}
        />
      </InspectorSection>
      <InspectorSection kind="details" title="Statement, claimants and tags">
        <form className="form compact" onSubmit={save} aria-label="Claim details">
          <label className="field">
            <span className="field-label">Claim</span>
            <textarea rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} />
          </label>
          <ClaimantsField
            sources={props.sources}
            grades={props.grades}
            value={claimants}
            onChange={setClaimants}
          />
          <TagsInput tags={tags} value={tagField} onChange={setTagField} />
          <div className="actions">
            <button type="submit" disabled={problem !== null}>
              Save details
            </button>
          </div>
        </form>
      </InspectorSection>
      {props.memos && (
        <InspectorSection kind="memos" title="Memos">
          {props.memos}
        </InspectorSection>
      )}
      <ItemHistory collection="claims" id={claim.id} version={props.version} />
    </section>
  );
}
