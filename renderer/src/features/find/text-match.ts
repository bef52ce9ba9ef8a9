// Find-in-article matching: where a typed query occurs in an article's text, case- and
// accent-insensitive, with curly and straight quotes, dashes and runs of spaces equal. Uses the
// search feature's normalisation (shared/search/normalize.ts), so find and search agree on what
// counts as the same text.
import { normalizeText, normalizeWithMap } from '../../../../shared/search/normalize';
import type { NormalizedText } from '../../../../shared/search/normalize';

/** An article's text folded block by block once, so each keystroke only scans. */
export interface PreparedText {
  readonly blocks: readonly { readonly start: number; readonly folded: NormalizedText }[];
}

export interface TextMatch {
  /** [start, end) in the article's canonical text. */
  readonly start: number;
  readonly end: number;
}

/**
 * Folds each block of the text. Matches never cross a block: a find bar that joined the end of
 * one paragraph to the start of the next would highlight text the analyst does not see as one.
 */
export function prepareText(
  text: string,
  blocks: readonly { start: number; end: number }[],
): PreparedText {
  return {
    blocks: blocks.map((b) => ({
      start: b.start,
      folded: normalizeWithMap(text.slice(b.start, b.end)),
    })),
  };
}

/** The original offset just past the folded character before `to` (see normalize.ts). */
function originalEnd(map: Int32Array, to: number): number {
  // Several folded characters can come from one original ("ﬁ" → "fi"): end past all of them.
  const last = map[to - 1]!;
  let k = to;
  while (k < map.length - 1 && map[k] === last) k++;
  return map[k]!;
}

/**
 * Every non-overlapping occurrence of `query` in text order, in canonical-text offsets; empty for
 * a query that folds to nothing but spaces. `limit` caps the list (the count stops there too).
 */
export function findMatches(prepared: PreparedText, query: string, limit = 100_000): TextMatch[] {
  const needle = normalizeText(query);
  if (needle.trim() === '') return [];
  const out: TextMatch[] = [];
  for (const { start, folded } of prepared.blocks) {
    const { text, map } = folded;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      out.push({ start: start + map[at]!, end: start + originalEnd(map, at + needle.length) });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** The match to make current after the matches changed: the first at or after `offset`, else the first. */
export function nearestMatch(matches: readonly TextMatch[], offset: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : 0;
}
