// What the reader, the side panel and the quotes table show for the open article, derived from
// the workspace lists: the spans in text order, hover descriptions, and the quotes table's rows.
import { useCallback, useDeferredValue, useMemo } from 'react';
import type { Claim } from '../../../../shared/domain/claims';
import { CLAIM_STATUS_LABELS } from '../../../../shared/domain/claim-rules';
import type { WorkspaceApi } from '../../state/useWorkspace';
import type { QuoteRow } from '../quotes/QuotesTable';
import { buildReaderSpans } from './spans';

export function useReaderModel(ws: WorkspaceApi) {
  const { state, sourcesById } = ws;
  const doc = state.openDocument;

  const speakerByQuote = useMemo(() => {
    const map = new Map<string, string>();
    for (const a of state.attributions) {
      if (a.role === 'speaker' && !map.has(a.quoteId)) {
        const name = sourcesById.get(a.sourceId)?.name ?? 'Unknown source';
        const grade = state.grades.get(a.sourceId);
        map.set(a.quoteId, grade ? `${name} (${grade})` : name);
      }
    }
    return map;
  }, [state.attributions, state.grades, sourcesById]);
  const speakerOf = useCallback(
    (id: string) => speakerByQuote.get(id) ?? 'no speaker yet',
    [speakerByQuote],
  );

  const docQuotes = useMemo(
    () => (doc ? state.quotes.filter((q) => q.documentId === doc.id) : []),
    [doc, state.quotes],
  );
  const docAnnotations = useMemo(
    () => (doc ? state.annotations.filter((a) => a.documentId === doc.id) : []),
    [doc, state.annotations],
  );
  const spans = useMemo(
    () => buildReaderSpans(docQuotes, docAnnotations, state.claims, doc?.id ?? null),
    [docQuotes, docAnnotations, state.claims, doc?.id],
  );
  // The side panel may trail the text by a frame when an article opens: the text paints first.
  const panelSpans = useDeferredValue(spans);
  // Spans lost in a re-import stay in the review queue but are not drawn on the new text.
  const textSpans = useMemo(() => spans.filter((s) => !s.orphaned), [spans]);
  const annotationsById = useMemo(
    () => new Map(state.annotations.map((a) => [a.id, a])),
    [state.annotations],
  );
  const claimsById = useMemo(
    () => new Map<string, Claim>(state.claims.map((c) => [c.id, c])),
    [state.claims],
  );
  const tagNames = useMemo(() => new Map(state.tags.map((t) => [t.id, t.name])), [state.tags]);
  const spanKinds = useMemo(() => new Map(spans.map((s) => [s.id, s])), [spans]);

  /** Hover text and panel line for any span: who said it, the claim's status, the note. */
  const describe = useCallback(
    (id: string) => {
      const span = spanKinds.get(id);
      const tagsOf = (ids: readonly string[]) => {
        const names = ids.map((t) => tagNames.get(t)).filter(Boolean);
        return names.length ? `Tags: ${names.join(', ')}` : '';
      };
      if (span?.kind === 'claim' || span?.kind === 'evidence') {
        const claim = claimsById.get(span.claimId ?? '');
        if (!claim) return 'Claim';
        if (span.kind === 'evidence') {
          const stance = span.stance === 'supports' ? 'Supports' : 'Refutes';
          return `${stance} the claim “${claim.statement}”`;
        }
        const credibility = claim.credibility ? `credibility ${claim.credibility}` : '';
        return [
          `Claim · ${CLAIM_STATUS_LABELS[claim.status]}`,
          claim.statement,
          credibility,
          tagsOf(claim.tagIds),
        ]
          .filter(Boolean)
          .join(' · ');
      }
      const annotation = annotationsById.get(id);
      if (!annotation) return `Quote by ${speakerOf(id)}`;
      return [annotation.note || 'Highlight', tagsOf(annotation.tagIds)]
        .filter(Boolean)
        .join(' · ');
    },
    [spanKinds, annotationsById, claimsById, tagNames, speakerOf],
  );

  const titles = useMemo(
    () => new Map(state.documents.map((d) => [d.id, d.title])),
    [state.documents],
  );
  const quoteRows = useMemo<QuoteRow[]>(
    () =>
      state.quotes.map((q) => ({
        id: q.id,
        documentId: q.documentId,
        text: q.selector.quote.exact,
        speaker: speakerOf(q.id),
        kind: q.kind,
        cue: q.cue,
        article: titles.get(q.documentId) ?? '',
        position: q.selector.position.start,
      })),
    [state.quotes, speakerOf, titles],
  );

  return { spans, panelSpans, textSpans, annotationsById, claimsById, describe, quoteRows, titles };
}
