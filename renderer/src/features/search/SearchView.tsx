// The Search view: one box that searches the whole workspace (article text, quotes, claims,
// sources, notes), results grouped by kind with their counts and a snippet marking the hits, and
// the analyst's saved searches beside. Arrow keys move through the results from the box, Enter
// opens one; the query stays until cleared.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { plural } from '../../../../shared/text/plural';
import type { HitTargets } from './open-hit';
import { openHit } from './open-hit';
import { useSearch } from './useSearch';
import { GROUP_NAMES, SearchResults, optionId } from './SearchResults';
import { SavedSearchesPanel } from './SavedSearchesPanel';
import { SaveSearchForm } from './SaveSearchForm';
import { useSavedSearches } from './useSavedSearches';
import { onSaveRequest, takeSaveRequest } from './save-request';
import './search.css';

interface Props extends HitTargets {
  version: number;
  reportError: (message: string) => void;
}

const HINT =
  'Words find their beginnings and forgive typos; "exact phrase"; -word to leave out; filters: speaker: source: tag: status: kind: outlet: article: before: after: grade:';

export function SearchView(props: Props) {
  const { version, reportError } = props;
  const { query, setQuery, answer, busy } = useSearch(version, reportError);
  const saved = useSavedSearches(reportError);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  // The active result, remembered with the answer it belongs to: a new answer starts at the top.
  // `scroll` is set when the keyboard moved it (the mouse never scrolls the list under itself).
  const [pointed, setPointed] = useState<{ answer: unknown; index: number; scroll: boolean }>({
    answer: null,
    index: 0,
    scroll: false,
  });
  const active = pointed.answer === answer ? pointed.index : 0;
  const hits = useMemo(() => answer?.groups.flatMap((g) => g.hits) ?? [], [answer]);
  const total = answer?.groups.reduce((n, g) => n + g.count, 0) ?? 0;

  // The latest answer and targets for the rows' stable callbacks, so a row re-renders only when
  // its own hit or its active state changes.
  const latest = useRef({ answer, hits, props });
  useEffect(() => {
    latest.current = { answer, hits, props };
  });
  const onPoint = useCallback(
    (index: number) => setPointed({ answer: latest.current.answer, index, scroll: false }),
    [],
  );
  const onOpen = useCallback((index: number) => {
    const hit = latest.current.hits[index];
    if (hit) openHit(hit, latest.current.props);
  }, []);

  const openSaveForm = useCallback(() => {
    if (input.current?.value.trim() === '') {
      reportError('Type a search first, then save it.');
      input.current?.focus();
    } else setSaving(true);
  }, [reportError]);

  const openSave = useRef(openSaveForm);
  useEffect(() => {
    openSave.current = openSaveForm;
  });
  useEffect(() => {
    input.current?.focus();
    // "Save search…" chosen in the palette before this view was open, or while it is.
    if (takeSaveRequest()) openSave.current();
    return onSaveRequest(() => {
      if (takeSaveRequest()) openSave.current();
    });
  }, []);

  // Only a move by the keyboard scrolls, and only as far as needed: scrolling on every answer
  // forced a layout of every row before the frame's own.
  useEffect(() => {
    if (!pointed.scroll) return;
    const hit = latest.current.hits[pointed.index];
    if (hit) document.getElementById(optionId(hit))?.scrollIntoView({ block: 'nearest' });
  }, [pointed]);
  // A new answer is read from the top; the list is scrolled back only if it was scrolled away.
  const scrolledAway = useRef(false);
  useEffect(() => {
    if (scrolledAway.current && results.current) results.current.scrollTop = 0;
    scrolledAway.current = false;
  }, [answer]);

  const run = (text: string) => {
    setQuery(text);
    input.current?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setPointed({ answer, index: (active + step + hits.length) % hits.length, scroll: true });
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

  // Every group's count, also of those whose rows are not drawn yet (below the fold).
  const counted = answer?.groups.filter((g) => g.count > 0) ?? [];
  const byGroup =
    counted.length > 1
      ? `: ${counted.map((g) => plural(g.count, ...GROUP_NAMES[g.kind])).join(', ')}`
      : '';
  const status = !answer
    ? busy
      ? 'Searching…'
      : ''
    : answer.error
      ? ''
      : total === 0
        ? 'Nothing found.'
        : `${plural(total, 'result')}${byGroup} (${Math.max(1, Math.round(answer.tookMs))} ms)`;

  return (
    <main className="search-view" aria-label="Search">
      <SavedSearchesPanel
        saved={saved}
        query={query}
        onRun={run}
        onDeleted={() => input.current?.focus()}
      />
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
        <div className="search-buttons">
          <button type="button" onClick={() => setQuery('')} disabled={query === ''}>
            Clear
          </button>
          <button
            type="button"
            onClick={openSaveForm}
            disabled={query.trim() === ''}
            aria-expanded={saving}
          >
            Save search…
          </button>
        </div>
        {saving && (
          <SaveSearchForm
            query={query}
            save={saved.save}
            onClose={() => {
              setSaving(false);
              input.current?.focus();
            }}
          />
        )}
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
        ref={results}
        className="search-results"
        id="search-results"
        role="listbox"
        aria-label="Results"
        aria-busy={busy}
        onScroll={(e) => {
          scrolledAway.current = e.currentTarget.scrollTop > 0;
        }}
      >
        <SearchResults answer={answer} active={active} onPoint={onPoint} onOpen={onOpen} />
      </div>
    </main>
  );
}
