// The window settings' plain values and the saved searches' rules, apart from their schemas
// (settings.ts): the window reads them at start-up and checks a saved search as it is typed, and
// importing the schema module would load and run zod there (see README, "Why a large workspace
// opens at once"). settings.ts builds its schemas from these, so the service and the window
// give the same answers and the same messages.
import type { WindowSettings } from './settings';

/** The bounds of the saved searches, shown in their messages. */
export const SAVED_SEARCH_LIMITS = { name: 80, query: 500, count: 100 } as const;

export const SAVED_SEARCH_MESSAGES = {
  noName: 'Give the saved search a name.',
  longName: `A saved search's name is at most ${SAVED_SEARCH_LIMITS.name} characters.`,
  noQuery: 'Type a search before saving it.',
  longQuery: `A saved search is at most ${SAVED_SEARCH_LIMITS.query} characters long.`,
} as const;

/** Names are unique regardless of case ("Kremlin" and "kremlin" are one name). */
export function sameSearchName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

/** What is wrong with a saved search's name (judged trimmed, as it is stored), or null. */
export function savedSearchNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length < 1) return SAVED_SEARCH_MESSAGES.noName;
  return trimmed.length > SAVED_SEARCH_LIMITS.name ? SAVED_SEARCH_MESSAGES.longName : null;
}

/** What is wrong with a saved search's query (judged trimmed, as it is stored), or null. */
export function savedSearchQueryProblem(query: string): string | null {
  const trimmed = query.trim();
  if (trimmed.length < 1) return SAVED_SEARCH_MESSAGES.noQuery;
  return trimmed.length > SAVED_SEARCH_LIMITS.query ? SAVED_SEARCH_MESSAGES.longQuery : null;
}

export const DEFAULT_WINDOW_SETTINGS: WindowSettings = {
  theme: 'system',
  panes: {},
  collapsed: {},
  savedSearches: [],
};
