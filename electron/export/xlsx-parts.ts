// The small fixed parts of the XLSX package: content types, relationships, the workbook with
// its sheet names and filter ranges, and the document properties (creator, title, dates).
import { xmlText } from './xlsx-sheet';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006';
const PACKAGE = 'http://schemas.openxmlformats.org/package/2006';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** A worksheet of the workbook: its tab name and the range its autofilter covers. */
export interface SheetEntry {
  name: string;
  filterRange: string;
}

export const sheetPath = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

export function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="${SHEET_TYPE}.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="${PACKAGE}/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${SHEET_TYPE}.sheet.main+xml"/>` +
    sheets +
    `<Override PartName="/xl/styles.xml" ContentType="${SHEET_TYPE}.styles+xml"/>` +
    '<Override PartName="/docProps/core.xml" ' +
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
  );
}

const relationships = (rels: readonly [type: string, target: string][]): string =>
  `${XML_HEAD}<Relationships xmlns="${PACKAGE}/relationships">` +
  rels
    .map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
    )
    .join('') +
  '</Relationships>';

export const packageRels = (): string =>
  relationships([
    [`${OFFICE}/relationships/officeDocument`, 'xl/workbook.xml'],
    [`${PACKAGE}/relationships/metadata/core-properties`, 'docProps/core.xml'],
  ]);

/** The workbook's relationships: the sheets are rId1..n, the styles come after them. */
export const workbookRels = (sheetCount: number): string =>
  relationships([
    ...Array.from({ length: sheetCount }, (_, i): [string, string] => [
      `${OFFICE}/relationships/worksheet`,
      `worksheets/sheet${i + 1}.xml`,
    ]),
    [`${OFFICE}/relationships/styles`, 'styles.xml'],
  ]);

/**
 * The workbook: its sheets in tab order, and the hidden name Excel gives each autofilter range
 * (Excel writes one for every filtered sheet and relies on it when the filter is reapplied).
 */
export function workbook(sheets: readonly SheetEntry[]): string {
  const tabs = sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const names = sheets
    .map(
      (s, i) =>
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
        `'${xmlText(s.name.replace(/'/g, "''"))}'!${absolute(s.filterRange)}</definedName>`,
    )
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `xmlns:r="${OFFICE}/relationships"><bookViews><workbookView/></bookViews>` +
    `<sheets>${tabs}</sheets><definedNames>${names}</definedNames></workbook>`
  );
}

/** Creator, title and dates; `at` is ISO 8601, written without milliseconds as Excel does. */
export function coreProperties(title: string, at: string): string {
  const when = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const date = (tag: string) =>
    `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${when}</dcterms:${tag}>`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="${PACKAGE}/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>Attribution Workbench</dc:creator><dc:title>${xmlText(title)}</dc:title>` +
    `${date('created')}${date('modified')}</cp:coreProperties>`
  );
}
