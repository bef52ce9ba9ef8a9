import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATED_AT, smallWorkspace } from '../../electron/export/test-support';
import {
  COLUMN_LABELS,
  DEFAULT_COLUMNS,
  FORMULA_TRIGGERS,
  QUOTE_SHEET_COLUMNS,
  cellText,
  neutraliseCell,
  restoreCell,
} from './cells';
import { buildQuoteSheet } from './quote-sheet';

describe('cellText', () => {
  const { data } = smallWorkspace();
  const sheet = buildQuoteSheet(
    data,
    { groupBy: 'none', columns: [...QUOTE_SHEET_COLUMNS] },
    GENERATED_AT,
  );
  const [witkoff, official] = sheet.groups[0]!.rows;

  it('shows every column of a row as plain text', () => {
    const cells = Object.fromEntries(QUOTE_SHEET_COLUMNS.map((c) => [c, cellText(witkoff!, c)]));
    expect(cells).toEqual({
      quote: 'justify these actions',
      speaker: 'Steve Witkoff',
      grade: 'C',
      speakerRole: 'US special envoy',
      kind: 'Direct',
      cue: 'told Fox News',
      attributions: 'Fox News (conduit, stated)',
      credibility: '4',
      claimStatus: 'Disputed',
      claims: 'justify these actions',
      tags: 'Referendums',
      article: 'US holds talks in Riyadh',
      outlet: 'Reuters',
      authors: '',
      date: '2025-03-18',
      url: '',
      language: 'en',
      paragraph: '1',
      context: 'Witkoff told Fox News that the referendums "justify these actions".',
      note: 'Contradicted by the UN.',
      medium: '',
      saidAt: '',
      quoteId: witkoff!.quoteId,
    });
  });

  it("shows the article's authors in byline order, its URL and language as stored", () => {
    const { data, ids } = smallWorkspace();
    data.documents[ids.doc] = {
      ...data.documents[ids.doc]!,
      authors: ['Jane Doe', 'John Roe'],
      url: 'https://www.reuters.com/world/talks/',
      language: 'en-GB',
    };
    const row = buildQuoteSheet(data, { groupBy: 'none' }, GENERATED_AT).groups[0]!.rows[0]!;
    expect((['authors', 'url', 'language'] as const).map((c) => cellText(row, c))).toEqual([
      'Jane Doe; John Roe',
      'https://www.reuters.com/world/talks/',
      'en-GB',
    ]);
  });

  it('leaves cells empty where there is nothing to say', () => {
    const empty = ['grade', 'attributions', 'credibility', 'claimStatus', 'tags', 'note'] as const;
    expect(empty.map((c) => cellText(official!, c))).toEqual(['', '', '', '', '', '']);
  });

  it('labels every column, and the default set is a subset in the same order', () => {
    expect(Object.keys(COLUMN_LABELS)).toEqual([...QUOTE_SHEET_COLUMNS]);
    expect(QUOTE_SHEET_COLUMNS.filter((c) => DEFAULT_COLUMNS.includes(c))).toEqual(DEFAULT_COLUMNS);
  });

  it("shows the article's outlet, authors, date and URL by default, next to its title", () => {
    const article = DEFAULT_COLUMNS.indexOf('article');
    expect(DEFAULT_COLUMNS.slice(article, article + 5)).toEqual([
      'article',
      'outlet',
      'authors',
      'date',
      'url',
    ]);
    expect(DEFAULT_COLUMNS).not.toContain('language');
  });
});

describe('neutraliseCell', () => {
  it('prefixes an apostrophe to a cell starting with any formula trigger, NUL included', () => {
    expect(FORMULA_TRIGGERS).toEqual(['=', '+', '-', '@', '\t', '\r', '\n', '\0']);
    for (const t of FORMULA_TRIGGERS) expect(neutraliseCell(`${t}1+2`)).toBe(`'${t}1+2`);
  });

  it('leaves other cells alone, including triggers after the first character', () => {
    for (const s of ['', 'plain', 'a=1', ' =1', '1-2', "'quoted", '"=1"', 'DDE ("cmd")']) {
      expect(neutraliseCell(s)).toBe(s);
    }
  });

  it('guards an already apostrophed formula once more, so restoring is unambiguous', () => {
    expect(neutraliseCell("'=1")).toBe("''=1");
    expect(restoreCell("''=1")).toBe("'=1");
    expect(restoreCell("'=1")).toBe('=1');
    expect(restoreCell("'plain")).toBe("'plain");
  });

  it('never lets a cell start with a trigger, and is reversed exactly by restoreCell', () => {
    const tricky = fc.constantFrom(...FORMULA_TRIGGERS, "'", '"', ',', ';', 'a', ' ');
    const text = fc.oneof(
      fc.string(),
      fc.array(tricky).map((cs) => cs.join('')),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const cell = neutraliseCell(s);
        expect(FORMULA_TRIGGERS.includes(cell.charAt(0))).toBe(false);
        expect(restoreCell(cell)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});
