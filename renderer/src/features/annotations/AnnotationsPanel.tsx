// The annotations list: every quote, highlight, claim and evidence span of the open article in
// text order, filtered by kind and tag. Choosing an item reveals it in the text; the selected item
// is shown and edited in the inspector (layout/Inspector.tsx), a pane of its own.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Annotation, Tag } from '../../../../shared/domain/annotations';
import type { Claim } from '../../../../shared/domain/claims';
import type { ReaderSpan } from '../reader/spans';

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
  /** Shown above the list: the review queue after a re-import. */
  children?: React.ReactNode;
}

type KindFilter = 'all' | ReaderSpan['kind'];

function swatchClass(s: ReaderSpan): string {
  if (s.kind === 'quote') return 'swatch-quote';
  if (s.kind === 'claim') return 'swatch-claim';
  if (s.kind === 'evidence') return 'swatch-evidence';
  return `hl-${s.color}`;
}

/** A first guess at one row's height, in CSS pixels, until the row is measured. */
const ROW_HEIGHT = 64;

export function AnnotationsPanel({
  spans,
  annotations,
  claims,
  tags,
  selectedId,
  describe,
  onSelect,
  children,
}: Props) {
  const [kind, setKind] = useState<KindFilter>('all');
  const [tagId, setTagId] = useState('');
  const tagNames = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);

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
  // Only the rows in view are rendered: an article can carry thousands of annotations, and
  // laying out every row was most of the time it took to open one (see npm run bench).
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser's object is stable while its answers change; nothing here memoises on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    // Rows are measured (measureElement below); this is only the guess before they are.
    estimateSize: () => ROW_HEIGHT,
    // Measurements follow the item, not its position: a new mark shifts every later row down
    // one index, and a size kept by index then belonged to another row (gaps and overlaps).
    getItemKey: (index) => visible[index]?.id ?? index,
    overscan: 10,
  });
  const selectedIndex = visible.findIndex((s) => s.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

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
    </aside>
  );
}
