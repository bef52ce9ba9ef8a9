import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuery } from './query';

function parsed(input: string) {
  const r = parseQuery(input);
  if (!r.ok) throw new Error(r.message);
  return r.query;
}
function message(input: string): string {
  const r = parseQuery(input);
  if (r.ok) throw new Error(`should not parse: ${input}`);
  return r.message;
}

describe('parseQuery', () => {
  it('reads words as prefix terms, typo-tolerant from five letters', () => {
    expect(parsed('Witkoff ref x').terms).toEqual([
      { word: 'witkoff', prefix: true, fuzzy: 1 },
      { word: 'ref', prefix: true, fuzzy: 0 },
      { word: 'x', prefix: false, fuzzy: 0 },
    ]);
    expect(parsed('referendums').terms[0]!.fuzzy).toBe(2);
  });
  it('reads "exact phrases", curly quotes too', () => {
    expect(parsed('"these territories" peace').phrases).toEqual([['these', 'territories']]);
    expect(parsed('“these territories”').phrases).toEqual([['these', 'territories']]);
    expect(parsed('"Kremlin"').terms).toEqual([{ word: 'kremlin', prefix: false, fuzzy: 0 }]);
  });
  it('reads -word and -"phrase" as exclusions', () => {
    const q = parsed('ceasefire -russia -"black sea"');
    expect(q.excluded).toEqual([['russia'], ['black', 'sea']]);
    expect(q.terms.map((t) => t.word)).toEqual(['ceasefire']);
  });
  it('reads words joined by punctuation as a phrase', () => {
    expect(parsed("Witkoff's").phrases).toEqual([['witkoff', 's']]);
  });
  it.each([
    ['speaker:Witkoff', 'speaker', 'witkoff'],
    ['source:"Fox News"', 'source', 'fox news'],
    ['tag:ceasefire', 'tag', 'ceasefire'],
    ['status:Disputed', 'status', 'disputed'],
    ['kind:quote', 'kind', 'quote'],
    ['kind:partial', 'kind', 'partial'],
    ['outlet:Reuters', 'outlet', 'reuters'],
    ['article:Riyadh', 'article', 'riyadh'],
    ['before:2025-03-01', 'before', '2025-03-01'],
    ['after:2025', 'after', '2025'],
    ['grade:b', 'grade', 'B'],
  ])('reads the filter %s', (input, field, value) => {
    expect(parsed(input).filters).toEqual([{ field, value, negated: false }]);
  });
  it('reads negated filters', () => {
    expect(parsed('-status:false').filters).toEqual([
      { field: 'status', value: 'false', negated: true },
    ]);
  });
  it('combines everything', () => {
    const q = parsed('speaker:witkoff status:disputed referendums');
    expect(q.filters).toHaveLength(2);
    expect(q.terms.map((t) => t.word)).toEqual(['referendums']);
  });
  it.each([
    ['"open phrase', /not closed/],
    ['colour:red', /not a filter/],
    ['speaker:', /needs a value/],
    ['status:wrong', /not a claim status/],
    ['before:March', /YYYY-MM-DD/],
    ['after:2025-3-1', /YYYY-MM-DD/],
    ['grade:Z', /A to F/],
    ['kind:banana', /not a kind/],
    ['x'.repeat(2001), /too long/],
  ])('gives a message for %s', (input, pattern) => {
    expect(message(input)).toMatch(pattern);
  });
  it('parses an empty query to nothing', () => {
    expect(parsed('   ')).toEqual({ terms: [], phrases: [], excluded: [], filters: [] });
  });
  it('never throws, whatever is typed', () => {
    const alphabet = fc.constantFrom(...'ab :"-“”\'speaker:status:before:grade:kind:x1'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: alphabet, maxLength: 40 })),
        (input) => {
          const r = parseQuery(input);
          expect(r.ok ? typeof r.query : typeof r.message).toMatch(/object|string/);
        },
      ),
    );
  });
});
