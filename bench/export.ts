// Benchmark of the quote-sheet exporters on a 100,000-row sheet: building the sheet, then CSV
// (target under 1 s) and XLSX (target under 10 s), with the briefing formats for comparison, and
// the PDF briefing's HTML at 10,000 rows (its printing needs Electron).
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { buildQuoteSheet, buildQuoteSheetCore } from '../shared/export/quote-sheet';
import type { QuoteSheet } from '../shared/export/quote-sheet';
import { streamCsv, writeCsv } from '../electron/export/csv';
import { nodeFs, writeFileDurable } from '../electron/store/io';
import type { ChunkSink } from '../electron/export/utf8-output';
import { writeDocx } from '../electron/export/docx';
import { streamHtml, writeHtml } from '../electron/export/html';
import { streamJson } from '../electron/export/json';
import { streamMarkdown } from '../electron/export/markdown';
import { writeXlsx } from '../electron/export/xlsx';
import { syntheticWorkspace } from '../electron/export/test-support';

type Streamer = (sheet: QuoteSheet, sink: ChunkSink) => Promise<void>;

const ARTICLES = 100;
const QUOTES_PER_ARTICLE = 1_000;
const GENERATED_AT = '2026-01-01T00:00:00.000Z';

const ms = (t: number) => `${t.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/** Wall time of `run`, and the CPU time the process spent meanwhile (GC threads included). */
async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; cpu: number; out: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const out = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, out };
}

// A full collection before each timed run, so a run pays for its own garbage and not for what
// the sheet builds or the previous run left behind (V8's memory reducer does the same in the app
// once the analyst pauses, before clicking Save). Exposed at run time, so `tsx` needs no flag.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Runs `write` `runs` times; the first run includes compiling the hot code. Sizes in bytes. */
async function timeWriter(
  sheet: QuoteSheet,
  runs: number,
  write: (sheet: QuoteSheet) => Promise<Uint8Array | string | number>,
): Promise<{ first: number; median: number; cpu: number; size: number }> {
  const times: number[] = [];
  const cpus: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const { ms: t, cpu, out } = await time(() => write(sheet));
    times.push(t);
    cpus.push(cpu);
    size =
      typeof out === 'number'
        ? out
        : typeof out === 'string'
          ? Buffer.byteLength(out)
          : out.byteLength;
  }
  const [first, ...rest] = times;
  const warmCpu = cpus.length > 1 ? median(cpus.slice(1)) : cpus[0]!;
  return { first: first!, median: rest.length > 0 ? median(rest) : first!, cpu: warmCpu, size };
}

/**
 * Rows per worksheet as exceljs's streaming reader sees them: proof that the large file is a
 * workbook another implementation can read, not only one our own tests accept.
 */
async function readBackRows(bytes: Uint8Array): Promise<Record<string, number>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  const rows: Record<string, number> = {};
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name: string }).name;
    rows[name] = 0;
    for await (const _row of sheet) rows[name] += 1;
  }
  return rows;
}

const verdict = (t: number, target: number) =>
  t < target ? `under the ${target / 1000} s target` : `OVER the ${target / 1000} s target`;

/** Lines to print: sheet build time and each format's time and size. */
export async function benchExport(): Promise<string[]> {
  const [load] = os.loadavg();
  const data = syntheticWorkspace(ARTICLES, QUOTES_PER_ARTICLE);
  const builds: number[] = [];
  let sheet: QuoteSheet | null = null;
  for (let i = 0; i < 3; i++) {
    const { ms: t, out } = await time(() => buildQuoteSheet(data, {}, GENERATED_AT));
    builds.push(t);
    sheet = out;
  }
  // The rows alone, as the preview and the CSV and briefing exports build them.
  const cores: number[] = [];
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    cores.push((await time(() => buildQuoteSheetCore(data, {}, GENERATED_AT))).ms);
  }
  const rows = sheet!.quoteCount;
  // CSV as the app saves it: streamed into a temp file beside the target, fsynced, renamed.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-export-'));
  const saved = (stream: Streamer) => async (s: QuoteSheet) => {
    const file = path.join(dir, 'sheet');
    await writeFileDurable(nodeFs, file, (write) => stream(s, write));
    return (await stat(file)).size; // the file's size: its bytes are not read back
  };
  const csv = await timeWriter(sheet!, 6, saved(streamCsv));
  const csvInMemory = await timeWriter(sheet!, 4, writeCsv);
  const xlsx = await timeWriter(sheet!, 3, writeXlsx);
  const read = await time(async () => readBackRows(await writeXlsx(sheet!)));
  const expected = {
    Quotes: rows + 1,
    Sources: sheet!.sources.length + 1,
    Claims: sheet!.claims.length + 1,
  };
  const readOk = JSON.stringify(read.out) === JSON.stringify(expected);
  const lines = [
    `Quote-sheet export (load average ${load!.toFixed(1)} on ${os.availableParallelism()} cores at the start): ${rows.toLocaleString('en')} rows (${ARTICLES} articles, ${sheet!.columns.length} columns, ` +
      `${sheet!.groups.length} speaker groups, ${sheet!.claims.length.toLocaleString('en')} claims)`,
    `  buildQuoteSheet (with the tables, for XLSX and JSON): median ${ms(median(builds))} of 3 (${builds.map(ms).join(', ')})`,
    `  buildQuoteSheetCore (rows only: preview, CSV, briefings): median ${ms(median(cores))} of 3 (${cores.map(ms).join(', ')})`,
    `  CSV saved (streamed to disk, fsynced): first run ${ms(csv.first)}, then median ${ms(csv.median)} (CPU ${ms(csv.cpu)}); ${mb(csv.size)}; ${verdict(csv.median, 1_000)}`,
    `  CSV as bytes in memory (tests, not the save path): first run ${ms(csvInMemory.first)}, then median ${ms(csvInMemory.median)} (CPU ${ms(csvInMemory.cpu)})`,
    `  XLSX: first run ${ms(xlsx.first)}, then median ${ms(xlsx.median)} (CPU ${ms(xlsx.cpu)}); ${mb(xlsx.size)}; ${verdict(xlsx.median, 10_000)}`,
    `  XLSX read back by exceljs's streaming reader in ${ms(read.ms)}: rows ${JSON.stringify(read.out)}` +
      (readOk ? ', as written' : `, EXPECTED ${JSON.stringify(expected)}`),
  ];
  // The text briefings are streamed into the file the same way.
  for (const [name, stream] of [
    ['Markdown', streamMarkdown],
    ['HTML', streamHtml],
    ['JSON', streamJson],
  ] as const) {
    const r = await timeWriter(sheet!, 2, saved(stream));
    lines.push(`  ${name} saved: first run ${ms(r.first)}, then ${ms(r.median)}; ${mb(r.size)}`);
  }
  await rm(dir, { recursive: true, force: true });
  // A Word briefing of 100,000 quotes is not something anyone reads: time a tenth of it.
  const tenth = buildQuoteSheet(
    data,
    { documentIds: Object.keys(data.documents).slice(0, 10) },
    GENERATED_AT,
  );
  const docx = await timeWriter(tenth, 1, writeDocx);
  lines.push(
    `  DOCX (${tenth.quoteCount.toLocaleString('en')} rows): ${ms(docx.first)}; ${mb(docx.size)}`,
  );
  lines.push(...(await benchPdfBriefing(data)));
  return lines;
}

/** Chromium refuses URLs longer than this (electron/electron#8317): the old data: URL route. */
const CHROMIUM_URL_LIMIT = 2 * 1024 * 1024;

/**
 * The PDF export at 10,000 rows, as far as it runs without Electron: the rows and the briefing's
 * HTML (what the app writes to a temporary file and prints), timed, with its size against the
 * data: URL limit that used to break large exports. printToPDF itself needs Electron.
 */
export async function benchPdfBriefing(
  data: ReturnType<typeof syntheticWorkspace>,
): Promise<string[]> {
  const pdfScope = { documentIds: Object.keys(data.documents).slice(0, 10) };
  const runs: number[] = [];
  let html = '';
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    const { ms: t, out } = await time(async () => {
      const sheet = buildQuoteSheetCore(data, pdfScope, GENERATED_AT);
      rows = sheet.quoteCount;
      return writeHtml(sheet);
    });
    runs.push(t);
    html = out;
  }
  const dataUrlLength = 'data:text/html;charset=utf-8,'.length + encodeURIComponent(html).length;
  return [
    `  PDF briefing (${rows.toLocaleString('en')} rows): rows and HTML in median ${ms(median(runs))} of 3 ` +
      `(${runs.map(ms).join(', ')}); ${html.length.toLocaleString('en')} characters, ` +
      `${mb(Buffer.byteLength(html))} written to the print file`,
    `    as a data: URL it would be ${dataUrlLength.toLocaleString('en')} characters, ` +
      `${(dataUrlLength / CHROMIUM_URL_LIMIT).toFixed(1)}x Chromium's ${CHROMIUM_URL_LIMIT.toLocaleString('en')} limit`,
    `    PDF rendering (Electron's printToPDF) SKIPPED: it needs the Electron binary, which this ` +
      `machine does not have; e2e/electron.spec.ts prints 3,000 quotes where it exists`,
  ];
}

// Alone (`npx tsx bench/export.ts`) it prints its lines; bench/run.ts imports it instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await benchExport()).join('\n'));
}
