import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import { isAbortError } from './progress';
import { GENERATED_AT, smallWorkspace, syntheticWorkspace } from './test-support';
import { writeXlsx } from './xlsx';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const argbOf = (cell: ExcelJS.Cell) =>
  cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null;

describe('writeXlsx', async () => {
  const { data } = smallWorkspace();
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
    expect(quotes.autoFilter).toBe('A1:Q3');
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
      'Date',
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
    expect(row.getCell(15).value).toBe(1);
    expect(row.getCell(17).value).toBe('Contradicted by the UN.');
  });

  it('puts the quote in bold italic inside its context', () => {
    expect(quotes.getCell('P3').value).toEqual({
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
    expect(quotes.getCell('P3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(quotes.getColumn(16).width).toBe(70);
  });

  it('lists the sources with their current grade and the claims with their status', () => {
    const sources = wb.getWorksheet('Sources')!;
    expect(sources.autoFilter).toBe('A1:J4');
    expect(sources.getRow(4).values).toEqual([
      undefined,
      'Steve Witkoff',
      'person',
      'US special envoy',
      '',
      '',
      'C',
      'Fairly reliable',
      '2025-03-01',
      'Two claims disputed',
      1,
    ]);
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

describe('writeXlsx on a large sheet', () => {
  const sheet = buildQuoteSheet(syntheticWorkspace(2, 1000), { groupBy: 'none' }, GENERATED_AT);

  it('reports progress over the rows of all three sheets and can be cancelled', async () => {
    const reports: [number, number][] = [];
    await writeXlsx(sheet, { onProgress: (done, total) => reports.push([done, total]) });
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
