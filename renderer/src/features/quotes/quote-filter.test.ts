// The quotes filter answers exactly what the table's old filter answered: TanStack's global
// `includesString` over the text, speaker, cue and article columns. Random rows and random
// query sequences (so the cached and narrowing paths are exercised as typing exercises them).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterFn_includesString } from '@tanstack/react-table';
import type { Row } from '@tanstack/react-table';
import type { GridFeatures } from '../../ui/grid';
import { quoteSearch } from './quote-filter';
import type { QuoteFilterRow } from './quote-filter';

const COLUMNS = ['text', 'speaker', 'cue', 'article'] as const;

/** The old predicate, called as TanStack's filtered row model called it for the global filter. */
function oldMatches(row: QuoteFilterRow, query: string): boolean {
  if (query === '') return true; // an empty filter was auto-removed: every row shows
  const resolved = filterFn_includesString.resolveFilterValue!(query);
  // The filter reads the row only through getValue.
  const tableRow = { getValue: (id: string) => row[id as keyof QuoteFilterRow] } as unknown as Row<
    GridFeatures,
    QuoteFilterRow
  >;
  return COLUMNS.some((id) => filterFn_includesString(tableRow, id, resolved, () => {}));
}

// A small alphabet, so queries do match; with the characters whose lower-casing is tricky (the
// Greek final sigma, dotted capital I, which lower-cases to two code units) and the separator.
const char = fc.constantFrom('a', 'b', 'A', 'B', ' ', 'Σ', 'σ', 'ς', 'İ', 'i', '\u0000', 'é', 'É');
const str = (max: number) => fc.array(char, { maxLength: max }).map((cs) => cs.join(''));
const row = fc.record({ text: str(12), speaker: str(4), cue: str(3), article: str(5) });

describe('quoteSearch', () => {
  it('keeps exactly the rows the old includesString filter kept', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.array(str(4), { maxLength: 12 }),
        (rows, queries) => {
          const search = quoteSearch(rows);
          for (const query of queries) {
            const mask = search.match(query);
            const got = rows.map((_, i) => (mask === null ? true : mask[i] === 1));
            expect(got).toEqual(rows.map((r) => oldMatches(r, query)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('narrows as a word is typed and widens again as it is erased', () => {
    const rows = [
      { text: 'The referendum is off', speaker: 'Witkoff', cue: 'said', article: 'Talks' },
      { text: 'No comment', speaker: 'Referee', cue: 'told', article: 'Riyadh' },
      { text: 'Nothing', speaker: '', cue: '', article: 'Elsewhere' },
    ];
    const search = quoteSearch(rows);
    const shown = (q: string) => {
      const mask = search.match(q);
      return rows.filter((_, i) => mask === null || mask[i] === 1).length;
    };
    expect(['', 'r', 're', 'ref', 'refe', 'refer', 'refere', 'referen'].map(shown)).toEqual([
      3, 3, 3, 2, 2, 2, 2, 1,
    ]);
    expect(['refere', 'REF', 're', ''].map(shown)).toEqual([2, 2, 3, 3]);
  });
});

describe('quoteSearch over a refreshed rows array', () => {
  it('answers for the new texts when it takes folds over from the previous array', () => {
    const first = [
      { text: 'Referendums are planned', speaker: 'Witkoff', cue: 'said', article: 'Talks' },
      { text: 'No comment', speaker: 'Peskov', cue: 'told', article: 'Riyadh' },
    ];
    expect(Array.from(quoteSearch(first).match('plan')!)).toEqual([1, 0]);
    // A refresh: new row objects, the first text the same string, the second one edited.
    const second = [{ ...first[0]! }, { ...first[1]!, text: 'Plans are off' }];
    expect(Array.from(quoteSearch(second).match('plan')!)).toEqual([1, 1]);
    expect(Array.from(quoteSearch(second).match('comment')!)).toEqual([0, 0]);
    // The earlier array's own answers are unchanged.
    expect(Array.from(quoteSearch(first).match('comment')!)).toEqual([0, 1]);
  });

  it('matches a speaker, cue or article that many rows share, row by row', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({
      text: `quote ${i}`,
      speaker: i % 2 === 0 ? 'Steve Witkoff' : 'Dmitry Peskov',
      cue: i % 5 === 0 ? 'told Fox News' : 'said',
      article: i < 10 ? 'Riyadh talks' : 'Geneva',
    }));
    const shown = (q: string) => {
      const mask = quoteSearch(rows).match(q)!;
      return rows.flatMap((_, i) => (mask[i] === 1 ? [i] : []));
    };
    expect(shown('WITKOFF')).toEqual(rows.flatMap((_, i) => (i % 2 === 0 ? [i] : [])));
    expect(shown('fox')).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45]);
    expect(shown('riyadh')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shown('quote 4')).toEqual([4, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
  });
});

describe('quoteSearch.warm', () => {
  it('folds every row and leaves the answers as they were', () => {
    const rows = [
      { text: 'Referendums', speaker: 'Witkoff', cue: 'said', article: 'Talks' },
      { text: 'Plain', speaker: 'Peskov', cue: 'told', article: 'Riyadh' },
    ];
    const search = quoteSearch(rows);
    expect(search.prepare(0)).toBe(false);
    search.warm();
    expect(search.prepare(0)).toBe(true);
    expect(Array.from(search.match('\u0000')!)).toEqual([0, 0]);
    expect(Array.from(search.match('REF')!)).toEqual([1, 0]);
  });
});
