// JSON export of a quote sheet at full fidelity: the options it was made with, the rows in
// order (grouped by reference), the Sources and Claims tables, and the stored entities behind
// them, so another tool can rebuild or re-check every row. Rows are one per line.
import { COLUMN_LABELS } from '../../shared/export/cells';
import type { QuoteSheet } from '../../shared/export/quote-sheet';
import { ExportTicker } from './progress';
import type { ExportRunOptions } from './progress';

export const QUOTE_SHEET_JSON_FORMAT = 'attribution-workbench/quote-sheet';
export const QUOTE_SHEET_JSON_VERSION = 1;

/** A value pretty-printed at the depth of a top-level field. */
const nested = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');

/**
 * The sheet as a JSON document. Each distinct quote is one entry of `rows`; `groups` list their
 * quote ids, so a quote in several tag groups is written once. Rejects with an AbortError when
 * cancelled.
 */
export async function writeJson(
  sheet: QuoteSheet,
  options: ExportRunOptions = {},
): Promise<string> {
  const rows = [
    ...new Map(sheet.groups.flatMap((g) => g.rows.map((r) => [r.quoteId, r]))).values(),
  ];
  const entities = Object.values(sheet.entities).reduce((n, list) => n + list.length, 0);
  const ticker = new ExportTicker(rows.length + entities, options);
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
  const parts = Object.entries(head).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${nested(value)}`,
  );

  const lines: string[] = [];
  for (const row of rows) {
    lines.push(`    ${JSON.stringify(row)}`);
    if (ticker.step()) await ticker.pause();
  }
  parts.push(lines.length === 0 ? '  "rows": []' : `  "rows": [\n${lines.join(',\n')}\n  ]`);
  parts.push(`  "sources": ${nested(sheet.sources)}`, `  "claims": ${nested(sheet.claims)}`);

  const collections: string[] = [];
  for (const [name, list] of Object.entries(sheet.entities) as [string, unknown[]][]) {
    const items: string[] = [];
    for (const item of list) {
      items.push(`      ${JSON.stringify(item)}`);
      if (ticker.step()) await ticker.pause();
    }
    collections.push(
      items.length === 0 ? `    "${name}": []` : `    "${name}": [\n${items.join(',\n')}\n    ]`,
    );
  }
  parts.push(`  "entities": {\n${collections.join(',\n')}\n  }`);
  ticker.finish();
  return `{\n${parts.join(',\n')}\n}\n`;
}
