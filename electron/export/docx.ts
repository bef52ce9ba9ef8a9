// Word briefing of a quote sheet with docx: a title, a heading per group, and each quote set off
// as an indented paragraph inside its sentence with the quote in bold italic, then its facts
// (speaker, grade, tags…), the analyst's note, and each claim made from it with its verdict,
// credibility and evidence. All text goes in as text runs.
import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
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
import type { BriefingClaim, Labelled } from './briefing';
import { GRADE_COLORS, STATUS_COLORS, credibilityColor } from './palette';
import { ExportTicker } from './progress';
import type { ExportRunOptions } from './progress';
import { tableRowCount } from './table';
import { xmlSafe } from './text';

const SMALL = 18; // half-points: 9 pt for facts and notes
const GREY = '555555';

/** Text for a run: XML-safe, on one line (line breaks are runs of their own where they matter). */
const line = (text: string): string => xmlSafe(text).replace(/\s+/g, ' ');

function markColor(fact: Labelled): string | null {
  const mark = fact.mark;
  if (!mark) return null;
  if (mark.kind === 'grade') return GRADE_COLORS[mark.grade];
  if (mark.kind === 'credibility') return credibilityColor(mark.level);
  return STATUS_COLORS[mark.status];
}

/** The quote, bold italic inside its sentence when context is shown. */
function quoteParagraph(sheet: QuoteSheetCore, row: QuoteSheetRow): Paragraph {
  const quote = new TextRun({ text: line(row.text), bold: true, italics: true });
  let children: ParagraphChild[] = [quote];
  if (showsContext(sheet) && row.context) {
    const [before, , after] = splitContext(row.context);
    children = [new TextRun(line(before)), quote, new TextRun(line(after))];
  }
  return new Paragraph({
    children,
    spacing: { before: 240, after: 60 },
    indent: { left: 360 },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } },
    keepNext: true,
  });
}

/** "Speaker: Steve Witkoff · Speaker grade: C (Fairly reliable) · …", grades and statuses shaded. */
function factsParagraph(facts: readonly Labelled[], left = 360): Paragraph {
  const children = facts.flatMap((fact, i) => {
    const fill = markColor(fact);
    return [
      new TextRun({ text: `${i === 0 ? '' : ' · '}${fact.label}: `, size: SMALL, color: GREY }),
      new TextRun({
        text: line(fact.value),
        size: SMALL,
        ...(fill ? { shading: { fill, color: 'auto' } } : {}),
      }),
    ];
  });
  return new Paragraph({ children, indent: { left }, spacing: { after: 60 } });
}

const CLAIM_INDENT = 720;

/**
 * A claim under its quote, indented: "Claim: …" with its verdict and credibility shaded, then a
 * line per piece of evidence ("Refutes: “…” (Title) · note"); no evidence, no lines.
 */
function claimParagraphs(claim: BriefingClaim): Paragraph[] {
  const small = (text: string, extra: { bold?: boolean; italics?: boolean } = {}) =>
    new TextRun({ text: line(text), size: SMALL, ...extra });
  return [
    new Paragraph({
      children: [small('Claim: ', { bold: true }), small(claim.statement)],
      indent: { left: CLAIM_INDENT },
      spacing: { before: 60 },
    }),
    factsParagraph(claim.facts, CLAIM_INDENT),
    ...claim.evidence.map(
      (e) =>
        new Paragraph({
          children: [
            small(`${e.stance}: `, { bold: true }),
            small(e.what),
            ...(e.note === '' ? [] : [small(' · '), small(e.note, { italics: true })]),
          ],
          indent: { left: CLAIM_INDENT + 360 },
          spacing: { after: 40 },
        }),
    ),
  ];
}

/** A grey line under an article's heading (its byline or URL), kept with what follows. */
function greyParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: line(text), size: SMALL, color: GREY })],
    spacing: { after: 60 },
    keepNext: true,
  });
}

/** The note, keeping its line breaks. */
function noteParagraph(note: string): Paragraph {
  const children = xmlSafe(note)
    .split(/\r\n?|\n/)
    .map((text, i) => new TextRun({ text, italics: true, size: SMALL, break: i === 0 ? 0 : 1 }));
  return new Paragraph({
    children: [new TextRun({ text: 'Note: ', bold: true, size: SMALL }), ...children],
    indent: { left: 360 },
  });
}

/** The sheet as DOCX bytes. Rejects with an AbortError when cancelled (before packing). */
export async function writeDocx(
  sheet: QuoteSheetCore,
  options: ExportRunOptions = {},
): Promise<Uint8Array> {
  const ticker = new ExportTicker(tableRowCount(sheet), options);
  const filters = filterLine(sheet);
  const children: Paragraph[] = [
    new Paragraph({ text: line(sheet.title), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: summaryLine(sheet), color: GREY })] }),
  ];
  if (filters)
    children.push(new Paragraph({ children: [new TextRun({ text: filters, color: GREY })] }));
  if (sheet.groups.length === 0) children.push(new Paragraph('No quotes match these filters.'));
  for (const group of sheet.groups) {
    if (sheet.options.groupBy !== 'none') {
      children.push(new Paragraph({ text: line(group.title), heading: HeadingLevel.HEADING_1 }));
    }
    const heading = articleHeading(sheet, group);
    for (const text of [heading?.byline, heading?.url]) {
      if (text) children.push(greyParagraph(text));
    }
    for (const row of group.rows) {
      children.push(quoteParagraph(sheet, row));
      const facts = rowFacts(sheet, row);
      if (facts.length > 0) children.push(factsParagraph(facts));
      if (showsNote(sheet) && row.note.trim() !== '') children.push(noteParagraph(row.note));
      for (const claim of rowClaims(sheet, row)) children.push(...claimParagraphs(claim));
      if (ticker.step()) await ticker.pause();
    }
  }
  const doc = new Document({
    creator: 'Attribution Workbench',
    title: line(sheet.title),
    description: summaryLine(sheet),
    sections: [{ properties: {}, children }],
  });
  const bytes = await Packer.toBuffer(doc);
  ticker.finish();
  return bytes;
}
