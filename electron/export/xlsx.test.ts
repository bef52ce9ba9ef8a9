import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import { isAbortError } from './progress';
import { GENERATED_AT, WorkspaceBuilder, smallWorkspace, syntheticWorkspace } from './test-support';
import { writeXlsx, xlsxText } from './xlsx';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const argbOf = (cell: ExcelJS.Cell) =>
  cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null;

describe('writeXlsx', async () => {
  const { data, ids } = smallWorkspace();
  const doc = data.documents[ids.doc]!;
  data.documents[ids.doc] = {
    ...doc,
    authors: ['Jane Doe', 'John Roe'],
    url: 'https://www.reuters.com/world/talks-riyadh-2025-03-18/',
  };
  const sheet = buildQuoteSheet(data, { groupBy: 'source' }, GENERATED_AT);
  const wb = await read(await writeXlsx(sheet));
  const quotes = wb.getWorksheet('Quotes')!;

  it('has the Quotes, Sources and Claims sheets', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Quotes', 'Sources', 'Claims']);
  });

  it('freezes the bold header row and filters over the whole table', () => {
    expect(quotes.views[0]).toMatchObject({
      state: 'frozen',
      xSplit: 0,
      ySplit: 1,
      topLeftCell: 'A2',
    });
    expect(quotes.autoFilter).toBe('A1:S3');
    expect(quotes.getRow(1).values).toEqual([
      undefined,
      'Group (speaker)',
      'Quote',
      'Speaker',
      'Speaker grade',
      'Speaker role',
      'Kind',
      'Cue',
      'Other attributions',
      'Credibility',
      'Claim status',
      'Tags',
      'Article',
      'Outlet',
      'Authors',
      'Date',
      'URL',
      'Paragraph',
      'Context',
      'Note',
    ]);
    expect(quotes.getCell('B1').font).toMatchObject({ bold: true });
  });

  it('writes the row text as strings and the paragraph and credibility as numbers', () => {
    const row = quotes.getRow(3);
    expect(row.getCell(2).value).toBe('justify these actions');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(8).value).toBe('Fox News (conduit, stated)');
    expect(row.getCell(9).value).toBe(4);
    expect(row.getCell(17).value).toBe(1);
    expect(row.getCell(19).value).toBe('Contradicted by the UN.');
  });

  it("writes the article's outlet, authors, date and URL as text, sized to read", () => {
    const row = quotes.getRow(3);
    expect([12, 13, 14, 15, 16].map((c) => row.getCell(c).value)).toEqual([
      'US holds talks in Riyadh',
      'Reuters',
      'Jane Doe; John Roe',
      '2025-03-18',
      'https://www.reuters.com/world/talks-riyadh-2025-03-18/',
    ]);
    expect(row.getCell(16).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(16).alignment).not.toMatchObject({ wrapText: true });
    expect(row.getCell(14).alignment).toMatchObject({ wrapText: true });
    expect([14, 16].map((c) => quotes.getColumn(c).width)).toEqual([24, 40]);
  });

  it('puts the quote in bold italic inside its context', () => {
    expect(quotes.getCell('R3').value).toEqual({
      richText: [
        { text: 'Witkoff told Fox News that the referendums "' },
        { text: 'justify these actions', font: { bold: true, italic: true } },
        { text: '".' },
      ],
    });
  });

  it('marks grades, credibility and claim statuses with fills, and wraps long text', () => {
    expect(argbOf(quotes.getCell('D3'))).toBe('FFFFF2CC'); // grade C
    expect(argbOf(quotes.getCell('I3'))).toBe('FFFCE4D6'); // credibility 4
    expect(argbOf(quotes.getCell('J3'))).toBe('FFFCE4D6'); // disputed
    expect(argbOf(quotes.getCell('D2'))).toBeNull(); // not graded
    expect(quotes.getCell('R3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(quotes.getColumn(18).width).toBe(70);
    expect(quotes.getColumn(4).width).toBe(9); // the grade column, which exceljs used to drop
  });

  it('lists the sources with their current grade and the claims with their status', () => {
    const sources = wb.getWorksheet('Sources')!;
    expect(sources.autoFilter).toBe('A1:J4');
    // An empty text is an empty cell (no value), as Excel itself stores it; it keeps its style.
    expect(sources.getRow(4).values).toEqual([
      undefined,
      'Steve Witkoff',
      'Person',
      'US special envoy',
      undefined,
      undefined,
      'C',
      'Fairly reliable',
      '2025-03-01',
      'Two claims disputed',
      1,
    ]);
    expect(sources.getCell('D4').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    const claims = wb.getWorksheet('Claims')!;
    expect(claims.getCell('A2').value).toBe('justify these actions');
    expect(claims.getCell('B2').value).toBe('Disputed');
    expect(argbOf(claims.getCell('B2'))).toBe('FFFCE4D6');
    expect(claims.getCell('D2').value).toBe('Steve Witkoff');
  });

  it('holds no formula anywhere', () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
  });

  it('stamps the workbook with the export time, not the clock', () => {
    expect(wb.created.toISOString()).toBe(GENERATED_AT);
    expect(wb.creator).toBe('Attribution Workbench');
  });
});

describe('writeXlsx with awkward text', () => {
  /** The note and cue columns of a one-quote sheet, as exceljs reads them back. */
  async function roundTrip(note: string, cue: string): Promise<unknown[]> {
    const b = new WorkspaceBuilder();
    const doc = b.document({ text: 'He said "yes".' });
    b.quote(doc, 'yes', { note, cue });
    const sheet = buildQuoteSheet(
      b.data,
      { groupBy: 'none', columns: ['cue', 'note'] },
      GENERATED_AT,
    );
    const ws = (await read(await writeXlsx(sheet))).getWorksheet('Quotes')!;
    return [ws.getCell('A2').value, ws.getCell('B2').value];
  }

  it('keeps markup, spaces at either end and line breaks as typed', async () => {
    expect(await roundTrip('  a < b & c > d  ', '</t></is><f>1+1</f>')).toEqual([
      '</t></is><f>1+1</f>',
      '  a < b & c > d  ',
    ]);
    expect(await roundTrip('one\r\ntwo\rthree\nfour\t', '\u0001bad\uD800')).toEqual([
      '\uFFFDbad\uFFFD',
      'one\ntwo\nthree\nfour\t',
    ]);
  });

  it('keeps text that starts like a formula as typed, context included, with no apostrophe', async () => {
    expect(await roundTrip('@SUM(1+1)', '=IMPORTXML("http://x", "//a")')).toEqual([
      '=IMPORTXML("http://x", "//a")',
      '@SUM(1+1)',
    ]);
    expect(await roundTrip("'=1+1", '-1')).toEqual(['-1', "'=1+1"]);
    const b = new WorkspaceBuilder();
    b.quote(b.document({ text: '=1+1, he said "yes".' }), 'yes');
    const sheet = buildQuoteSheet(b.data, { groupBy: 'none', columns: ['context'] }, GENERATED_AT);
    const ws = (await read(await writeXlsx(sheet))).getWorksheet('Quotes')!;
    expect(ws.getCell('A2').value).toEqual({
      richText: [
        { text: '=1+1, he said "' },
        { text: 'yes', font: { bold: true, italic: true } },
        { text: '".' },
      ],
    });
  });

  it('reads any text back as typed, never a formula', async () => {
    // exceljs does not decode Excel's _xHHHH_ escapes in inline strings (Excel does, and
    // xlsx-sheet.test.ts checks they are escaped), so text holding one is left to that test.
    const text = fc
      .oneof(
        fc.string({ unit: 'grapheme' }),
        fc.string({
          unit: fc.constantFrom('<', '&', '>', '=', "'", '-', ' ', 'x', '\t', '\n', '_'),
        }),
      )
      .filter((t) => !/_x[0-9A-Fa-f]{4}_/.test(t));
    await fc.assert(
      fc.asyncProperty(text, text, async (note, cue) => {
        const expected = [cue, note].map((t) => (t === '' ? null : xlsxText(t)));
        expect(await roundTrip(note, cue)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('writeXlsx on a large sheet', () => {
  const sheet = buildQuoteSheet(syntheticWorkspace(2, 1000), { groupBy: 'none' }, GENERATED_AT);

  it('reports progress over the rows of all three sheets and can be cancelled', async () => {
    const reports: [number, number][] = [];
    const bytes = await writeXlsx(sheet, {
      onProgress: (done, total) => reports.push([done, total]),
    });
    // Megabytes of sheet text, so compressed in several chunks: a reader must find every row.
    const quotes = (await read(bytes)).getWorksheet('Quotes')!;
    expect(quotes.rowCount).toBe(2001);
    expect(quotes.getCell('A2001').value).toBe(sheet.groups.at(-1)!.rows.at(-1)!.text);
    const total = 2000 + sheet.sources.length + sheet.claims.length;
    expect(reports.at(-1)).toEqual([total, total]);

    const controller = new AbortController();
    const run = writeXlsx(sheet, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toSatisfy(isAbortError);
  });
});
