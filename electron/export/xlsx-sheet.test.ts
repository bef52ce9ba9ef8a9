// The SpreadsheetML text helpers: escaping of cell text and A1-style column names and ranges.
import { describe, expect, it } from 'vitest';
import { columnName, sheetRange, xmlText } from './xlsx-sheet';

describe('xmlText', () => {
  it('escapes markup and leaves everything else as it is', () => {
    expect(xmlText('plain text, "quoted" and \'single\'')).toBe(
      'plain text, "quoted" and \'single\'',
    );
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlText('</t><f>SUM(A1)</f>')).toBe('&lt;/t&gt;&lt;f&gt;SUM(A1)&lt;/f&gt;');
  });

  it('keeps Excel from reading _xHHHH_ in the text as a character escape', () => {
    expect(xmlText('id_x0041_b')).toBe('id_x005F_x0041_b');
    expect(xmlText('_x00e9__x0041_')).toBe('_x005F_x00e9__x005F_x0041_');
    expect(xmlText('snake_case x_12 _x12_ _xZZZZ_')).toBe('snake_case x_12 _x12_ _xZZZZ_');
  });
});

describe('columnName and sheetRange', () => {
  it('names columns as A1 references do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('spans the header and the data rows', () => {
    expect(sheetRange(17, 100_000)).toBe('A1:Q100001');
    expect(sheetRange(10, 0)).toBe('A1:J1');
  });
});
