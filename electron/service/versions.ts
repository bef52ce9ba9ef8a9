// Handlers for article versions. Importing a changed text keeps the old one, re-anchors every
// quote, highlight, claim and evidence span on the article (stored position, then exact quote, then approximate
// match) and records how each was found. Spans found with low confidence, or not at all, go to
// the review queue; nothing is dropped silently. The whole import is one undoable edit.
import { createHash } from 'node:crypto';
import type { Claim, Evidence } from '../../shared/domain/claims';
import { statusProblem } from '../../shared/domain/claim-rules';
import type { AnchorStatus, Selector } from '../../shared/domain/schema';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { REVIEW_THRESHOLD, anchorAll } from '../../shared/anchoring/reanchor';
import { describeSpan, trimSpan } from '../../shared/anchoring/selectors';
import { canonicalizeText, findBlocks } from '../../shared/text/canonical';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { summarize } from './documents';
import { memosAbout } from './memos';
import { detachClaims } from './quotes';

type VersionHandlers = Pick<HandlerTable, 'documents.importVersion' | 'anchors.review'>;
/** Something placed on an article's text: a quote, a highlight, a claim or an evidence span. */
interface Placed {
  selector: Selector;
}

/** Where a span landed on the new text: its new selector and status, or an orphan. */
export function reanchorSpan(
  text: string,
  versionHash: string,
  span: Placed,
  found: { start: number; end: number; method: string; score: number } | null,
): { selector: Selector; anchor: AnchorStatus } {
  const previousExact = span.selector.quote.exact;
  const selector = found ? describeSpan(text, found.start, found.end) : null;
  if (!found || !selector) {
    // Kept with its old selector (it points into the previous version) until reviewed.
    return {
      selector: span.selector,
      anchor: { method: 'orphaned', score: 0, needsReview: true, previousExact, versionHash },
    };
  }
  const method = found.method === 'position' || found.method === 'exact' ? found.method : 'fuzzy';
  return {
    selector,
    anchor: {
      method,
      score: Math.round(found.score * 1000) / 1000,
      // An approximate match means the words changed: a fact-checker must see that, however
      // confident the match.
      needsReview: found.score < REVIEW_THRESHOLD || method === 'fuzzy',
      previousExact,
      versionHash,
    },
  };
}

export function versionHandlers(ctx: ServiceContext): VersionHandlers {
  const data = () => ctx.store.data;
  return {
    'documents.importVersion': async ({ documentId, text: raw }) => {
      const doc = getRecord(data().documents, documentId);
      if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
      const text = canonicalizeText(raw);
      if (text === '') throw new WorkbenchError('invalid_input', 'The new version has no text.');
      const contentHash = createHash('sha256').update(text).digest('hex');
      if (contentHash === doc.contentHash) {
        throw new WorkbenchError('conflict', 'This text is the same as the current version.');
      }
      const at = stamp(ctx);
      const quotes = valuesOf(data().quotes).filter((q) => q.documentId === documentId);
      const annotations = valuesOf(data().annotations).filter((a) => a.documentId === documentId);
      // Claims are touched for their own span and for evidence spans on this article; each
      // placed item knows how to write its new selector back.
      const claims = new Map<string, Claim>();
      const placed: { selector: Selector; put: (s: Selector, a: AnchorStatus) => void }[] = [];
      const changes: Change[] = [];
      for (const q of quotes) {
        placed.push({
          selector: q.selector,
          put: (selector, anchor) =>
            changes.push({
              op: 'put',
              collection: 'quotes',
              value: { ...q, selector, anchor, updatedAt: at },
            }),
        });
      }
      for (const a of annotations) {
        placed.push({
          selector: a.selector,
          put: (selector, anchor) =>
            changes.push({
              op: 'put',
              collection: 'annotations',
              value: { ...a, selector, anchor, updatedAt: at },
            }),
        });
      }
      const claimOf = (c: Claim) => claims.get(c.id) ?? c;
      for (const c of valuesOf(data().claims)) {
        if (c.documentId === documentId) {
          placed.push({
            selector: c.selector,
            put: (selector, anchor) =>
              claims.set(c.id, { ...claimOf(c), selector, anchor, updatedAt: at }),
          });
        }
        for (const e of c.evidence) {
          if (e.target.kind !== 'span' || e.target.documentId !== documentId) continue;
          const target = e.target;
          placed.push({
            selector: target.selector,
            put: (selector, anchor) => {
              const current = claimOf(c);
              const evidence = current.evidence.map((x) =>
                x.id === e.id ? { ...x, target: { ...target, selector, anchor } } : x,
              );
              claims.set(c.id, { ...current, evidence, updatedAt: at });
            },
          });
        }
      }
      const results = anchorAll(
        text,
        placed.map((p) => p.selector),
      );
      const counts = { anchored: 0, uncertain: 0, orphaned: 0 };
      placed.forEach((item, i) => {
        const { selector, anchor } = reanchorSpan(text, contentHash, item, results[i] ?? null);
        if (anchor.method === 'orphaned') counts.orphaned += 1;
        else if (anchor.needsReview) counts.uncertain += 1;
        else counts.anchored += 1;
        item.put(selector, anchor);
      });
      for (const claim of claims.values())
        changes.push({ op: 'put', collection: 'claims', value: claim });
      const updated = {
        ...doc,
        text,
        blocks: findBlocks(text),
        contentHash,
        importedAt: at,
        previousVersions: [
          ...doc.previousVersions,
          {
            contentHash: doc.contentHash,
            text: doc.text,
            blocks: doc.blocks,
            importedAt: doc.importedAt,
          },
        ],
      };
      changes.unshift({ op: 'put', collection: 'documents', value: updated });
      await ctx.commit('Import new version', changes);
      return {
        document: summarize(updated, quotes.length, counts.uncertain + counts.orphaned),
        ...counts,
      };
    },

    'anchors.review': async (input) => {
      const item = reviewable(data(), input.collection, input.id, input.evidenceId);
      if (input.action === 'remove') {
        await ctx.commit('Remove unanchored span', item.remove(stamp(ctx)));
        return { id: input.id };
      }
      const doc = getRecord(data().documents, item.documentId);
      if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
      let selector = item.selector;
      let anchor: AnchorStatus;
      const previousExact = item.anchor?.previousExact ?? item.selector.quote.exact;
      if (input.action === 'accept') {
        if (!item.anchor || item.anchor.method === 'orphaned') {
          throw new WorkbenchError(
            'invalid_input',
            'This span was not found in the new text: re-attach it to a selection or remove it.',
          );
        }
        anchor = { ...item.anchor, needsReview: false };
      } else {
        const trimmed = trimSpan(doc.text, input.position.start, input.position.end);
        const described = trimmed && describeSpan(doc.text, trimmed.start, trimmed.end);
        if (!described || input.position.end > doc.text.length) {
          throw new WorkbenchError('invalid_input', 'Select the text to attach it to first.');
        }
        selector = described;
        anchor = {
          method: 'manual',
          score: 1,
          needsReview: false,
          previousExact,
          versionHash: doc.contentHash,
        };
      }
      await ctx.commit(
        input.action === 'accept' ? 'Accept re-anchored span' : 'Re-attach span',
        item.write(selector, anchor, stamp(ctx)),
      );
      return { id: input.id };
    },
  };
}

/** A span in the review queue, with the changes that re-place or remove it. */
interface Reviewable {
  documentId: string;
  selector: Selector;
  anchor: AnchorStatus | null;
  write: (selector: Selector, anchor: AnchorStatus, at: string) => Change[];
  remove: (at: string) => Change[];
}

/** Finds a quote, highlight, claim or claim evidence span to review; throws when it is gone. */
function reviewable(
  data: WorkspaceData,
  collection: 'quotes' | 'annotations' | 'claims',
  id: string,
  evidenceId: string | undefined,
): Reviewable {
  const gone = () => new WorkbenchError('not_found', 'That item no longer exists.');
  if (collection === 'quotes') {
    const quote = getRecord(data.quotes, id);
    if (!quote) throw gone();
    return {
      ...quote,
      write: (selector, anchor, at) => [
        { op: 'put', collection, value: { ...quote, selector, anchor, updatedAt: at } },
      ],
      remove: (at) => [
        ...valuesOf(data.attributions)
          .filter((a) => a.quoteId === id)
          .map((a) => ({ op: 'delete' as const, collection: 'attributions' as const, id: a.id })),
        ...detachClaims(data, id, at),
        { op: 'delete', collection, id },
      ],
    };
  }
  if (collection === 'annotations') {
    const annotation = getRecord(data.annotations, id);
    if (!annotation) throw gone();
    return {
      ...annotation,
      write: (selector, anchor, at) => [
        { op: 'put', collection, value: { ...annotation, selector, anchor, updatedAt: at } },
      ],
      remove: () => [{ op: 'delete', collection, id }],
    };
  }
  const claim = getRecord(data.claims, id);
  if (!claim) throw gone();
  if (evidenceId === undefined) {
    return {
      ...claim,
      write: (selector, anchor, at) => [
        { op: 'put', collection, value: { ...claim, selector, anchor, updatedAt: at } },
      ],
      remove: () => [
        ...memosAbout(data, 'claims', id).map((m) => ({
          op: 'delete' as const,
          collection: 'memos' as const,
          id: m.id,
        })),
        { op: 'delete', collection, id },
      ],
    };
  }
  const evidence = claim.evidence.find((e) => e.id === evidenceId);
  if (!evidence || evidence.target.kind !== 'span') throw gone();
  const target = evidence.target;
  const withEvidence = (list: Evidence[]): Claim => ({ ...claim, evidence: list });
  return {
    documentId: target.documentId,
    selector: target.selector,
    anchor: target.anchor,
    write: (selector, anchor, at) => [
      {
        op: 'put',
        collection,
        value: {
          ...withEvidence(
            claim.evidence.map((e) =>
              e.id === evidenceId ? { ...e, target: { ...target, selector, anchor } } : e,
            ),
          ),
          updatedAt: at,
        },
      },
    ],
    remove: (at) => {
      const rest = claim.evidence.filter((e) => e.id !== evidenceId);
      const problem = statusProblem(claim.status, rest);
      if (problem) throw new WorkbenchError('invalid_input', `${problem} Change the status first.`);
      return [{ op: 'put', collection, value: { ...withEvidence(rest), updatedAt: at } }];
    },
  };
}
