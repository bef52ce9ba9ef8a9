// Markdown briefing of a quote sheet: a heading per group, each quote as a block quote inside its
// sentence with the quote in bold, then its facts as a list. Every article string is escaped, so
// a renderer shows it as text and never as markup.
import { splitContext } from '../../shared/export/context';
import type { QuoteSheet, QuoteSheetRow } from '../../shared/export/quote-sheet';
import { filterLine, rowFacts, showsContext, showsNote, summaryLine } from './briefing';
import { ExportTicker } from './progress';
import type { ExportRunOptions } from './progress';
import { tableRowCount } from './table';
import { escapeMarkdown } from './text';

/** The quote in bold inside its sentence (or alone), as one block-quote line. */
function quoteLine(sheet: QuoteSheet, row: QuoteSheetRow): string {
  const bold = `**${escapeMarkdown(row.text).trim()}**`;
  if (!showsContext(sheet) || !row.context) return `> ${bold}`;
  const [before, , after] = splitContext(row.context);
  // Escaped apart, so a special character on one side cannot pair with one on the other.
  return `> ${escapeMarkdown(before)}${bold}${escapeMarkdown(after)}`;
}

function rowBlock(sheet: QuoteSheet, row: QuoteSheetRow): string {
  const lines = [quoteLine(sheet, row), ''];
  for (const fact of rowFacts(sheet, row)) {
    lines.push(`- **${fact.label}:** ${escapeMarkdown(fact.value)}`);
  }
  if (showsNote(sheet) && row.note.trim() !== '') {
    lines.push(`- **Note:** ${escapeMarkdown(row.note)}`);
  }
  return lines.join('\n') + '\n';
}

/** The sheet as a Markdown document (LF line ends). Rejects with an AbortError when cancelled. */
export async function writeMarkdown(
  sheet: QuoteSheet,
  options: ExportRunOptions = {},
): Promise<string> {
  const ticker = new ExportTicker(tableRowCount(sheet), options);
  const parts = [`# ${escapeMarkdown(sheet.title)}\n`, `${escapeMarkdown(summaryLine(sheet))}\n`];
  const filters = filterLine(sheet);
  if (filters) parts.push(`${escapeMarkdown(filters)}\n`);
  if (sheet.groups.length === 0) parts.push('No quotes match these filters.\n');
  for (const group of sheet.groups) {
    if (sheet.options.groupBy !== 'none') parts.push(`## ${escapeMarkdown(group.title)}\n`);
    for (const row of group.rows) {
      parts.push(rowBlock(sheet, row));
      if (ticker.step()) await ticker.pause();
    }
  }
  ticker.finish();
  return parts.join('\n');
}
