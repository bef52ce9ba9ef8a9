// Find in article (Ctrl/Cmd+F): a bar over the reader's top-right corner with the query, "3 of
// 12", previous and next. Matches are painted with the CSS Custom Highlight API over the reader's
// own text nodes (highlight-ranges.ts), so the article's markup, quotes and highlights are never
// touched; many matches are painted only near the view (match-painter.ts). The current match is
// scrolled into view. Escape closes it and returns to the article.
import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { WorkbenchDocument } from '../../../../shared/domain/schema';
import { formatCount } from '../../../../shared/text/plural';
import { findMatches, nearestMatch, prepareText } from './text-match';
import type { TextMatch } from './text-match';
import { clearMatches, renderedRuns } from './highlight-ranges';
import { matchPainter, PAINT_ALL_UP_TO } from './match-painter';
import type { MatchPainter } from './match-painter';
import { revealRange } from './reveal';
import './find.css';

export interface FindHandle {
  /** Shows the bar (or, when shown, focuses it again) with its query selected. */
  open(): void;
}

interface Props {
  document: Pick<WorkbenchDocument, 'id' | 'text' | 'blocks'>;
  /** The rendered article element whose text runs are searched, or null while there is none. */
  articleRoot: () => HTMLElement | null;
  /** After the bar closed: puts focus back in the article. */
  onClose: () => void;
}

const NO_MATCHES: TextMatch[] = [];

export const FindBar = forwardRef<FindHandle, Props>(function FindBar(
  { document: doc, articleRoot, onClose },
  ref,
) {
  const [open, setOpen] = useState(false);
  // Bumped by every open(), so a second Ctrl/Cmd+F focuses the field again.
  const [opened, setOpened] = useState(0);
  const [query, setQuery] = useState('');
  // Bumped when the reader rewrote its runs (an edit, another article), so ranges are rebuilt.
  const [domVersion, setDomVersion] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useImperativeHandle(ref, () => ({
    open() {
      setOpen(true);
      setOpened((n) => n + 1);
    },
  }));

  // Folding the text costs a pass over the article: once per article, and only while finding.
  const prepared = useMemo(
    () => (open ? prepareText(doc.text, doc.blocks) : null),
    [open, doc.text, doc.blocks],
  );
  const matches = useMemo(
    () => (prepared ? findMatches(prepared, query) : NO_MATCHES),
    [prepared, query],
  );
  // The current match belongs to one list of matches; a new list starts at the match nearest
  // where the last current one was, so typing another letter does not jump back to the top.
  const [step, setStep] = useState<{ matches: TextMatch[]; index: number }>({
    matches: NO_MATCHES,
    index: 0,
  });
  const lastStart = useRef(0);
  const index = step.matches === matches ? step.index : nearestMatch(matches, lastStart.current);
  const move = (by: 1 | -1) => {
    if (matches.length === 0) return;
    setStep({ matches, index: (index + by + matches.length) % matches.length });
  };

  useLayoutEffect(() => {
    if (!open) return;
    input.current?.focus();
    input.current?.select();
  }, [open, opened]);

  // The reader writes its runs itself (block-runs.ts): watch the article for rewrites.
  useEffect(() => {
    const root = open ? articleRoot() : null;
    if (!root) return;
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setDomVersion((v) => v + 1));
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [open, articleRoot, doc.id]);

  // The painter (and its ranges) is remade when the matches or the article's runs changed, and
  // repaints when the current match moved; the view scrolls only for a new current match, not
  // for a rewrite.
  const painter = useRef<{ matches: TextMatch[]; dom: number; paint: MatchPainter } | null>(null);
  const shown = useRef<{ matches: TextMatch[]; index: number } | null>(null);
  useLayoutEffect(() => {
    const root = open ? articleRoot() : null;
    if (!root || matches.length === 0) {
      clearMatches();
      painter.current = null;
      return;
    }
    if (painter.current?.matches !== matches || painter.current.dom !== domVersion) {
      painter.current = {
        matches,
        dom: domVersion,
        paint: matchPainter(root.ownerDocument, renderedRuns(root), matches),
      };
    }
    const paint = painter.current.paint;
    lastStart.current = matches[index]?.start ?? 0;
    if (shown.current?.matches !== matches || shown.current.index !== index) {
      shown.current = { matches, index };
      const range = paint.range(index);
      if (range) revealRange(root, range);
    }
    // After the reveal, so what is painted is what is near the view it scrolled to.
    paint.paint(index);
  }, [open, articleRoot, matches, index, domVersion]);

  // Painted only near the view: repaint, once a frame, as any pane scrolls or the window resizes.
  useEffect(() => {
    if (!open || matches.length <= PAINT_ALL_UP_TO) return;
    let frame = 0;
    const onMove = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const now = shown.current;
        if (now && painter.current?.matches === now.matches) painter.current.paint.paint(now.index);
      });
    };
    const options = { capture: true, passive: true };
    window.addEventListener('scroll', onMove, options);
    window.addEventListener('resize', onMove);
    return () => {
      window.removeEventListener('scroll', onMove, options);
      window.removeEventListener('resize', onMove);
      cancelAnimationFrame(frame);
    };
  }, [open, matches]);

  useEffect(() => clearMatches, []);

  if (!open) return null;

  const close = () => {
    setOpen(false);
    onClose();
  };
  const count =
    query.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${formatCount(index + 1)} of ${formatCount(matches.length)}`;

  return (
    <div className="find-layer">
      <div className="find-bar" role="search" aria-label="Find in article">
        <input
          ref={input}
          type="search"
          aria-label="Find in article"
          placeholder="Find in article"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              move(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
        />
        <span className="find-count" role="status">
          {count}
        </span>
        <button
          type="button"
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
          disabled={matches.length === 0}
          onClick={() => move(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label="Next match"
          title="Next match (Enter)"
          disabled={matches.length === 0}
          onClick={() => move(1)}
        >
          ↓
        </button>
        <button type="button" aria-label="Close find" title="Close (Escape)" onClick={close}>
          ×
        </button>
      </div>
    </div>
  );
});
