// The Search view's query and answer: each keystroke asks at once unless an answer is still on its
// way (then only the newest text is asked next), stale answers are dropped, the answer refreshes
// after edits, and the query outlives the view until cleared.
import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';

export type SearchAnswer = ChannelOutput<'search.query'>;

/** Hits asked per group; SearchResults draws them as the list is scrolled. */
export const GROUP_LIMIT = 30;

// The query survives the view being closed and opened again (only one view is mounted at a
// time), until the analyst clears it.
let remembered = '';

/** A text to ask about, with the ticket of the keystroke (or edit) that wanted it. */
interface Ask {
  query: string;
  ticket: number;
}

export function useSearch(version: number, reportError: (message: string) => void) {
  const [query, setQueryState] = useState(remembered);
  // The answer with the query it answers, so a stale one is never shown as current.
  const [latest, setLatest] = useState<{ query: string; answer: SearchAnswer } | null>(null);
  const asked = useRef(0);
  // No timer between keys: a debounce added its whole wait to every keystroke's results. One
  // question at a time instead: typing faster than the service answers skips the texts typed
  // meanwhile, and the newest waits here until the answer in flight lands.
  const waiting = useRef<Ask | null>(null);
  const inFlight = useRef(false);

  const setQuery = (text: string) => {
    remembered = text;
    setQueryState(text);
  };

  useEffect(() => {
    const ticket = ++asked.current;
    if (query.trim() === '') return;
    const ask = () => {
      const next = waiting.current;
      if (next === null) return;
      waiting.current = null;
      inFlight.current = true;
      void call('search.query', { query: next.query, limit: GROUP_LIMIT }).then((result) => {
        inFlight.current = false;
        // A later keystroke has asked again: this answer is for a query no longer shown.
        if (next.ticket === asked.current) {
          if (result.ok) setLatest({ query: next.query, answer: result.value });
          else reportError(result.error.message);
        }
        ask();
      });
    };
    waiting.current = { query, ticket };
    if (!inFlight.current) ask();
    // Closed or asked again: nothing still waiting is wanted any more.
    return () => {
      waiting.current = null;
    };
  }, [query, version, reportError]);

  const empty = query.trim() === '';
  // While typing, the previous answer stays on screen (no flicker) until the new one arrives.
  const answer = empty ? null : (latest?.answer ?? null);
  const busy = !empty && latest?.query !== query;
  return { query, setQuery, answer, busy };
}
