// The list of articles in the workspace, each with its outlet and date; choosing one opens it in
// the reader. Only the articles in view are rendered (ui/useLineWindow.ts): at 1,000 articles the
// whole list was 6,000 of the window's 6,500 elements, and creating, styling and laying them out
// was most of the first paint's time.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { plural } from '../../../../shared/text/plural';
import { useLineWindow } from '../../ui/useLineWindow';
import './library.css';

interface Props {
  documents: readonly DocumentSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
}

// A first guess of an entry's height in CSS pixels (a title, outlet and date, the quote count);
// rendered entries are measured. The heading's height above the list, likewise, until measured.
const ENTRY_HEIGHT = 58;
const HEADING_HEIGHT = 29;

export function DocumentList({ documents, openId, onOpen }: Props) {
  const scrollRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The article whose button has focus: kept rendered when scrolled out of view, so focus never
  // sits on an element React removed. Tab and Shift+Tab reach its neighbours through the overscan
  // (the browser scrolls each into view); scrolled far away, Tab goes on to the entries in view.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // Where the list starts in the scrolling nav (below its heading), measured once laid out.
  const [offset, setOffset] = useState(HEADING_HEIGHT);
  // Entry heights depend on what they show, not on the quote counts a refresh brings after each
  // edit: measured heights are kept until an article's title, outlet or date changes.
  const lines = useMemo(
    () =>
      documents
        .map((d) => `${d.id}\u0000${d.title}\u0000${d.outlet}\u0000${d.publishedAt}`)
        .join('\u0001'),
    [documents],
  );
  const keep = focusedId === null ? -1 : documents.findIndex((d) => d.id === focusedId);
  const lineWindow = useLineWindow({
    count: documents.length,
    lines,
    estimate: ENTRY_HEIGHT,
    overscan: 6,
    offset,
    keep,
    // Every entry is a tab stop: Tab and Shift+Tab from the kept one reach its real neighbours.
    keepNeighbours: 1,
    scrollRef,
    measureRef: listRef,
  });

  // After the rows are measured (this effect follows useLineWindow's), so the layout is fresh.
  // Only while the nav is laid out (a folded pane measures 0, and so does jsdom), and only a
  // change of a pixel or more: the offset only decides which entries count as in view. No
  // dependencies: the nav can be shown, or its heading re-wrap, with any commit; it converges, as
  // the heading stays put.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const nav = scrollRef.current;
    const list = listRef.current;
    if (!nav || !list) return;
    const box = nav.getBoundingClientRect();
    if (box.height === 0) return;
    const top = list.getBoundingClientRect().top - box.top - nav.clientTop + nav.scrollTop;
    if (Math.abs(top - offset) >= 1) setOffset(top);
  });

  return (
    <nav
      className="documents"
      aria-label="Articles"
      ref={scrollRef}
      // Focus that moved elsewhere in the window lets the entry go; focus that left the window
      // (another app) will come back to it.
      onBlur={(e) => {
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) setFocusedId(null);
      }}
    >
      <h2>Articles</h2>
      {documents.length === 0 ? (
        <p className="empty">No articles yet.</p>
      ) : (
        // Entries sit where the whole list would put them; the list keeps its whole height, so
        // the scrollbar stays true. aria-setsize/posinset say where each sits among them all.
        <ul ref={listRef} className="document-entries" style={{ height: lineWindow.total }}>
          {lineWindow.lines.map(({ index, start }) => {
            const doc = documents[index];
            if (!doc) return null;
            return (
              <li
                key={doc.id}
                data-index={index}
                aria-setsize={documents.length}
                aria-posinset={index + 1}
                style={{ transform: `translateY(${start - offset}px)` }}
              >
                <button
                  type="button"
                  aria-current={doc.id === openId ? 'page' : undefined}
                  onClick={() => onOpen(doc.id)}
                  onFocus={() => setFocusedId(doc.id)}
                >
                  <span className="doc-title">{doc.title}</span>
                  {(doc.outlet || doc.publishedAt) && (
                    <span className="doc-source">
                      {doc.outlet}
                      {doc.outlet && doc.publishedAt && ' · '}
                      <span className="doc-date">{doc.publishedAt}</span>
                    </span>
                  )}
                  <span className="doc-meta">{plural(doc.quoteCount, 'quote')}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
