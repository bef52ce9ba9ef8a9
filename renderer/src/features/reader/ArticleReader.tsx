// The article reader: renders the canonical text block by block as plain text runs (never as
// HTML), highlights quotes and highlights (overlapping or nested), reports the analyst's
// selection as text offsets, and scrolls to a span on request. Above the article, a button
// opens the form that edits its metadata.
import {
  forwardRef,
  memo,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { WorkbenchDocument } from '../../../../shared/domain/schema';
import '../claims/claims.css';
import '../documents/library.css';
import './marks.css';
import { Legend } from '../../ui/Legend';
import { ArticleDetailsForm, metadataKey } from '../documents/ArticleDetailsForm';
import { patchRuns, runSpecs } from './block-runs';
import type { RunNode } from './block-runs';
import { segmentBlock } from './segments';
import {
  caretOffset,
  firstOffsetBelow,
  offsetsToRange,
  selectionToOffsets,
} from './selection-offsets';
import type { ReaderSpan } from './spans';
import { scrollIntoView, visibleTop } from './viewport';

export interface ReaderHandle {
  /** The current selection in text offsets, or null when nothing in the article is selected. */
  selection(): { start: number; end: number } | null;
  /** The caret's offset in the article, or when there is none, the first text in view. */
  caret(): number;
  /** Makes [start, end) the window's selection and scrolls it into view; false when nothing of
   * it is rendered. */
  select(range: { start: number; end: number }): boolean;
  /** Scrolls the span into view and focuses it; false when it is not rendered. */
  reveal(spanId: string): boolean;
  focus(): void;
  /** The article element, for layers drawn over its text (suggestion outlines); null if none. */
  element(): HTMLElement | null;
}

interface Props {
  document: WorkbenchDocument;
  spans: readonly ReaderSpan[];
  selectedId: string | null;
  /** The hover text of a span: "Quote by Steve Witkoff (C)", a highlight's note. */
  describe: (spanId: string) => string;
  onSelect: (spanId: string) => void;
  /** After the article's details were saved; must be stable across renders (the reader is
   * memoised). */
  onDetailsSaved: () => void;
}

type BlockKind = WorkbenchDocument['blocks'][number]['kind'];

interface BlockProps {
  kind: BlockKind;
  index: number;
  /** The page this block starts, shown in the margin; undefined when it starts none. */
  page: number | undefined;
  start: number;
  end: number;
  text: string;
  spans: readonly ReaderSpan[];
  byId: ReadonlyMap<string, ReaderSpan>;
  selectedId: string | null;
  describe: (spanId: string) => string;
}

const Block = memo(function Block(props: BlockProps) {
  const { kind, index, page, start, end, text, spans, byId, selectedId, describe } = props;
  const ref = useRef<HTMLParagraphElement & HTMLHeadingElement & HTMLQuoteElement>(null);
  const runs = useRef<RunNode[]>([]);
  const segments = useMemo(() => segmentBlock(start, end, spans), [start, end, spans]);
  // The runs are written straight into the block before paint (see block-runs.ts for why); React
  // owns the block element and never renders children into it.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // A block that changed kind (heading, paragraph…) is a new element: start afresh.
    const prev = runs.current[0]?.el.parentNode === el ? runs.current : [];
    runs.current = patchRuns(el, prev, runSpecs(segments, byId, selectedId, describe), text);
  }, [segments, byId, selectedId, describe, text]);
  // The element holds nothing but the runs (patchRuns); a page marker is CSS generated content
  // from data-page, which is no DOM text, so selections and their offsets never include it.
  const attrs = { ref, 'data-block': index, 'data-page': page };
  switch (kind) {
    case 'heading':
      return <h2 {...attrs} className="article-heading" />;
    case 'paragraph':
      return <p {...attrs} className="article-paragraph" />;
    case 'quote':
      return <blockquote {...attrs} className="article-quote" />;
    case 'list-item':
      // A paragraph shown with a bullet (CSS display: list-item), not a <ul>: each block stays
      // one element of runs, and consecutive items need no grouping.
      return <p {...attrs} className="article-list-item" />;
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown block kind: ${String(unknown)}`);
    }
  }
});

/** For each block, the page it starts when it is the first block on that page, else undefined. */
export function pageStarts(
  blocks: readonly { page?: number | undefined }[],
): (number | undefined)[] {
  let last: number | undefined;
  return blocks.map(({ page }) => {
    if (page === undefined || page === last) return undefined;
    last = page;
    return page;
  });
}

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
  { document: doc, spans, selectedId, describe, onSelect, onDetailsSaved },
  ref,
) {
  // The article whose details form is open; another article opens with the form closed.
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = editingId === doc.id;
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
  const pages = useMemo(() => pageStarts(doc.blocks), [doc.blocks]);
  const meta = [doc.outlet, doc.authors.join(', '), doc.publishedAt, doc.language].filter(Boolean);

  useImperativeHandle(
    ref,
    () => ({
      selection() {
        const root = rootRef.current;
        if (!root) return null;
        const live = selectionToOffsets(root, window.getSelection(), doc.text.length);
        return live ?? lastSelection.current;
      },
      caret() {
        const root = rootRef.current;
        if (!root) return 0;
        return (
          caretOffset(root, window.getSelection(), doc.text.length) ??
          firstOffsetBelow(root, visibleTop(root))
        );
      },
      select({ start, end }) {
        const root = rootRef.current;
        const range = root && offsetsToRange(root, start, end);
        const selection = window.getSelection();
        if (!range || !selection) return false;
        selection.removeAllRanges();
        selection.addRange(range);
        lastSelection.current = selectionToOffsets(root, selection, doc.text.length);
        scrollIntoView(root, range);
        return true;
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
      element() {
        return rootRef.current;
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
    <>
      {/* Outside the <article>: it holds only the text and its header, so selections, clicks and
          the reader's keys never meet the form's controls. */}
      <div className="article-tools">
        <Legend />
        <button
          type="button"
          aria-expanded={editing}
          onClick={() => setEditingId(editing ? null : doc.id)}
        >
          Edit details
        </button>
      </div>
      {editing && (
        <div className="reader-details">
          <ArticleDetailsForm
            key={metadataKey(doc)}
            document={doc}
            onSaved={() => {
              setEditingId(null);
              onDetailsSaved();
            }}
            onCancel={() => setEditingId(null)}
          />
        </div>
      )}
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
          <p className="article-meta">{meta.length > 0 ? meta.join(' · ') : doc.fileName}</p>
          {/* Plain text to read and copy: the workbench is offline and never follows a link. */}
          {doc.url && <p className="article-url">{doc.url}</p>}
        </header>
        {doc.blocks.map((block, index) => {
          const blockSpans = perBlock[index] ?? NO_SPANS;
          return (
            <Block
              key={block.start}
              kind={block.kind}
              index={index}
              page={pages[index]}
              start={block.start}
              end={block.end}
              text={doc.text}
              spans={blockSpans}
              byId={byId}
              // Only the blocks the selected span touches change when the selection moves.
              selectedId={
                selectedId !== null && blockSpans.some((s) => s.id === selectedId)
                  ? selectedId
                  : null
              }
              describe={describeOnce}
            />
          );
        })}
      </article>
    </>
  );
});

// Memoised: the side panel's deferred render re-renders the app a frame after an article opens,
// and the reader's props have not changed by then.
export const ArticleReader = memo(Reader);
