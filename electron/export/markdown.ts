// Markdown briefing of a quote sheet: a heading per group, each quote as a block quote inside its
// sentence with the quote in bold, then its facts and claims (with their evidence) as a list. Every article string is escaped, so
// a renderer shows it as text and never as markup; each sits on one line, its runs of whitespace
// (line breaks included) shown as one space.
import { splitContext } from '../../shared/export/context';
import type { QuoteSheetCore, QuoteSheetRow } from '../../shared/export/quote-sheet';
import {
  articleHeading,
  filterLine,
  rowClaims,
  rowFacts,
  showsContext,
  showsNote,
  summaryLine,
} from './briefing';
import type { BriefingClaim } from './briefing';
import { ExportTicker } from './progress';
import { tableRowCount } from './table';
import { escapeMarkdown } from './text';
import { textFormat } from './text-stream';
import type { TextEmitter } from './text-stream';

// CommonMark's flanking rules: `**` opens only if the character after it is not punctuation or
// the one before it is whitespace or punctuation (and the mirror image to close). So in
// `were"**"likely"**` or `**"likely".**Then` the asterisks stay literal. Punctuation here is
// Unicode P or S by code point, as the spec says; some parsers (commonmark.js) look at UTF-16
// units instead, so a neighbour counts as safe only if its own unit is whitespace or punctuation.
const PUNCTUATION = /^[\p{P}\p{S}]/u;
const SAFE_NEIGHBOUR = /^[\s\p{P}\p{S}]$/u;
// HTML5 decoders (commonmark.js among them) read &#x80;-&#x9F; as Windows-1252 characters, so a
// C1 control cannot be written as a reference.
const C1_CONTROL = /^[\u0080-\u009F]$/;

const reference = (ch: string) => `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`;

/**
 * The quote in bold between its escaped neighbours, so that the bold always takes. Where the
 * quote starts (or ends) with punctuation and its neighbour is a letter or the like, the
 * neighbour is written as a numeric character reference: the source then has `;` beside the
 * asterisks, and the rendered text is unchanged. A C1 control neighbour is moved into the bold
 * instead (it is invisible, and the bold then starts with a character that is not punctuation).
 */
function boldBetween(before: string, quote: string, after: string): string {
  if (quote === '') return before + after;
  // Only the code points next to the asterisks matter: the sentence around them is long, and
  // splitting it into code points for every row doubled the time of a large export.
  let head = before;
  let core = quote;
  let tail = after;
  if (PUNCTUATION.test(firstCodePoint(core)) && head !== '') {
    const previous = lastCodePoint(head);
    if (C1_CONTROL.test(previous)) {
      head = head.slice(0, -previous.length);
      core = previous + core;
    } else if (!SAFE_NEIGHBOUR.test(before.at(-1)!)) {
      head = head.slice(0, -previous.length) + reference(previous);
    }
  }
  if (PUNCTUATION.test(lastCodePoint(core)) && tail !== '') {
    const next = firstCodePoint(tail);
    if (C1_CONTROL.test(next)) {
      tail = tail.slice(next.length);
      core += next;
    } else if (!SAFE_NEIGHBOUR.test(after[0]!)) {
      tail = reference(next) + tail.slice(next.length);
    }
  }
  return `${head}**${core}**${tail}`;
}

/** The first code point of a non-empty string (a surrogate pair stays whole). */
const firstCodePoint = (text: string): string => String.fromCodePoint(text.codePointAt(0)!);

/** The last code point of a non-empty string (a surrogate pair stays whole). */
function lastCodePoint(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  const high = text.length > 1 ? text.charCodeAt(text.length - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? -2 : -1);
}

/**
 * The quote in bold inside its sentence (or alone), as one block-quote line. Whitespace at the
 * quote's edges stays outside the bold, where it still separates the quote from its neighbours.
 */
function quoteLine(sheet: QuoteSheetCore, row: QuoteSheetRow): string {
  const [before, , after] =
    showsContext(sheet) && row.context ? splitContext(row.context) : ['', '', ''];
  const quote = escapeMarkdown(row.text);
  const core = quote.trim();
  const lead = quote.slice(0, quote.length - quote.trimStart().length);
  const trail = core === '' ? '' : quote.slice(quote.trimEnd().length);
  // Escaped apart, so a special character on one side cannot pair with one on the other. The
  // sentence's leading whitespace goes first: escapeMarkdown guards a list marker only at the
  // very start of its text, and " - x" after "> " would start a list inside the block quote.
  const line = boldBetween(
    escapeMarkdown(before.trimStart()) + lead,
    core,
    trail + escapeMarkdown(after),
  );
  return `> ${line}`.trimEnd();
}

/**
 * A claim as a list item with its verdict, credibility and evidence nested under it:
 * "- **Claim:** …", "  - **Verdict:** False", "  - **Refutes:** “…” (Title) · Note: …".
 */
function claimItem(claim: BriefingClaim): string {
  const nested = [
    ...claim.facts.map((fact) => `**${fact.label}:** ${escapeMarkdown(fact.value)}`),
    ...claim.evidence.map(
      (e) =>
        `**${e.stance}:** ${escapeMarkdown(e.what)}` +
        (e.note === '' ? '' : ` · Note: ${escapeMarkdown(e.note)}`),
    ),
  ];
  return [`- **Claim:** ${escapeMarkdown(claim.statement)}`, ...nested.map((n) => `  - ${n}`)].join(
    '\n',
  );
}

/** The quote line, then its facts, note and claims as a list after a blank line (none if empty). */
function rowBlock(sheet: QuoteSheetCore, row: QuoteSheetRow): string {
  const items = rowFacts(sheet, row).map(
    (fact) => `- **${fact.label}:** ${escapeMarkdown(fact.value)}`,
  );
  if (showsNote(sheet) && row.note.trim() !== '') {
    items.push(`- **Note:** ${escapeMarkdown(row.note)}`);
  }
  for (const claim of rowClaims(sheet, row)) items.push(claimItem(claim));
  const quote = quoteLine(sheet, row);
  return items.length === 0 ? `${quote}\n` : `${quote}\n\n${items.join('\n')}\n`;
}

/** Emits the Markdown document: its parts with a blank-line-making LF between each two. */
const emitMarkdown =
  (sheet: QuoteSheetCore): TextEmitter =>
  async (out, run) => {
    const ticker = new ExportTicker(tableRowCount(sheet), run);
    let first = true;
    const part = (text: string) => {
      if (!first) out.write('\n');
      out.write(text);
      first = false;
    };
    part(`# ${escapeMarkdown(sheet.title)}\n`);
    part(`${escapeMarkdown(summaryLine(sheet))}\n`);
    const filters = filterLine(sheet);
    if (filters) part(`${escapeMarkdown(filters)}\n`);
    if (sheet.groups.length === 0) part('No quotes match these filters.\n');
    for (const group of sheet.groups) {
      if (sheet.options.groupBy !== 'none') part(`## ${escapeMarkdown(group.title)}\n`);
      // Each its own paragraph: escaped, a URL is plain text to a CommonMark reader.
      const heading = articleHeading(sheet, group);
      if (heading?.byline) part(`${escapeMarkdown(heading.byline)}\n`);
      if (heading?.url) part(`${escapeMarkdown(heading.url)}\n`);
      for (const row of group.rows) {
        part(rowBlock(sheet, row));
        if (ticker.step()) await ticker.pause();
      }
    }
    ticker.finish();
  };

/** The sheet as a Markdown document (LF line ends). Rejects with an AbortError when cancelled. */
export const { write: writeMarkdown, stream: streamMarkdown } = textFormat(emitMarkdown);
