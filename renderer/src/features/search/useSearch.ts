// The Search view's query and answer: keystrokes are debounced lightly, stale answers are
// dropped, the answer refreshes after edits, and the query outlives the view until cleared.
import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';

export type SearchAnswer = ChannelOutput<'search.query'>;

/** How long typing must pause before the service is asked; short, since it answers quickly. */
export const DEBOUNCE_MS = 80;
/** Hits shown per group. */
export const GROUP_LIMIT = 30;

// The query survives the view being closed and opened again (only one view is mounted at a
// time), until the analyst clears it.
let remembered = '';

export function useSearch(version: number, reportError: (message: string) => void) {
  const [query, setQueryState] = useState(remembered);
  // The answer with the query it answers, so a stale one is never shown as current.
  const [latest, setLatest] = useState<{ query: string; answer: SearchAnswer } | null>(null);
  const asked = useRef(0);

  const setQuery = (text: string) => {
    remembered = text;
    setQueryState(text);
  };

  useEffect(() => {
    const ticket = ++asked.current;
    if (query.trim() === '') return;
    const timer = setTimeout(() => {
      void call('search.query', { query, limit: GROUP_LIMIT }).then((result) => {
        // A later keystroke has asked again: this answer is for a query no longer shown.
        if (ticket !== asked.current) return;
        if (!result.ok) {
          reportError(result.error.message);
          return;
        }
        setLatest({ query, answer: result.value });
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, version, reportError]);

  const empty = query.trim() === '';
  // While typing, the previous answer stays on screen (no flicker) until the new one arrives.
  const answer = empty ? null : (latest?.answer ?? null);
  const busy = !empty && latest?.query !== query;
  return { query, setQuery, answer, busy };
}
