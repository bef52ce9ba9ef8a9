// The quotes table's text filter, fast at 100,000 quotes: each row's searchable columns are
// lower-cased once per rows array (not per row per keystroke; in slices ahead of the first
// query), and a query that extends an earlier one re-tests only the rows that one kept. It
// answers what TanStack's global `includesString` filter answered over the same columns
// (quote-filter.test.ts checks that).

/** What the filter reads of a quote row: the columns the search box covers (not the kind). */
export interface QuoteFilterRow {
  readonly text: string;
  readonly speaker: string;
  readonly cue: string;
  readonly article: string;
}

// Joins a row's folded columns. A query without it cannot match across two columns, so one
// `includes` on the joined string means "some column includes the query"; a query with it falls
// back to testing column by column.
const SEP = '\u0000';
// Recent answers kept per rows array: erasing a typed word walks back through them for free.
const CACHE_SIZE = 32;

interface Answer {
  /** 1 at each row index that matches. */
  readonly mask: Uint8Array;
  readonly count: number;
}

export interface QuoteSearch {
  /**
   * Which rows match `query` (case-insensitively, in any of the text, speaker, cue or article):
   * a mask over the rows array's indices, or null for the empty query, which keeps every row.
   */
  match(query: string): Uint8Array | null;
  /**
   * Folds up to `count` more rows ahead of the first query, so that query does not pay for all
   * of them at once; true once every row is folded.
   */
  prepare(count: number): boolean;
}

const searches = new WeakMap<readonly QuoteFilterRow[], QuoteSearch>();

/** The search over `rows`, made on first use and kept for as long as the array lives. */
export function quoteSearch(rows: readonly QuoteFilterRow[]): QuoteSearch {
  let search = searches.get(rows);
  if (!search) {
    search = createQuoteSearch(rows);
    searches.set(rows, search);
  }
  return search;
}

/**
 * A row's columns lower-cased and joined. One toLowerCase over the joined string answers as one
 * per column would: the only case mapping that reads its neighbours is the Greek final sigma,
 * and SEP (neither a cased nor a case-ignorable character) reads as a string's edge to it.
 */
const foldRow = (r: QuoteFilterRow): string =>
  (r.text + SEP + r.speaker + SEP + r.cue + SEP + r.article).toLowerCase();

function createQuoteSearch(rows: readonly QuoteFilterRow[]): QuoteSearch {
  const folded: string[] = [];
  const cache = new Map<string, Answer>();

  const prepare = (count: number): boolean => {
    const end = Math.min(rows.length, folded.length + count);
    for (let i = folded.length; i < end; i++) folded.push(foldRow(rows[i]!));
    return folded.length === rows.length;
  };

  const test = (i: number, needle: string): boolean => {
    if (!needle.includes(SEP)) return folded[i]!.includes(needle);
    const r = rows[i]!;
    return [r.text, r.speaker, r.cue, r.article].some((c) => c.toLowerCase().includes(needle));
  };

  return {
    prepare,
    match(query) {
      if (query === '') return null;
      const needle = query.toLowerCase();
      const hit = cache.get(needle);
      if (hit) {
        // Most recently used last, so the oldest is the one dropped.
        cache.delete(needle);
        cache.set(needle, hit);
        return hit.mask;
      }
      // A query containing an earlier one can only keep rows that one kept: start from the
      // smallest such answer instead of every row.
      let from: Answer | null = null;
      for (const [earlier, answer] of cache) {
        if (needle.includes(earlier) && (from === null || answer.count < from.count)) from = answer;
      }
      prepare(rows.length);
      const mask = new Uint8Array(rows.length);
      let count = 0;
      for (let i = 0; i < rows.length; i++) {
        if (from !== null && from.mask[i] === 0) continue;
        if (test(i, needle)) {
          mask[i] = 1;
          count++;
        }
      }
      cache.set(needle, { mask, count });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return mask;
    },
  };
}
