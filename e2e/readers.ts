// Real readers for exported files, so e2e specs compare what a spreadsheet, a word processor or
// a PDF viewer would show: papaparse, exceljs, mammoth and pdf.js.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);

export async function readCsv(file: string): Promise<string[][]> {
  const text = await readFile(file, 'utf8');
  if (text.charCodeAt(0) !== 0xfeff) throw new Error('CSV without a UTF-8 BOM');
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(parsed.errors[0]?.message);
  return parsed.data;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings ask for its own Buffer type; a Node Buffer is what it reads.
  await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  return workbook;
}

export async function readDocxText(file: string): Promise<string> {
  // Raw text only: no images or external files are touched.
  return (await mammoth.extractRawText({ buffer: await readFile(file) })).value;
}

export async function readPdfText(file: string): Promise<string> {
  const fonts = path.join(
    path.dirname(require.resolve('pdfjs-dist/package.json')),
    'standard_fonts',
  );
  const pdf = await getDocument({
    data: new Uint8Array(await readFile(file)),
    standardFontDataUrl: `${fonts}${path.sep}`,
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}
