// The article reader: renders the canonical text block by block as plain text runs (never as
// HTML), highlights quotes and highlights (overlapping or nested), reports the analyst's
// selection as text offsets, and scrolls to a span on request.
import { forwardRef, memo, useImperativeHandle, useMemo, useRef } from 'react';
import type { WorkbenchDocument } from '../../../../shared/domain/schema';
import '../claims/claims.css';
import { segmentBlock } from './segments';
import { selectionToOffsets } from './selection-offsets';
import type { ReaderSpan } from './spans';

export interface ReaderHandle {
  /** The current selection in text offsets, or null when nothing in the article is selected. */
  selection(): { start: number; end: number } | null;
  /** Scrolls the span into view and focuses it; false when it is not rendered. */
  reveal(spanId: string): boolean;
  focus(): void;
}

interface Props {
  document: WorkbenchDocument;
  spans: readonly ReaderSpan[];
  selectedId: string | null;
  /** The hover text of a span: "Quote by Steve Witkoff (C)", a highlight's note. */
  describe: (spanId: string) => string;
  onSelect: (spanId: string) => void;
}

interface BlockProps {
  kind: 'heading' | 'paragraph';
  index: number;
  start: number;
  end: number;
  text: string;
  spans: readonly ReaderSpan[];
  byId: ReadonlyMap<string, ReaderSpan>;
  selectedId: string | null;
  describe: (spanId: string) => string;
}

/** CSS classes of a run: the innermost quote or highlight decides its colour; quotes, claims and
 * evidence add underlines. */
function runClass(
  ids: readonly string[],
  byId: ReadonlyMap<string, ReaderSpan>,
  selected: boolean,
) {
  // One pass over the run's spans (thousands of runs per article). Claims and evidence are
  // drawn as underlines, so the background comes from the innermost quote or highlight.
  let inner: ReaderSpan | undefined;
  let inQuote = false;
  let inClaim = false;
  let review = false;
  let evidence = '';
  for (const id of ids) {
    const span = byId.get(id);
    if (!span) continue;
    if (!inner && (span.kind === 'quote' || span.kind === 'highlight')) inner = span;
    if (span.kind === 'quote') inQuote = true;
    else if (span.kind === 'claim') inClaim = true;
    else if (span.kind === 'evidence') evidence += ` in-evidence-${span.stance}`;
    if (span.needsReview) review = true;
  }
  let classes = 'span-mark';
  if (!inner) classes += ' claim-mark';
  else if (inner.kind === 'quote') classes += ' quote-mark';
  else classes += ` hl-${inner.color ?? 'yellow'}`;
  if (inQuote) classes += ' in-quote';
  if (inClaim) classes += ' in-claim';
  classes += evidence;
  if (review) classes += ' needs-review';
  if (selected) classes += ' selected';
  return classes;
}

const Block = memo(function Block(props: BlockProps) {
  const { kind, index, start, end, text, spans, byId, selectedId, describe } = props;
  const runs = segmentBlock(start, end, spans).map((seg) => {
    const content = text.slice(seg.start, seg.end);
    if (seg.spanIds.length === 0) {
      return (
        <span key={seg.start} data-offset={seg.start}>
          {content}
        </span>
      );
    }
    const innermost = seg.spanIds[0]!;
    const selected = selectedId !== null && seg.spanIds.includes(selectedId);
    return (
      <mark
        key={seg.start}
        data-offset={seg.start}
        data-span-ids={seg.spanIds.join(' ')}
        data-span-id={innermost}
        data-kind={byId.get(innermost)?.kind}
        data-depth={Math.min(seg.spanIds.length, 3)}
        tabIndex={-1}
        className={runClass(seg.spanIds, byId, selected)}
        // Every span over these words, innermost first: a quote that is also a claim shows both.
        title={
          seg.spanIds.length === 1 ? describe(innermost) : seg.spanIds.map(describe).join('\n')
        }
      >
        {content}
      </mark>
    );
  });
  return kind === 'heading' ? (
    <h2 className="article-heading" data-block={index}>
      {runs}
    </h2>
  ) : (
    <p className="article-paragraph" data-block={index}>
      {runs}
    </p>
  );
});

const NO_SPANS: readonly ReaderSpan[] = [];

/** Spans grouped by the blocks they overlap (a span across paragraphs is in each of them). */
export function spansPerBlock(
  blocks: readonly { start: number; end: number }[],
  spans: readonly ReaderSpan[],
): ReaderSpan[][] {
  const out: ReaderSpan[][] = blocks.map(() => []);
  const firstEndingAfter = (offset: number) => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const span of spans) {
    for (
      let i = firstEndingAfter(span.start);
      i < blocks.length && blocks[i]!.start < span.end;
      i++
    ) {
      out[i]!.push(span);
    }
  }
  return out;
}

export const ArticleReader = forwardRef<ReaderHandle, Props>(function ArticleReader(
  { document: doc, spans, selectedId, describe, onSelect },
  ref,
) {
  const rootRef = useRef<HTMLElement>(null);
  // The last selection made inside the article survives a click on a toolbar button.
  const lastSelection = useRef<{ start: number; end: number } | null>(null);
  const byId = useMemo(() => new Map(spans.map((s) => [s.id, s])), [spans]);
  // Each block gets only the spans that touch it, so a block's work does not grow with the
  // whole article's annotations and unchanged blocks skip re-rendering.
  const perBlock = useMemo(() => spansPerBlock(doc.blocks, spans), [doc.blocks, spans]);

  useImperativeHandle(
    ref,
    () => ({
      selection() {
        const root = rootRef.current;
        if (!root) return null;
        const live = selectionToOffsets(root, window.getSelection(), doc.text.length);
        return live ?? lastSelection.current;
      },
      reveal(spanId) {
        const mark = rootRef.current?.querySelector<HTMLElement>(
          `mark[data-span-ids~="${CSS.escape(spanId)}"]`,
        );
        if (!mark) return false;
        mark.scrollIntoView({ block: 'center' });
        mark.focus({ preventScroll: true });
        return true;
      },
      focus() {
        rootRef.current?.focus();
      },
    }),
    [doc.text.length],
  );

  const rememberSelection = () => {
    const root = rootRef.current;
    if (root) {
      lastSelection.current = selectionToOffsets(root, window.getSelection(), doc.text.length);
    }
  };

  return (
    <article
      ref={rootRef}
      className="article"
      aria-label={`Article: ${doc.title}`}
      tabIndex={0}
      onMouseUp={rememberSelection}
      onKeyUp={rememberSelection}
      onClick={(event) => {
        const mark = (event.target as Element).closest?.('mark[data-span-id]');
        const id = mark?.getAttribute('data-span-id');
        if (id && window.getSelection()?.isCollapsed !== false) onSelect(id);
      }}
    >
      <header className="article-header">
        <h1>{doc.title}</h1>
        <p className="article-meta">
          {[doc.outlet, doc.byline, doc.publishedAt].filter(Boolean).join(' · ') || doc.fileName}
        </p>
      </header>
      {doc.blocks.map((block, index) => (
        <Block
          key={block.start}
          kind={block.kind}
          index={index}
          start={block.start}
          end={block.end}
          text={doc.text}
          spans={perBlock[index] ?? NO_SPANS}
          byId={byId}
          selectedId={selectedId}
          describe={describe}
        />
      ))}
    </article>
  );
});
