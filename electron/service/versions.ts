// Handlers for article versions. Importing a changed text keeps the old one, re-anchors every
// quote and highlight of the article (stored position, then exact quote, then approximate
// match) and records how each was found. Spans found with low confidence, or not at all, go to
// the review queue; nothing is dropped silently. The whole import is one undoable edit.
import { createHash } from 'node:crypto';
import type { Annotation } from '../../shared/domain/annotations';
import type { AnchorStatus, Quote, Selector } from '../../shared/domain/schema';
import type { Change } from '../../shared/domain/workspace';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { REVIEW_THRESHOLD, anchorAll } from '../../shared/anchoring/reanchor';
import { describeSpan, trimSpan } from '../../shared/anchoring/selectors';
import { canonicalizeText, findBlocks } from '../../shared/text/canonical';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { summarize } from './documents';

type VersionHandlers = Pick<HandlerTable, 'documents.importVersion' | 'anchors.review'>;
type Span = Quote | Annotation;

/** Where a span landed on the new text: its new selector and status, or an orphan. */
export function reanchorSpan(
  text: string,
  versionHash: string,
  span: Span,
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
      const doc = data().documents[documentId];
      if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
      const text = canonicalizeText(raw);
      if (text === '') throw new WorkbenchError('invalid_input', 'The new version has no text.');
      const contentHash = createHash('sha256').update(text).digest('hex');
      if (contentHash === doc.contentHash) {
        throw new WorkbenchError('conflict', 'This text is the same as the current version.');
      }
      const at = stamp(ctx);
      const quotes = Object.values(data().quotes).filter((q) => q.documentId === documentId);
      const annotations = Object.values(data().annotations).filter(
        (a) => a.documentId === documentId,
      );
      const spans: Span[] = [...quotes, ...annotations];
      const results = anchorAll(
        text,
        spans.map((s) => s.selector),
      );
      const counts = { anchored: 0, uncertain: 0, orphaned: 0 };
      const changes: Change[] = [];
      spans.forEach((span, i) => {
        const { selector, anchor } = reanchorSpan(text, contentHash, span, results[i] ?? null);
        if (anchor.method === 'orphaned') counts.orphaned += 1;
        else if (anchor.needsReview) counts.uncertain += 1;
        else counts.anchored += 1;
        const value = { ...span, selector, anchor, updatedAt: at };
        changes.push(
          'kind' in span
            ? { op: 'put', collection: 'quotes', value: value as Quote }
            : { op: 'put', collection: 'annotations', value: value as Annotation },
        );
      });
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
      const span =
        input.collection === 'quotes' ? data().quotes[input.id] : data().annotations[input.id];
      if (!span) throw new WorkbenchError('not_found', 'That item no longer exists.');
      if (input.action === 'remove') {
        const changes: Change[] =
          input.collection === 'quotes'
            ? [
                ...Object.values(data().attributions)
                  .filter((a) => a.quoteId === input.id)
                  .map((a) => ({
                    op: 'delete' as const,
                    collection: 'attributions' as const,
                    id: a.id,
                  })),
                { op: 'delete', collection: 'quotes', id: input.id },
              ]
            : [{ op: 'delete', collection: 'annotations', id: input.id }];
        await ctx.commit('Remove unanchored span', changes);
        return { id: input.id };
      }
      const doc = data().documents[span.documentId];
      if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
      let selector = span.selector;
      let anchor: AnchorStatus;
      const previousExact = span.anchor?.previousExact ?? span.selector.quote.exact;
      if (input.action === 'accept') {
        if (!span.anchor || span.anchor.method === 'orphaned') {
          throw new WorkbenchError(
            'invalid_input',
            'This span was not found in the new text: re-attach it to a selection or remove it.',
          );
        }
        anchor = { ...span.anchor, needsReview: false };
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
      const value = { ...span, selector, anchor, updatedAt: stamp(ctx) };
      await ctx.commit(
        input.action === 'accept' ? 'Accept re-anchored span' : 'Re-attach span',
        input.collection === 'quotes'
          ? [{ op: 'put', collection: 'quotes', value: value as Quote }]
          : [{ op: 'put', collection: 'annotations', value: value as Annotation }],
      );
      return { id: input.id };
    },
  };
}
