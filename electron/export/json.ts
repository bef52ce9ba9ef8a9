// JSON export of a quote sheet at full fidelity: the options it was made with, the rows in
// order (grouped by reference), the Sources and Claims tables, and the stored entities behind
// them, so another tool can rebuild or re-check every row. Rows are one per line.
import { COLUMN_LABELS } from '../../shared/export/cells';
import type { QuoteSheet } from '../../shared/export/quote-sheet';
import { ExportTicker } from './progress';
import { textFormat } from './text-stream';
import type { TextEmitter } from './text-stream';

export const QUOTE_SHEET_JSON_FORMAT = 'attribution-workbench/quote-sheet';
/**
 * 2: rows' articles carry authors, url and language, and stored articles have `authors` where
 * they had `byline` (data schema 5). 3: rows' claims carry their `evidence`, and a row's claims
 * include those made from a plain selection of exactly its quote.
 */
export const QUOTE_SHEET_JSON_VERSION = 3;

/** A value pretty-printed at the depth of a top-level field. */
const nested = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');

/**
 * Emits the JSON document. Each distinct quote is one entry of `rows`; `groups` list their quote
 * ids, so a quote in several tag groups is written once.
 */
const emitJson =
  (sheet: QuoteSheet): TextEmitter =>
  async (out, run) => {
    const rows = [
      ...new Map(sheet.groups.flatMap((g) => g.rows.map((r) => [r.quoteId, r]))).values(),
    ];
    const entities = Object.values(sheet.entities).reduce((n, list) => n + list.length, 0);
    const ticker = new ExportTicker(rows.length + entities, run);
    const head = {
      format: QUOTE_SHEET_JSON_FORMAT,
      version: QUOTE_SHEET_JSON_VERSION,
      title: sheet.title,
      generatedAt: sheet.generatedAt,
      options: sheet.options,
      columns: sheet.columns.map((id) => ({ id, label: COLUMN_LABELS[id] })),
      quoteCount: sheet.quoteCount,
      groups: sheet.groups.map((g) => ({
        key: g.key,
        title: g.title,
        quoteIds: g.rows.map((r) => r.quoteId),
      })),
    };
    out.write('{\n');
    out.write(
      Object.entries(head)
        .map(([key, value]) => `  ${JSON.stringify(key)}: ${nested(value)}`)
        .join(',\n'),
    );

    out.write(',\n  "rows": [');
    for (let i = 0; i < rows.length; i++) {
      out.write(`${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(rows[i])}`);
      if (ticker.step()) await ticker.pause();
    }
    out.write(rows.length === 0 ? ']' : '\n  ]');
    out.write(`,\n  "sources": ${nested(sheet.sources)}`);
    out.write(`,\n  "claims": ${nested(sheet.claims)}`);

    out.write(',\n  "entities": {\n');
    let firstCollection = true;
    for (const [name, list] of Object.entries(sheet.entities) as [string, unknown[]][]) {
      out.write(`${firstCollection ? '' : ',\n'}    "${name}": [`);
      firstCollection = false;
      for (let i = 0; i < list.length; i++) {
        out.write(`${i === 0 ? '\n' : ',\n'}      ${JSON.stringify(list[i])}`);
        if (ticker.step()) await ticker.pause();
      }
      out.write(list.length === 0 ? ']' : '\n    ]');
    }
    out.write('\n  }\n}\n');
    ticker.finish();
  };

/** The sheet as a JSON document. Rejects with an AbortError when cancelled. */
export const { write: writeJson, stream: streamJson } = textFormat(emitJson);
