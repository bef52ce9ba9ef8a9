// The article reader: renders the canonical text block by block as plain text runs (never as
// HTML), highlights quotes, reports the analyst's selection as text offsets, and scrolls to a
// quote on request.
import { forwardRef, memo, useImperativeHandle, useMemo, useRef } from 'react';
import type { Quote, WorkbenchDocument } from '../../../../shared/domain/schema';
import { segmentBlock } from './segments';
import { selectionToOffsets } from './selection-offsets';

export interface ReaderHandle {
  /** The current selection in text offsets, or null when nothing in the article is selected. */
  selection(): { start: number; end: number } | null;
  /** Scrolls the quote into view and focuses it; false when it is not rendered. */
  reveal(quoteId: string): boolean;
  focus(): void;
}

interface Props {
  document: WorkbenchDocument;
  quotes: readonly Quote[];
  selectedQuoteId: string | null;
  speakerOf: (quoteId: string) => string;
  onSelectQuote: (quoteId: string) => void;
  onKeyDown?: (event: React.KeyboardEvent<HTMLElement>) => void;
}

interface BlockProps {
  kind: 'heading' | 'paragraph';
  index: number;
  start: number;
  end: number;
  text: string;
  spans: readonly { id: string; start: number; end: number }[];
  selectedQuoteId: string | null;
  speakerOf: (quoteId: string) => string;
}

const Block = memo(function Block({
  kind,
  index,
  start,
  end,
  text,
  spans,
  selectedQuoteId,
  speakerOf,
}: BlockProps) {
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
    const selected = selectedQuoteId !== null && seg.spanIds.includes(selectedQuoteId);
    return (
      <mark
        key={seg.start}
        data-offset={seg.start}
        data-quote-ids={seg.spanIds.join(' ')}
        data-quote-id={innermost}
        data-depth={Math.min(seg.spanIds.length, 3)}
        tabIndex={-1}
        className={selected ? 'quote-mark selected' : 'quote-mark'}
        title={`Quote by ${speakerOf(innermost)}`}
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

export const ArticleReader = forwardRef<ReaderHandle, Props>(function ArticleReader(
  { document: doc, quotes, selectedQuoteId, speakerOf, onSelectQuote, onKeyDown },
  ref,
) {
  const rootRef = useRef<HTMLElement>(null);
  // The last selection made inside the article survives a click on a toolbar button.
  const lastSelection = useRef<{ start: number; end: number } | null>(null);

  const spans = useMemo(
    () =>
      quotes.map((q) => ({
        id: q.id,
        start: q.selector.position.start,
        end: q.selector.position.end,
      })),
    [quotes],
  );

  useImperativeHandle(
    ref,
    () => ({
      selection() {
        const root = rootRef.current;
        if (!root) return null;
        const live = selectionToOffsets(root, window.getSelection(), doc.text.length);
        return live ?? lastSelection.current;
      },
      reveal(quoteId) {
        const mark = rootRef.current?.querySelector<HTMLElement>(
          `mark[data-quote-ids~="${CSS.escape(quoteId)}"]`,
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
    if (root)
      lastSelection.current = selectionToOffsets(root, window.getSelection(), doc.text.length);
  };

  return (
    <article
      ref={rootRef}
      className="article"
      aria-label={`Article: ${doc.title}`}
      tabIndex={0}
      onMouseUp={rememberSelection}
      onKeyUp={rememberSelection}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        const mark = (event.target as Element).closest?.('mark[data-quote-id]');
        const id = mark?.getAttribute('data-quote-id');
        if (id && window.getSelection()?.isCollapsed !== false) onSelectQuote(id);
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
          spans={spans}
          selectedQuoteId={selectedQuoteId}
          speakerOf={speakerOf}
        />
      ))}
    </article>
  );
});
