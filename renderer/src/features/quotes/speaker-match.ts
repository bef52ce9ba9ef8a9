// Type-ahead over sources: which sources match what the analyst typed, best first. Matches
// names and aliases, ignoring case, accents and honorifics, so "Mr. Witkoff" finds Steve Witkoff.
import type { Source } from '../../../../shared/domain/schema';

const HONORIFICS = /^(mr|mrs|ms|dr|president|minister|gen|sen|rep)\.?\s+/i;

export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(HONORIFICS, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Score of one name against the query: 3 exact, 2 prefix of the name, 1 word prefix, 0 none. */
function score(name: string, query: string): number {
  const folded = foldName(name);
  if (folded === query) return 3;
  if (folded.startsWith(query)) return 2;
  const words = query.split(' ');
  const nameWords = folded.split(' ');
  return words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 1 : 0;
}

/** Sources matching the query, best match first, at most `limit`. An empty query lists all. */
export function matchSources(sources: readonly Source[], rawQuery: string, limit = 8): Source[] {
  const query = foldName(rawQuery);
  if (query === '') return sources.slice(0, limit);
  return sources
    .map((source) => ({
      source,
      score: Math.max(score(source.name, query), ...source.aliases.map((a) => score(a, query))),
    }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.source.name.localeCompare(b.source.name))
    .slice(0, limit)
    .map((m) => m.source);
}
