// The side panel: every quote, highlight, claim and evidence span of the open article in text
// order, filtered by kind and tag. Choosing an item reveals it in the text; the selected item is
// edited here.
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Annotation, Tag } from '../../../../shared/domain/annotations';
import type { Claim } from '../../../../shared/domain/claims';
import type { ReaderSpan } from '../reader/spans';
import { HighlightEditor } from './HighlightEditor';
import { ItemHistory } from './ItemHistory';

export interface PanelHandle {
  /** Focuses the note of the selected highlight; false when no highlight is selected. */
  focusNote(): boolean;
}

interface Props {
  spans: readonly ReaderSpan[];
  annotations: ReadonlyMap<string, Annotation>;
  claims: ReadonlyMap<string, Claim>;
  tags: readonly Tag[];
  selectedId: string | null;
  describe: (spanId: string) => string;
  onSelect: (spanId: string) => void;
  onDelete: (span: ReaderSpan) => void;
  onChanged: () => void;
  reportError: (message: string) => void;
  /** Changes when the workspace did; the selected item's history reloads with it. */
  version: number;
  /** Shown above the list: the review queue after a re-import. */
  children?: React.ReactNode;
  /** Details of a selected quote (its attributions and credibility). */
  renderQuoteDetail?: (quoteId: string) => React.ReactNode;
  /** Details of a claim, shown when the claim or one of its evidence spans is selected. */
  renderClaimDetail?: (claimId: string) => React.ReactNode;
}

type KindFilter = 'all' | ReaderSpan['kind'];

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

function swatchClass(s: ReaderSpan): string {
  if (s.kind === 'quote') return 'swatch-quote';
  if (s.kind === 'claim') return 'swatch-claim';
  if (s.kind === 'evidence') return 'swatch-evidence';
  return `hl-${s.color}`;
}

/** Height of one row of the list, in CSS pixels; matches .virtual-row in styles.css. */
const ROW_HEIGHT = 64;

export const AnnotationsPanel = forwardRef<PanelHandle, Props>(function AnnotationsPanel(
  {
    spans,
    annotations,
    claims,
    tags,
    selectedId,
    describe,
    onSelect,
    onDelete,
    onChanged,
    reportError,
    renderQuoteDetail,
    renderClaimDetail,
    children,
    version,
  },
  ref,
) {
  const [kind, setKind] = useState<KindFilter>('all');
  const [tagId, setTagId] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagNames = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);

  useImperativeHandle(ref, () => ({
    focusNote() {
      if (!noteRef.current) return false;
      noteRef.current.focus();
      return true;
    },
  }));

  const tagsOf = (s: ReaderSpan) =>
    s.kind === 'highlight'
      ? annotations.get(s.id)?.tagIds
      : s.kind === 'claim'
        ? claims.get(s.id)?.tagIds
        : undefined;
  const visible = spans.filter(
    (s) =>
      (kind === 'all' || s.kind === kind) &&
      (tagId === '' || (tagsOf(s)?.includes(tagId) ?? false)),
  );
  const selected = spans.find((s) => s.id === selectedId) ?? null;

  // Only the rows in view are rendered: an article can carry thousands of annotations, and
  // laying out every row was most of the time it took to open one (see npm run bench).
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    // Rows have a fixed height (CSS), so nothing needs measuring.
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const selectedIndex = visible.findIndex((s) => s.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  const selectedAnnotation = selected ? annotations.get(selected.id) : undefined;

  return (
    <aside className="annotations-panel" aria-label="Annotations">
      <div className="panel-toolbar">
        <h2>Annotations</h2>
        <select
          aria-label="Show"
          value={kind}
          onChange={(e) => setKind(e.target.value as KindFilter)}
        >
          <option value="all">All</option>
          <option value="quote">Quotes</option>
          <option value="highlight">Highlights</option>
          <option value="claim">Claims</option>
          <option value="evidence">Evidence</option>
        </select>
        <select aria-label="Filter by tag" value={tagId} onChange={(e) => setTagId(e.target.value)}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {children}
      <div className="annotation-scroll" ref={scrollRef}>
        <ol
          className="annotation-list"
          aria-label="Annotations in text order"
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const s = visible[item.index]!;
            const annotation = annotations.get(s.id);
            return (
              <li
                key={s.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="virtual-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <button
                  type="button"
                  className={`annotation-item kind-${s.kind}${s.id === selectedId ? ' selected' : ''}`}
                  aria-current={s.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(s.id)}
                >
                  <span className={`swatch ${swatchClass(s)}`} aria-hidden="true" />
                  <span className="annotation-text">{s.exact}</span>
                  <span className="annotation-meta">
                    {s.kind === 'highlight' ? annotation?.note || 'Highlight' : describe(s.id)}
                    {s.needsReview ? ' · needs review' : ''}
                  </span>
                  {annotation && annotation.tagIds.length > 0 && (
                    <span className="annotation-tags">
                      {annotation.tagIds.map((id) => tagNames.get(id)?.name ?? '').join(', ')}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
          {visible.length === 0 && (
            <li className="empty">
              {spans.length === 0
                ? 'Nothing marked yet. Select text, then press H to highlight or Q to mark a quote.'
                : 'Nothing matches the filter.'}
            </li>
          )}
        </ol>
      </div>
      {selected && (
        <section className="annotation-detail" aria-label="Selected annotation">
          {selected.claimId !== null ? (
            renderClaimDetail?.(selected.claimId)
          ) : selectedAnnotation ? (
            <HighlightEditor
              key={selectedAnnotation.id + selectedAnnotation.updatedAt}
              annotation={selectedAnnotation}
              tags={tags}
              noteRef={noteRef}
              onSaved={onChanged}
              reportError={reportError}
            />
          ) : (
            <>
              <p className="field-hint">{describe(selected.id)}</p>
              {renderQuoteDetail?.(selected.id)}
            </>
          )}
          {selected.claimId === null && (
            <ItemHistory
              collection={HISTORY_COLLECTION[selected.kind]}
              id={selected.id}
              version={version}
            />
          )}
          <button type="button" className="danger" onClick={() => onDelete(selected)}>
            {DELETE_LABELS[selected.kind]}
          </button>
        </section>
      )}
    </aside>
  );
});
