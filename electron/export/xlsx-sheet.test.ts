// The SpreadsheetML text helpers (escaping of cell text, A1-style column names and ranges) and the
// quote prefix a text cell gets when it starts like a formula.
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS } from '../../shared/export/cells';
import type { ZipPart } from './zip';
import { SheetWriter, columnName, needsQuotePrefix, sheetRange, xmlText } from './xlsx-sheet';
import { XlsxStyles } from './xlsx-styles';

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

/** A worksheet written by `fill` into memory, as text, with the styles it used. */
function writeSheet(fill: (out: SheetWriter, styles: XlsxStyles) => void, header = ['A', 'B']) {
  const chunks: Buffer[] = [];
  const part: ZipPart = { write: (b) => chunks.push(b), backlog: 0, drained: async () => {} };
  const styles = new XlsxStyles();
  const out = new SheetWriter(part, styles, header, [10, 10], 2);
  fill(out, styles);
  out.end();
  return { xml: Buffer.concat(chunks).toString('utf8'), styles: styles.xml() };
}

/** The <xf> elements of styles.xml's cellXfs, in style-id order. */
const cellXfs = (stylesXml: string): string[] =>
  /<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(stylesXml)![1]!.match(/<xf [^>]*>/g)!;

describe('the quote prefix', () => {
  it('goes to text starting with a formula trigger or an apostrophe, and to nothing else', () => {
    for (const ch of [...FORMULA_TRIGGERS, "'"]) expect(needsQuotePrefix(`${ch}1+1`)).toBe(true);
    for (const s of ['', 'SUM(1)', ' =1', '1+1', '"=1"', ',=1', '\uFF1D1', '\uFFFD']) {
      expect(needsQuotePrefix(s)).toBe(false);
    }
  });

  it('writes the text as given, in the twin of its style that has quotePrefix="1"', () => {
    const { xml, styles } = writeSheet((out, s) => {
      const plain = s.id(true, null);
      const filled = s.id(false, 'FCE4D6');
      out.row();
      out.text('=1+1', plain);
      out.text('plain', plain);
      out.endRow();
      out.row();
      out.text('@SUM(1+1)', filled);
      out.richText(
        [
          ['-', false],
          ['1', true],
        ],
        plain,
      );
      out.endRow();
    });
    expect(xml).toContain(
      '<row r="2"><c r="A2" s="4" t="inlineStr"><is><t>=1+1</t></is></c>' +
        '<c r="B2" s="2" t="inlineStr"><is><t>plain</t></is></c></row>',
    );
    expect(xml).toContain('<c r="A3" s="5" t="inlineStr"><is><t>@SUM(1+1)</t></is></c>');
    expect(xml).toContain('<c r="B3" s="4" t="inlineStr"><is><r><t xml:space="preserve">-</t>');
    const xfs = cellXfs(styles);
    expect(xfs).toHaveLength(6);
    expect(xfs.map((xf) => xf.includes(' quotePrefix="1"'))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    // The quoted twin keeps its original's fill and wrapping.
    expect(xfs[4]!.replace(' quotePrefix="1"', '')).toBe(xfs[2]);
    expect(xfs[5]!.replace(' quotePrefix="1"', '')).toBe(xfs[3]);
  });

  it('refuses a header label that starts like a formula', () => {
    expect(() => writeSheet(() => {}, ['Name', '=1'])).toThrow(/looks like a formula/);
  });
});
