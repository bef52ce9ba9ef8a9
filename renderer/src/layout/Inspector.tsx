// The inspector: the selected quote, highlight, claim or evidence span in full, on the whole height
// of the right pane, in collapsible sections; below it the open article's memos. The annotations
// list that chooses the item is a pane of its own (AnnotationsPanel).
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Annotation, Tag } from '../../../shared/domain/annotations';
import type { PanelHandle } from '../features/annotations/AnnotationsPanel';
import { HighlightEditor } from '../features/annotations/HighlightEditor';
import { ItemHistory } from '../features/annotations/ItemHistory';
import type { ReaderSpan } from '../features/reader/spans';
import { InspectorSection } from './InspectorSection';

interface Props {
  /** The open article's spans; the selected one is looked up here. */
  spans: readonly ReaderSpan[];
  annotations: ReadonlyMap<string, Annotation>;
  tags: readonly Tag[];
  selectedId: string | null;
  describe: (spanId: string) => string;
  onDelete: (span: ReaderSpan) => void;
  onChanged: () => void;
  reportError: (message: string) => void;
  version: number;
  /** A selected quote's own parts (its attributions), rendered by the caller. */
  renderQuoteDetail: (quoteId: string) => ReactNode;
  /** A claim in full, shown when the claim or one of its evidence spans is selected. */
  renderClaimDetail: (claimId: string) => ReactNode;
  /** Memos on the open article, when one is open. */
  articleMemos: ReactNode;
  /** Further inspector content from other features (e.g. a review queue), shown first. */
  children?: ReactNode;
}

const DELETE_LABELS: Record<ReaderSpan['kind'], string> = {
  quote: 'Delete quote',
  highlight: 'Delete highlight',
  claim: 'Delete claim',
  evidence: 'Remove this evidence',
};
const HISTORY_COLLECTION = {
  quote: 'quotes',
  highlight: 'annotations',
  claim: 'claims',
  evidence: 'claims',
} as const;
const KIND_NAMES: Record<ReaderSpan['kind'], string> = {
  quote: 'Quote',
  highlight: 'Highlight',
  claim: 'Claim',
  evidence: 'Evidence',
};

export const Inspector = forwardRef<PanelHandle, Props>(function Inspector(props, ref) {
  const { spans, annotations, tags, selectedId, describe, version } = props;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({
    focusNote() {
      if (!noteRef.current) return false;
      noteRef.current.focus();
      return true;
    },
  }));

  const selected = spans.find((s) => s.id === selectedId) ?? null;
  // Another item is shown from its top, not at the scroll position of the one before.
  const pane = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    pane.current?.scrollTo?.(0, 0);
  }, [selectedId]);
  const annotation = selected ? annotations.get(selected.id) : undefined;

  return (
    <aside className="inspector" aria-label="Inspector" ref={pane}>
      {props.children}
      {selected ? (
        <section className="annotation-detail" aria-label="Selected annotation">
          {selected.claimId !== null ? (
            props.renderClaimDetail(selected.claimId)
          ) : (
            <>
              <header className="inspector-header">
                <span className="inspector-kind">{KIND_NAMES[selected.kind]}</span>
                <span className="field-hint">{describe(selected.id)}</span>
              </header>
              {annotation ? (
                <InspectorSection kind="details" title="Details">
                  <HighlightEditor
                    key={annotation.id + annotation.updatedAt}
                    annotation={annotation}
                    tags={tags}
                    noteRef={noteRef}
                    onSaved={props.onChanged}
                    reportError={props.reportError}
                  />
                </InspectorSection>
              ) : (
                props.renderQuoteDetail(selected.id)
              )}
              <ItemHistory
                collection={HISTORY_COLLECTION[selected.kind]}
                id={selected.id}
                version={version}
              />
            </>
          )}
          <button type="button" className="danger" onClick={() => props.onDelete(selected)}>
            {DELETE_LABELS[selected.kind]}
          </button>
        </section>
      ) : (
        <p className="empty inspector-empty">
          Select a quote, highlight or claim in the text or in the annotations list to see it here.
        </p>
      )}
      {props.articleMemos}
    </aside>
  );
});
