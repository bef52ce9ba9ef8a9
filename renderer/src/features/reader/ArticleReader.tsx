// The article reader: renders the canonical text block by block as plain text runs (never as
// HTML), highlights quotes and highlights (overlapping or nested), reports the analyst's
// selection as text offsets, and scrolls to a span on request.
import { forwardRef, memo, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import type { WorkbenchDocument } from '../../../../shared/domain/schema';
import '../claims/claims.css';
import { patchRuns, runSpecs } from './block-runs';
import type { RunNode } from './block-runs';
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

const Block = memo(function Block(props: BlockProps) {
  const { kind, index, start, end, text, spans, byId, selectedId, describe } = props;
  const ref = useRef<HTMLParagraphElement & HTMLHeadingElement>(null);
  const runs = useRef<RunNode[]>([]);
  const segments = useMemo(() => segmentBlock(start, end, spans), [start, end, spans]);
  // The runs are written straight into the block before paint (see block-runs.ts for why); React
  // owns the block element and never renders children into it.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // A block that changed between heading and paragraph is a new element: start afresh.
    const prev = runs.current[0]?.el.parentNode === el ? runs.current : [];
    runs.current = patchRuns(el, prev, runSpecs(segments, byId, selectedId, describe), text);
  }, [segments, byId, selectedId, describe, text]);
  return kind === 'heading' ? (
    <h2 ref={ref} className="article-heading" data-block={index} />
  ) : (
    <p ref={ref} className="article-paragraph" data-block={index} />
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

const Reader = forwardRef<ReaderHandle, Props>(function ArticleReader(
  { document: doc, spans, selectedId, describe, onSelect },
  ref,
) {
  const rootRef = useRef<HTMLElement>(null);
  // The last selection made inside the article survives a click on a toolbar button.
  const lastSelection = useRef<{ start: number; end: number } | null>(null);
  const byId = useMemo(() => new Map(spans.map((s) => [s.id, s])), [spans]);
  // A span's hover text is asked for by every run it covers; work it out once per span.
  const describeOnce = useMemo(() => {
    const cache = new Map<string, string>();
    return (id: string) => {
      let text = cache.get(id);
      if (text === undefined) {
        text = describe(id);
        cache.set(id, text);
      }
      return text;
    };
  }, [describe]);
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
      {doc.blocks.map((block, index) => {
        const blockSpans = perBlock[index] ?? NO_SPANS;
        return (
          <Block
            key={block.start}
            kind={block.kind}
            index={index}
            start={block.start}
            end={block.end}
            text={doc.text}
            spans={blockSpans}
            byId={byId}
            // Only the blocks the selected span touches change when the selection moves.
            selectedId={
              selectedId !== null && blockSpans.some((s) => s.id === selectedId) ? selectedId : null
            }
            describe={describeOnce}
          />
        );
      })}
    </article>
  );
});

// Memoised: the side panel's deferred render re-renders the app a frame after an article opens,
// and the reader's props have not changed by then.
export const ArticleReader = memo(Reader);
