// Opens an article at a range of its text: waits until the article is open and rendered, selects
// the range (which scrolls it into view) and flashes it with a CSS custom highlight, which paints
// over the text without touching the reader's DOM, quotes or highlights.
import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { ReaderHandle } from '../reader/ArticleReader';

/** The name of the flash in CSS: `::highlight(search-flash)`. */
export const FLASH_NAME = 'search-flash';
const FLASH_MS = 1_600;

interface Pending {
  documentId: string;
  range: { start: number; end: number };
}

/** Paints the window's current selection as the flash for a moment. */
function flashSelection(): void {
  const selection = window.getSelection();
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)
    ?.highlights;
  if (!selection || selection.rangeCount === 0 || !registry || typeof Highlight === 'undefined')
    return;
  const range = selection.getRangeAt(0).cloneRange();
  // select() scrolls the range just into view; the passage reads better in the middle.
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  registry.set(FLASH_NAME, new Highlight(range));
  setTimeout(() => registry.delete(FLASH_NAME), FLASH_MS);
}

/**
 * `showRange(documentId, range)` opens the article (through `open`) and reveals the range once the
 * reader shows that article; `openDocumentId` is the article the reader shows now.
 */
export function useRevealRange(
  reader: RefObject<ReaderHandle | null>,
  openDocumentId: string | null,
  open: (documentId: string) => void,
) {
  const [pending, setPending] = useState<Pending | null>(null);

  const showRange = useCallback(
    (documentId: string, range: { start: number; end: number }) => {
      setPending({ documentId, range });
      if (openDocumentId !== documentId) open(documentId);
    },
    [openDocumentId, open],
  );

  useEffect(() => {
    if (!pending || pending.documentId !== openDocumentId) return;
    // The reader renders the article on a later frame; try until it has the range in its DOM.
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      if (reader.current?.select(pending.range)) {
        flashSelection();
        setPending(null);
      } else if (++tries < 60) frame = requestAnimationFrame(attempt);
      else setPending(null);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [pending, openDocumentId, reader]);

  return showRange;
}
