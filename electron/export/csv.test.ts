import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, neutraliseCell, restoreCell } from '../../shared/export/cells';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import type { QuoteSheet } from '../../shared/export/quote-sheet';
import { csvField, streamCsv, writeCsv } from './csv';
import { Utf8Output } from './utf8-output';
import { isAbortError } from './progress';
import {
  GENERATED_AT,
  WorkspaceBuilder,
  articlesWorkspace,
  smallWorkspace,
  syntheticWorkspace,
} from './test-support';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });

describe('writeCsv', () => {
  const { data } = smallWorkspace();
  const columns = [
    'quote',
    'speaker',
    'grade',
    'claimStatus',
    'paragraph',
    'context',
    'note',
  ] as const;

  it('writes UTF-8 with a BOM, CRLF line ends, and a header papaparse reads back', async () => {
    const sheet = buildQuoteSheet(data, { groupBy: 'source', columns: [...columns] }, GENERATED_AT);
    const text = decode(await writeCsv(sheet));
    expect(text.startsWith('\uFEFF"Group (speaker)","Quote",')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { data: rows, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      [
        'Group (speaker)',
        'Quote',
        'Speaker',
        'Speaker grade',
        'Claim status',
        'Paragraph',
        'Context',
        'Note',
      ],
      [
        'A Ukrainian official',
        'likely',
        'A Ukrainian official',
        '',
        '',
        '2',
        'A Ukrainian official, speaking on condition of anonymity, said the talks were "likely" to go on.',
        '',
      ],
      [
        'Steve Witkoff',
        'justify these actions',
        'Steve Witkoff',
        'C',
        'Disputed',
        '1',
        'Witkoff told Fox News that the referendums "justify these actions".',
        'Contradicted by the UN.',
      ],
    ]);
  });

  it('has no group column when the sheet is not grouped', async () => {
    const sheet = buildQuoteSheet(data, { groupBy: 'none', columns: ['quote'] }, GENERATED_AT);
    expect(decode(await writeCsv(sheet))).toBe(
      '\uFEFF"Quote"\r\n"justify these actions"\r\n"likely"\r\n',
    );
  });

  it("writes each article's outlet, authors, date, URL and language, empty where not known", async () => {
    const { data } = articlesWorkspace();
    const sheet = buildQuoteSheet(
      data,
      { groupBy: 'none', columns: ['quote', 'outlet', 'authors', 'date', 'url', 'language'] },
      GENERATED_AT,
    );
    expect(decode(await writeCsv(sheet)).split('\r\n')).toEqual([
      '\uFEFF"Quote","Outlet","Authors","Date","URL","Language"',
      '"constructive","Reuters","Jane Doe; John Roe","2025-03-18",' +
        '"https://www.reuters.com/world/us-talks-riyadh-2025-03-18/","en"',
      '"maybe","","","","",""',
      '"no deal yet","","Olena Kovalenko","","","en"',
      '',
    ]);
  });

  it('doubles quotes and keeps commas, semicolons and line breaks inside one field', () => {
    expect(csvField('a "b", c;\r\nd')).toBe('"a ""b"", c;\r\nd"');
  });

  it('skips the guard only for cells the guard would leave alone', () => {
    // csvField calls neutraliseCell only for cells starting with a trigger or an apostrophe.
    const triggered = [...FORMULA_TRIGGERS, "'"].flatMap((ch) => [ch, `${ch}1`, `'${ch}1`]);
    for (const s of ['', '1', 'A', '“x”', ...triggered]) {
      expect(csvField(s)).toBe(`"${neutraliseCell(s).replace(/"/g, '""')}"`);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(csvField(s)).toBe(`"${neutraliseCell(s).replace(/"/g, '""')}"`);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes only the group when every column is switched off', async () => {
    const sheet = buildQuoteSheet(
      data,
      { groupBy: 'source', columns: ['context'], includeContext: false },
      GENERATED_AT,
    );
    expect(decode(await writeCsv(sheet))).toBe(
      '\uFEFF"Group (speaker)"\r\n"A Ukrainian official"\r\n"Steve Witkoff"\r\n',
    );
  });

  it('round-trips any text through papaparse once the formula guard is taken off', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom('"', ',', ';', '\r', '\n', '=', "'", '-', ' ', 'x', '\t'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(text, text, async (note, cue) => {
        const b = new WorkspaceBuilder();
        const doc = b.document({ text: 'He said "yes".' });
        b.quote(doc, 'yes', { note, cue });
        const sheet = buildQuoteSheet(
          b.data,
          { groupBy: 'none', columns: ['cue', 'note'] },
          GENERATED_AT,
        );
        const { data: rows, errors } = parse(decode(await writeCsv(sheet)));
        expect(errors).toEqual([]);
        expect(rows[1]!.map(restoreCell)).toEqual([cue, note]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Utf8Output', () => {
  it('encodes exactly what Buffer.from does, however it has to grow', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' })),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 64 }),
        (texts, initial, reserved) => {
          const out = new Utf8Output(initial);
          texts.forEach((text, i) => {
            out.write(text);
            if (i === 1) out.reserve(reserved);
          });
          expect(out.bytes().equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
          expect(out.length).toBe(out.bytes().length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('writeCsv on a large sheet', () => {
  const sheet: QuoteSheet = buildQuoteSheet(
    syntheticWorkspace(3, 1000),
    { groupBy: 'none' },
    GENERATED_AT,
  );

  it('reports progress as it goes and ends at the total', async () => {
    const reports: [number, number][] = [];
    const bytes = await writeCsv(sheet, {
      onProgress: (done, total) => reports.push([done, total]),
    });
    const { data: rows, errors } = parse(decode(bytes));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(3001);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([sheet.columns.length]));
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.at(-1)).toEqual([3000, 3000]);
    expect(reports.map(([done]) => done)).toEqual(
      [...reports.map(([done]) => done)].sort((a, b) => a - b),
    );
  });

  it('stops with an AbortError when cancelled midway, or at once when cancelled before', async () => {
    const controller = new AbortController();
    const reports: number[] = [];
    const run = writeCsv(sheet, {
      signal: controller.signal,
      onProgress: (done) => {
        reports.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toSatisfy(isAbortError);
    expect(reports).toEqual([1000]);
    await expect(writeCsv(sheet, { signal: AbortSignal.abort() })).rejects.toSatisfy(isAbortError);
  });

  it('streams the same bytes in chunks of about a thousand records, one buffer reused', async () => {
    const chunks: Buffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    await streamCsv(sheet, async (chunk) => {
      chunks.push(Buffer.from(chunk)); // a copy: the writer reuses its buffer
      seen.add(chunk.buffer);
    });
    expect(Buffer.concat(chunks).equals(Buffer.from(await writeCsv(sheet)))).toBe(true);
    expect(chunks).toHaveLength(3); // after records 1,000, 2,000 and 3,000: nothing is left over
    expect(seen.size).toBe(1);
  });

  it('stops streaming with an AbortError when cancelled midway', async () => {
    const controller = new AbortController();
    let chunks = 0;
    const run = streamCsv(
      sheet,
      async () => {
        chunks += 1;
        controller.abort();
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toSatisfy(isAbortError);
    expect(chunks).toBe(1);
  });
});
