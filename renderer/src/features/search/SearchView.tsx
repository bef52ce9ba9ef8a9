// The Search view: one box that searches the whole workspace (article text, quotes, claims,
// sources, notes), results grouped by kind with their counts and a snippet marking the hits.
// Arrow keys move through the results from the box, Enter opens one; the query stays until cleared.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchGroup, SearchHit } from '../../../../shared/ipc/channels/search';
import { plural } from '../../../../shared/text/plural';
import type { HitTargets } from './open-hit';
import { openHit } from './open-hit';
import { useSearch } from './useSearch';
import './search.css';

interface Props extends HitTargets {
  version: number;
  reportError: (message: string) => void;
}

const GROUP_NAMES: Record<SearchGroup['kind'], [string, string]> = {
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
const HINT =
  'Words find their beginnings and forgive typos; "exact phrase"; -word to leave out; filters: speaker: source: tag: status: kind: outlet: article: before: after: grade:';

const optionId = (hit: SearchHit) => `search-hit-${hit.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function SearchView(props: Props) {
  const { version, reportError } = props;
  const { query, setQuery, answer, busy } = useSearch(version, reportError);
  const input = useRef<HTMLInputElement>(null);
  // The active result, remembered with the answer it belongs to: a new answer starts at the top.
  const [pointed, setPointed] = useState<{ answer: unknown; index: number }>({
    answer: null,
    index: 0,
  });
  const active = pointed.answer === answer ? pointed.index : 0;
  const setActive = (next: (i: number) => number) => setPointed({ answer, index: next(active) });
  const hits = useMemo(() => answer?.groups.flatMap((g) => g.hits) ?? [], [answer]);
  const total = answer?.groups.reduce((n, g) => n + g.count, 0) ?? 0;

  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    const hit = hits[active];
    if (hit) document.getElementById(optionId(hit))?.scrollIntoView({ block: 'nearest' });
  }, [active, hits]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        e.preventDefault();
        openHit(hit, props);
      }
    } else if (e.key === 'Escape' && query !== '') {
      e.preventDefault();
      setQuery('');
    }
  };

  // The results as they were while only the box changed: a keystroke re-renders the box, and the
  // hits (up to 150 rows with their snippets) only when their answer or the active one changes.
  const groups = useMemo(
    () =>
      answer?.groups
        .filter((g) => g.count > 0)
        .map((group) => (
          <section key={group.kind} role="group" aria-label={GROUP_NAMES[group.kind][1]}>
            <h2 className="search-group-title">
              {GROUP_NAMES[group.kind][1][0]!.toUpperCase() + GROUP_NAMES[group.kind][1].slice(1)}{' '}
              <span className="search-count">{group.count}</span>
              {group.count > group.hits.length && (
                <span className="search-more"> (showing the first {group.hits.length})</span>
              )}
            </h2>
            {group.hits.map((hit) => {
              const index = hits.indexOf(hit);
              return (
                <HitRow
                  key={hit.id}
                  hit={hit}
                  active={index === active}
                  onPoint={() => setActive(() => index)}
                  onOpen={() => openHit(hit, props)}
                />
              );
            })}
          </section>
        )),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answer, hits, active, props],
  );

  const status = !answer
    ? busy
      ? 'Searching…'
      : ''
    : answer.error
      ? ''
      : total === 0
        ? 'Nothing found.'
        : `${plural(total, 'result')} (${Math.max(1, Math.round(answer.tookMs))} ms)`;

  return (
    <main className="search-view" aria-label="Search">
      <div className="search-box">
        <input
          ref={input}
          type="search"
          className="search-input"
          aria-label="Search everywhere"
          placeholder="Search articles, quotes, claims, sources and notes"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? optionId(hits[active]) : undefined}
          aria-autocomplete="list"
        />
        <button type="button" onClick={() => setQuery('')} disabled={query === ''}>
          Clear
        </button>
        <p className="search-hint">{HINT}</p>
        {answer?.error && (
          <p className="search-error" role="alert">
            {answer.error}
          </p>
        )}
        <p className="search-status" role="status">
          {status}
        </p>
      </div>
      {/* Busy while the results shown answer an earlier text than the box's (the bench waits on it). */}
      <div
        className="search-results"
        id="search-results"
        role="listbox"
        aria-label="Results"
        aria-busy={busy}
      >
        {groups}
      </div>
    </main>
  );
}

function HitRow(p: { hit: SearchHit; active: boolean; onPoint: () => void; onOpen: () => void }) {
  const { hit } = p;
  const title = hit.label || hit.documentTitle;
  return (
    <div
      id={optionId(hit)}
      role="option"
      aria-selected={p.active}
      className="search-hit"
      onMouseMove={p.onPoint}
      onClick={p.onOpen}
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
}
