// Handlers for claims: made from a selection or a quote, edited, deleted, and the evidence for
// or against them. A status is held to the verdict rules in shared/domain/claim-rules.ts, so a
// "disputed" claim always names what disputes it.
import type { Claim, Evidence } from '../../shared/domain/claims';
import { CLAIM_STATUS_LABELS, statusProblem } from '../../shared/domain/claim-rules';
import type { Selector } from '../../shared/domain/schema';
import type { Change } from '../../shared/domain/workspace';
import { getRecord, hasRecord, valuesOf } from '../../shared/domain/workspace';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { describeSpan, trimSpan } from '../../shared/anchoring/selectors';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { resolveTags } from './annotations';
import { memosAbout } from './memos';

type ClaimHandlers = Pick<
  HandlerTable,
  | 'claims.list'
  | 'claims.create'
  | 'claims.update'
  | 'claims.delete'
  | 'claims.addEvidence'
  | 'claims.updateEvidence'
  | 'claims.removeEvidence'
>;

export function claimHandlers(ctx: ServiceContext): ClaimHandlers {
  const data = () => ctx.store.data;
  const existing = (id: string): Claim => {
    const claim = getRecord(data().claims, id);
    if (!claim) throw new WorkbenchError('not_found', 'That claim no longer exists.');
    return claim;
  };
  /** The selector of a selection in an article; throws when it selects nothing. */
  const selectionIn = (documentId: string, start: number, end: number): Selector => {
    const doc = getRecord(data().documents, documentId);
    if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
    const span = trimSpan(doc.text, start, end);
    const selector = span && end <= doc.text.length && describeSpan(doc.text, span.start, span.end);
    if (!selector)
      throw new WorkbenchError('invalid_input', 'Select some text of the article first.');
    return selector;
  };
  const checkClaimants = (ids: readonly string[]) => {
    const missing = ids.find((id) => !hasRecord(data().sources, id));
    if (missing)
      throw new WorkbenchError('not_found', 'One of the claimants is no longer a source.');
    return [...new Set(ids)];
  };
  const checkStatus = (claim: Claim) => {
    const problem = statusProblem(claim.status, claim.evidence);
    if (problem) throw new WorkbenchError('invalid_input', problem);
  };
  const findEvidence = (claim: Claim, evidenceId: string): Evidence => {
    const found = claim.evidence.find((e) => e.id === evidenceId);
    if (!found) throw new WorkbenchError('not_found', 'That evidence is no longer on the claim.');
    return found;
  };
  const save = async (label: string, claim: Claim, extra: Change[] = []) => {
    checkStatus(claim);
    await ctx.commit(label, [...extra, { op: 'put', collection: 'claims', value: claim }]);
    return claim;
  };

  return {
    'claims.list': async (input) =>
      valuesOf(data().claims)
        .filter((c) => input?.documentId === undefined || c.documentId === input.documentId)
        .sort(
          (a, b) =>
            a.documentId.localeCompare(b.documentId) ||
            a.selector.position.start - b.selector.position.start,
        ),

    'claims.create': async (input) => {
      let documentId: string;
      let selector: Selector;
      let quoteId: string | null = null;
      let claimants: string[] = [];
      let credibility = input.credibility ?? null;
      if (input.from.kind === 'quote') {
        const quote = getRecord(data().quotes, input.from.quoteId);
        if (!quote) throw new WorkbenchError('not_found', 'That quote no longer exists.');
        ({ documentId, selector } = quote);
        quoteId = quote.id;
        claimants = valuesOf(data().attributions)
          .filter((a) => a.quoteId === quote.id && a.role === 'speaker')
          .map((a) => a.sourceId);
        if (input.credibility === undefined) credibility = quote.credibility;
      } else {
        const { documentId: docId, position } = input.from;
        documentId = docId;
        selector = selectionIn(docId, position.start, position.end);
      }
      const tags = resolveTags(ctx, input.tags);
      const at = stamp(ctx);
      const claim: Claim = {
        id: ctx.newId(),
        statement: input.statement ?? selector.quote.exact.replace(/\s+/g, ' ').slice(0, 5_000),
        documentId,
        selector,
        anchor: null,
        quoteId,
        claimantIds: checkClaimants(input.claimantIds ?? claimants),
        tagIds: tags.ids,
        status: input.status,
        credibility,
        evidence: [],
        statusChangedAt: input.status === 'unverified' ? null : at,
        createdAt: at,
        updatedAt: at,
      };
      return save('Tag claim', claim, tags.changes);
    },

    'claims.update': async (input) => {
      const before = existing(input.id);
      const tags = input.tags ? resolveTags(ctx, input.tags) : { ids: before.tagIds, changes: [] };
      const at = stamp(ctx);
      const status = input.status ?? before.status;
      const after: Claim = {
        ...before,
        statement: input.statement ?? before.statement,
        claimantIds: input.claimantIds ? checkClaimants(input.claimantIds) : before.claimantIds,
        tagIds: tags.ids,
        status,
        credibility: input.credibility === undefined ? before.credibility : input.credibility,
        statusChangedAt: status === before.status ? before.statusChangedAt : at,
        updatedAt: at,
      };
      const label =
        status !== before.status
          ? `Set claim status: ${CLAIM_STATUS_LABELS[status]}`
          : 'Edit claim';
      return save(label, after, tags.changes);
    },

    'claims.delete': async ({ id }) => {
      existing(id);
      await ctx.commit('Delete claim', [
        ...memosAbout(data(), 'claims', id).map((m) => ({
          op: 'delete' as const,
          collection: 'memos' as const,
          id: m.id,
        })),
        { op: 'delete', collection: 'claims', id },
      ]);
      return { id };
    },

    'claims.addEvidence': async ({ claimId, stance, note, target }) => {
      const claim = existing(claimId);
      const at = stamp(ctx);
      const evidence: Evidence = {
        id: ctx.newId(),
        stance,
        note,
        target:
          target.kind === 'span'
            ? {
                kind: 'span',
                documentId: target.documentId,
                selector: selectionIn(
                  target.documentId,
                  target.position.start,
                  target.position.end,
                ),
                anchor: null,
              }
            : { kind: 'reference', title: target.title, url: target.url },
        createdAt: at,
      };
      const label = stance === 'supports' ? 'Add supporting evidence' : 'Add refuting evidence';
      return save(label, { ...claim, evidence: [...claim.evidence, evidence], updatedAt: at });
    },

    'claims.updateEvidence': async ({ claimId, evidenceId, stance, note }) => {
      const claim = existing(claimId);
      const before = findEvidence(claim, evidenceId);
      const after: Evidence = {
        ...before,
        stance: stance ?? before.stance,
        note: note ?? before.note,
      };
      const evidence = claim.evidence.map((e) => (e.id === evidenceId ? after : e));
      return save('Edit evidence', { ...claim, evidence, updatedAt: stamp(ctx) });
    },

    'claims.removeEvidence': async ({ claimId, evidenceId }) => {
      const claim = existing(claimId);
      findEvidence(claim, evidenceId);
      const evidence = claim.evidence.filter((e) => e.id !== evidenceId);
      return save('Remove evidence', { ...claim, evidence, updatedAt: stamp(ctx) });
    },
  };
}
