// Formula injection: hostile text from articles, sources and notes must reach a spreadsheet as
// literal text. Payloads are the public lists vendored in fixtures/csv-injection (see README).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, restoreCell } from '../../shared/export/cells';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import { csvField, writeCsv } from './csv';
import { GENERATED_AT, WorkspaceBuilder } from './test-support';
import { writeXlsx, xlsxText } from './xlsx';

const fixture = <T>(name: string): T =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/csv-injection/${name}`, import.meta.url), 'utf8'),
  ) as T;

const owasp = fixture<{
  triggerPrefixes: string[];
  escapingExamples: { input: string; escapedOutput: string }[];
}>('owasp-csv-injection-vectors.json');
const lists = [
  ...fixture<string[]>('payloadbox-csv-payloads.json'),
  ...fixture<string[]>('payloadsallthethings-csv-payloads.json'),
  ...owasp.escapingExamples.map((e) => e.input),
  ...[...owasp.triggerPrefixes, '\0'].map((t) => `${t}cmd|' /C calc'!A0`),
];
// OWASP: an attacker may also try to start a new cell mid-value, or hide behind a quote.
const PAYLOADS = [...new Set(lists.flatMap((p) => [p, ...[',', ';', '"', "'"].map((c) => c + p)]))];

/** One quote per payload, the payload in every free-text field a sheet shows. */
function hostileSheet() {
  const b = new WorkspaceBuilder();
  const doc = b.document({
    title: PAYLOADS[0]!,
    outlet: PAYLOADS[1]!,
    authors: [PAYLOADS[2]!, PAYLOADS[3]!],
    url: PAYLOADS[4]!,
    language: PAYLOADS[5]!,
    text: 'He said "yes".',
  });
  for (const payload of PAYLOADS) {
    const q = b.quote(doc, 'yes', { note: payload, cue: payload });
    b.attribute(q, b.source(payload, 'person', payload));
  }
  const columns = [
    ...['note', 'cue', 'speaker', 'speakerRole'],
    ...['article', 'outlet', 'authors', 'url', 'language'],
  ] as const;
  return buildQuoteSheet(b.data, { groupBy: 'none', columns: [...columns] }, GENERATED_AT);
}

const startsLikeFormula = (cell: string) => FORMULA_TRIGGERS.includes(cell.charAt(0));

describe('formula injection', () => {
  const sheet = hostileSheet();

  it('uses every vendored payload', () => {
    expect(lists.length).toBe(6 + 12 + 2 + 8);
    expect(sheet.quoteCount).toBe(PAYLOADS.length);
  });

  it("turns OWASP's escaping examples into exactly OWASP's escaped output", async () => {
    for (const { input, escapedOutput } of owasp.escapingExamples) {
      expect(csvField(input)).toBe(escapedOutput);
    }
    const text = new TextDecoder().decode(await writeCsv(sheet));
    for (const { escapedOutput } of owasp.escapingExamples) expect(text).toContain(escapedOutput);
  });

  it('reads every payload back from the CSV as literal text, never a formula', async () => {
    const text = new TextDecoder().decode(await writeCsv(sheet));
    const { data: rows, errors } = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(errors).toEqual([]);
    const body = rows.slice(1);
    expect(body).toHaveLength(PAYLOADS.length);
    for (const cells of body) {
      expect(cells).toHaveLength(9);
      for (const cell of cells) expect(startsLikeFormula(cell)).toBe(false);
      expect(new Set(cells.slice(0, 4).map(restoreCell)).size).toBe(1);
    }
    // Rows follow quote ids, not the list: compare what came back as a whole.
    expect(body.map((cells) => restoreCell(cells[0]!)).sort()).toEqual([...PAYLOADS].sort());
  });

  it('writes every payload to the XLSX as a string cell, never a formula', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(sheet)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Quotes')!;
    expect(ws.rowCount).toBe(PAYLOADS.length + 1);
    const values: unknown[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= 9; c++) {
        const cell = row.getCell(c);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        expect(startsLikeFormula(String(cell.value))).toBe(false);
      }
      expect(new Set([1, 2, 3, 4].map((c) => row.getCell(c).value)).size).toBe(1);
      values.push(row.getCell(1).value);
    }
    expect(values.sort()).toEqual(PAYLOADS.map(xlsxText).sort());
  });

  it("writes an article's authors and URL that look like formulas as text", async () => {
    const b = new WorkspaceBuilder();
    const doc = b.document({
      authors: ['=HYPERLINK("x")', 'Jane Doe'],
      url: "@SUM(1+1)*cmd|' /C calc'!A0",
      text: 'He said "yes".',
    });
    b.quote(doc, 'yes');
    const sheet = buildQuoteSheet(
      b.data,
      { groupBy: 'none', columns: ['authors', 'url'] },
      GENERATED_AT,
    );
    // The byte-order mark kept, so the comparison covers every byte.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await writeCsv(sheet))).toBe(
      '\uFEFF"Authors","URL"\r\n' +
        '"\'=HYPERLINK(""x""); Jane Doe","\'@SUM(1+1)*cmd|\' /C calc\'!A0"\r\n',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(sheet)) as unknown as ArrayBuffer);
    const row = wb.getWorksheet('Quotes')!.getRow(2);
    expect([1, 2].map((c) => [row.getCell(c).type, row.getCell(c).value])).toEqual([
      [ExcelJS.ValueType.String, '\'=HYPERLINK("x"); Jane Doe'],
      [ExcelJS.ValueType.String, "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ]);
  });
});
