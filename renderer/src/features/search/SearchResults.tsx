// The Search view's results: groups by kind with their exact counts, each hit a head line and a
// snippet with the hits marked. An answer draws its first screenful of rows, and more as the list
// is scrolled (or the keyboard moves) towards its end: a keystroke lays out and paints about a
// dozen rows instead of up to 150, most of which nobody scrolls to.
import { memo, startTransition, useEffect, useRef, useState } from 'react';
import type { SearchGroup, SearchHit } from '../../../../shared/ipc/channels/search';
import type { SearchAnswer } from './useSearch';

/** Rows an answer draws at first: more than fill a 900 px tall window. */
export const FIRST_ROWS = 15;
/** Rows added each time the end of the drawn rows comes near the view. */
const MORE_ROWS = 30;

export const GROUP_NAMES: Record<SearchGroup['kind'], [string, string]> = {
  passage: ['passage', 'passages'],
  quote: ['quote', 'quotes'],
  claim: ['claim', 'claims'],
  source: ['source', 'sources'],
  note: ['note', 'notes'],
};
const SUBKIND_LABELS: Record<SearchHit['subkind'], string> = {
  paragraph: 'Passage',
  quote: 'Quote',
  claim: 'Claim',
  source: 'Source',
  memo: 'Memo',
  highlight: 'Highlight note',
  tag: 'Tag',
};

export const optionId = (hit: SearchHit) => `search-hit-${hit.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

interface Props {
  answer: SearchAnswer | null;
  active: number;
  /** Both take the hit's index in the answer's flattened hits; they must be stable. */
  onPoint: (index: number) => void;
  onOpen: (index: number) => void;
}

export const SearchResults = memo(function SearchResults({
  answer,
  active,
  onPoint,
  onOpen,
}: Props) {
  // How many rows are drawn, for the answer they were counted for: a new answer starts again.
  const [drawn, setDrawn] = useState<{ answer: unknown; rows: number }>({
    answer: null,
    rows: FIRST_ROWS,
  });
  const rows = Math.max(drawn.answer === answer ? drawn.rows : FIRST_ROWS, active + 1);
  const total = answer?.groups.reduce((n, g) => n + g.hits.length, 0) ?? 0;
  const sentinel = useRef<HTMLDivElement>(null);

  // Near the end of the drawn rows (or at once, when they do not fill the view): draw more. The
  // observer reports after the frame is laid out, so the first rows are painted before more come.
  useEffect(() => {
    const end = sentinel.current;
    if (!end || rows >= total) return;
    // Without an observer (an old engine, jsdom) everything is drawn.
    if (typeof IntersectionObserver === 'undefined') {
      startTransition(() => setDrawn({ answer, rows: total }));
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          startTransition(() => setDrawn({ answer, rows: rows + MORE_ROWS }));
        }
      },
      { root: end.parentElement, rootMargin: '0px 0px 400px 0px' },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [answer, rows, total]);

  if (!answer) return null;
  let budget = rows;
  let index = 0;
  const groups = answer.groups
    .filter((g) => g.count > 0)
    .map((group) => {
      const first = index;
      index += group.hits.length;
      const shown = group.hits.slice(0, Math.max(0, budget));
      budget -= shown.length;
      // A group none of whose rows are drawn yet waits (the status line counts it meanwhile).
      if (shown.length === 0) return null;
      const [, name] = GROUP_NAMES[group.kind];
      return (
        <section key={group.kind} role="group" aria-label={name}>
          <h2 className="search-group-title">
            {name[0]!.toUpperCase() + name.slice(1)}{' '}
            <span className="search-count">{group.count}</span>
            {group.count > group.hits.length && (
              <span className="search-more"> (showing the first {group.hits.length})</span>
            )}
          </h2>
          {shown.map((hit, i) => (
            <HitRow
              key={hit.id}
              hit={hit}
              index={first + i}
              active={first + i === active}
              onPoint={onPoint}
              onOpen={onOpen}
            />
          ))}
        </section>
      );
    });
  return (
    <>
      {groups}
      {rows < total && <div ref={sentinel} className="search-sentinel" aria-hidden="true" />}
    </>
  );
});

interface RowProps {
  hit: SearchHit;
  index: number;
  active: boolean;
  onPoint: (index: number) => void;
  onOpen: (index: number) => void;
}

/** Two answers' hits that draw the same row (the next keystroke often finds the same hits). */
export function sameHit(a: SearchHit, b: SearchHit): boolean {
  if (a === b) return true;
  if (
    a.id !== b.id ||
    a.subkind !== b.subkind ||
    a.label !== b.label ||
    a.documentTitle !== b.documentTitle ||
    a.speaker !== b.speaker ||
    a.snippet.length !== b.snippet.length
  ) {
    return false;
  }
  return a.snippet.every((s, i) => s.text === b.snippet[i]!.text && s.hit === b.snippet[i]!.hit);
}

const HitRow = memo(
  function HitRow({ hit, index, active, onPoint, onOpen }: RowProps) {
    const title = hit.label || hit.documentTitle;
    return (
      <div
        id={optionId(hit)}
        role="option"
        aria-selected={active}
        className="search-hit"
        onMouseMove={active ? undefined : () => onPoint(index)}
        onClick={() => onOpen(index)}
      >
        <div className="search-hit-head">
          <span className={`search-kind search-kind-${hit.subkind}`}>
            {SUBKIND_LABELS[hit.subkind]}
          </span>
          {title && <span className="search-hit-title">{title}</span>}
          {hit.speaker && <span className="search-hit-speaker">{hit.speaker}</span>}
          {hit.label && hit.documentTitle && (
            <span className="search-hit-article">{hit.documentTitle}</span>
          )}
        </div>
        <p className="search-snippet">
          {hit.snippet.map((s, i) =>
            s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
          )}
        </p>
      </div>
    );
  },
  (a, b) =>
    a.index === b.index &&
    a.active === b.active &&
    a.onPoint === b.onPoint &&
    a.onOpen === b.onOpen &&
    sameHit(a.hit, b.hit),
);
