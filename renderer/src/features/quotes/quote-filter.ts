// The quotes table's text filter, fast at 100,000 quotes: each quote's text is lower-cased once
// per rows array (in slices ahead of the first query, and reused from the previous array for a
// quote whose text did not change), the speaker, cue and article columns, which repeat across
// quotes, are lower-cased and tested once per distinct value, and a query that extends an
// earlier one re-tests only the rows that one kept. It answers what TanStack's global
// `includesString` filter answered over the same columns (quote-filter.test.ts checks that).

/** What the filter reads of a quote row: the columns the search box covers (not the kind). */
export interface QuoteFilterRow {
  readonly text: string;
  readonly speaker: string;
  readonly cue: string;
  readonly article: string;
}

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
  /**
   * Folds what is left and runs the matching loop once over every row, answering nothing: the
   * first real query then runs compiled code instead of paying for the compilation.
   */
  warm(): void;
}

/** What a search keeps per row once folded, read by the next search over a new rows array. */
interface Folds {
  readonly rows: readonly QuoteFilterRow[];
  readonly texts: readonly string[];
}

const searches = new WeakMap<readonly QuoteFilterRow[], QuoteSearch>();
// The folds of the search made last. A refresh after an edit makes a new rows array whose
// quotes mostly keep their text (the very same strings): the new search takes those folds over
// instead of lower-casing 100,000 texts again, which also made megabytes of garbage to collect.
let last: Folds | null = null;

/** The search over `rows`, made on first use and kept for as long as the array lives. */
export function quoteSearch(rows: readonly QuoteFilterRow[]): QuoteSearch {
  let search = searches.get(rows);
  if (!search) {
    search = createQuoteSearch(rows, last);
    searches.set(rows, search);
  }
  return search;
}

// A row's three repeating columns, as indexes into the distinct values, at 3 * row + column.
const SPEAKER = 0;
const CUE = 1;
const ARTICLE = 2;

function createQuoteSearch(rows: readonly QuoteFilterRow[], before: Folds | null): QuoteSearch {
  const texts: string[] = [];
  const columns = new Int32Array(rows.length * 3);
  // Each distinct speaker, cue and article once (a few hundred at 100,000 quotes), lower-cased.
  const valueIds = new Map<string, number>();
  const values: string[] = [];
  const cache = new Map<string, Answer>();
  const folds: Folds = { rows, texts };
  last = folds;

  const valueId = (value: string): number => {
    let id = valueIds.get(value);
    if (id === undefined) {
      id = values.length;
      values.push(value.toLowerCase());
      valueIds.set(value, id);
    }
    return id;
  };

  const prepare = (count: number): boolean => {
    const end = Math.min(rows.length, texts.length + count);
    for (let i = texts.length; i < end; i++) {
      const row = rows[i]!;
      const earlier = before !== null && i < before.texts.length ? before.rows[i]! : null;
      // Same text, same fold: compared as strings, as a refresh makes new row objects.
      texts.push(earlier?.text === row.text ? before!.texts[i]! : row.text.toLowerCase());
      columns[3 * i + SPEAKER] = valueId(row.speaker);
      columns[3 * i + CUE] = valueId(row.cue);
      columns[3 * i + ARTICLE] = valueId(row.article);
    }
    // The earlier folds are not needed once every row has its own.
    if (texts.length === rows.length) before = null;
    return texts.length === rows.length;
  };

  return {
    prepare,
    warm() {
      prepare(rows.length);
      // No text holds the separator a row is never typed with, so every row is read in full.
      const scratch = new Uint8Array(rows.length);
      fillMask(scratch, null, texts, columns, new Uint8Array(values.length), '\u0000');
    },
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
      // Which distinct speakers, cues and articles match: once each, not once per row.
      const valueHits = new Uint8Array(values.length);
      for (let v = 0; v < values.length; v++) if (values[v]!.includes(needle)) valueHits[v] = 1;
      const mask = new Uint8Array(rows.length);
      const count = fillMask(mask, from?.mask ?? null, texts, columns, valueHits, needle);
      cache.set(needle, { mask, count });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return mask;
    },
  };
}

/**
 * Sets mask[i] to 1 for each row (kept by `from`, when given) whose folded text includes
 * `needle` or one of whose repeating columns is a matching value; returns how many. A separate
 * small function over flat arrays, so the hot loop stays optimised from one query to the next.
 */
function fillMask(
  mask: Uint8Array,
  from: Uint8Array | null,
  texts: readonly string[],
  columns: Int32Array,
  valueHits: Uint8Array,
  needle: string,
): number {
  let count = 0;
  for (let i = 0; i < mask.length; i++) {
    if (from !== null && from[i] === 0) continue;
    const c = 3 * i;
    if (
      valueHits[columns[c + SPEAKER]!] === 1 ||
      valueHits[columns[c + CUE]!] === 1 ||
      valueHits[columns[c + ARTICLE]!] === 1 ||
      texts[i]!.includes(needle)
    ) {
      mask[i] = 1;
      count++;
    }
  }
  return count;
}
