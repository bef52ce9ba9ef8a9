import { describe, expect, it } from 'vitest';
import { filterArticleRows, groupByOutlet, outletsOf, toArticleRow } from './article-rows';
import { summary } from './test-articles';

const DOCS = [
  summary('a', {
    title: 'Riyadh ceasefire talks',
    outlet: 'Le Monde',
    authors: ['Élise Vincent', 'Benjamin Quénelle'],
    url: 'https://www.lemonde.fr/international/article/riyadh',
  }),
  summary('b', { title: 'Envoy meets Putin', outlet: 'Reuters', fileName: 'envoy-putin.pdf' }),
  summary('c', { title: 'Untitled paste' }),
  summary('d', { title: 'Grain deal', outlet: 'Reuters', publishedAt: '2025-03-02' }),
];
const ROWS = DOCS.map(toArticleRow);

describe('toArticleRow', () => {
  it('joins authors, keeps the date part of the import, and leaves empty values undefined', () => {
    expect(ROWS[0]).toMatchObject({
      authors: 'Élise Vincent, Benjamin Quénelle',
      outlet: 'Le Monde',
      publishedAt: undefined,
      language: undefined,
      format: 'Text',
      importedAt: '2025-03-01',
    });
    expect(ROWS[2]).toMatchObject({ outlet: undefined, authors: undefined });
  });
});

describe('filterArticleRows', () => {
  const ids = (query: string) => filterArticleRows(ROWS, query).map((r) => r.id);

  it('matches every typed word, ignoring case and accents', () => {
    expect(ids('elise')).toEqual(['a']);
    expect(ids('QUENELLE riyadh')).toEqual(['a']);
    expect(ids('quenelle putin')).toEqual([]);
  });

  it('searches the outlet, the URL and the file name too', () => {
    expect(ids('reuters')).toEqual(['b', 'd']);
    expect(ids('lemonde.fr')).toEqual(['a']);
    expect(ids('envoy-putin')).toEqual(['b']);
  });

  it('keeps every row for an empty or blank query', () => {
    expect(ids('')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('  ,. ')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('groupByOutlet', () => {
  it('groups outlets in name order, keeps the given order inside, and puts no outlet last', () => {
    const rows = [ROWS[3]!, ROWS[2]!, ROWS[1]!, ROWS[0]!].map((original) => ({ original }));
    const groups = groupByOutlet(rows);
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.original.id)])).toEqual([
      ['Le Monde', ['a']],
      ['Reuters', ['d', 'b']],
      ['No outlet', ['c']],
    ]);
  });

  it('makes no groups for no rows', () => {
    expect(groupByOutlet([])).toEqual([]);
  });
});

describe('outletsOf', () => {
  it('lists each named outlet once, in name order', () => {
    expect(outletsOf(DOCS)).toEqual(['Le Monde', 'Reuters']);
  });
});
