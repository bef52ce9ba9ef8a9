// The term index's own pieces against their definitions: the allocation-free edit distance
// against withinEdits, and a word's expansion against termMatchesWord over every term.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termMatchesWord, withinEdits } from '../../shared/search/match';
import { tokenize } from '../../shared/search/normalize';
import { withinEditsFast } from './edits';
import { TermIndex } from './term-index';

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'k'), maxLength: 9 });

describe('TermIndex', () => {
  it('counts edits as withinEdits does', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 2 }), (a, b, max) => {
        expect(withinEditsFast(a, b, max)).toBe(withinEdits(a, b, max));
      }),
      { numRuns: 2_000 },
    );
  });

  it('expands a word to exactly the terms that answer it, and forgets removed documents', () => {
    const texts = fc.array(
      fc.array(
        fc.constantFrom(
          'Kremlin',
          'kremlins',
          'Krem',
          'KYIV',
          'kyev',
          'Référendum',
          'referendums',
          'x1',
        ),
        {
          maxLength: 6,
        },
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom('krem', 'kremlin', 'kyiv', 'referendum', 'x1', 'zz'),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        (docs, w, prefix, fuzzy) => {
          const index = new TermIndex();
          const ids = docs.map((d, i) => index.add(d.join(' — '), i % 2 === 0));
          index.remove(ids[0]!);
          const live = docs.slice(1).flatMap((d) => tokenize(d.join(' ')));
          const want = [...new Set(live)]
            .filter((t) => termMatchesWord({ word: w, prefix, fuzzy }, t))
            .sort();
          const got = index.expand(w, prefix, fuzzy).map((e) => {
            const docsOf = index.postingsOf(e.term);
            expect(docsOf.length).toBeGreaterThan(0);
            expect(docsOf).not.toContain(ids[0]);
            return index.wordsOf(docsOf[0]!)!.includes(e.term) ? e.term : -1;
          });
          expect(got).not.toContain(-1);
          expect([...got].sort((a, b) => a - b)).toEqual(
            want.map((t) => index.termId(t)!).sort((a, b) => a - b),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
