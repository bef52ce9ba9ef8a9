// HTML briefing of a quote sheet (each quote with its facts and the claims made from it, their
// verdicts and evidence): one self-contained file (inline CSS, no script, no external
// resource, a CSP that forbids loading any) that reads well on screen and prints to PDF in
// Chromium. Every string from the workspace is escaped; class names come only from enums.
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
import { tableRowCount } from './table';
import { escapeHtml as esc } from './text';
import { textFormat } from './text-stream';
import type { TextEmitter } from './text-stream';

const MARK_CSS = [
  ...Object.entries(GRADE_COLORS).map(([g, rgb]) => `.grade-${g}{background:#${rgb}}`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `.cred-${n}{background:#${credibilityColor(n)}}`),
  ...Object.entries(STATUS_COLORS).map(([s, rgb]) => `.status-${s}{background:#${rgb}}`),
].join('\n');

export const BRIEFING_CSS = `
*{-webkit-print-color-adjust:exact;print-color-adjust:exact;box-sizing:border-box}
body{font:11pt/1.5 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin:0 0 .3rem}
.summary{color:#555;font:9.5pt/1.4 system-ui,sans-serif;margin:.1rem 0}
h2{font-size:1.25rem;border-bottom:1px solid #bbb;padding-bottom:.15rem;margin:2rem 0 .5rem;break-after:avoid}
.byline,.url{color:#555;font:9.5pt/1.4 system-ui,sans-serif;margin:-.3rem 0 .5rem;break-after:avoid}
.byline+.url{margin-top:-.4rem}
.url{overflow-wrap:anywhere}
article{margin:0 0 1.4rem;break-inside:avoid}
blockquote{margin:0 0 .4rem;padding:.15rem 0 .15rem .8rem;border-left:3px solid #888}
blockquote p{margin:0}
blockquote strong{background:#fff3b0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.05rem .8rem;margin:0;font:9.5pt/1.4 system-ui,sans-serif}
dl>div{display:contents}
dt{color:#555}
dd{margin:0}
.mark{padding:0 .3em;border-radius:.2em}
.note{margin:.3rem 0 0;font:italic 9.5pt/1.4 system-ui,sans-serif;white-space:pre-wrap}
.claim{margin:.5rem 0 0 .8rem;padding-left:.6rem;border-left:2px dashed #999;font:9.5pt/1.4 system-ui,sans-serif}
.claim p{margin:0 0 .15rem}
.stance{font-weight:600}
.evidence{margin:.15rem 0 0;padding-left:1.1rem}
.evidence-note{font-style:italic}
@page{margin:18mm 16mm}
@media print{body{margin:0;max-width:none;padding:0}}
${MARK_CSS}
`.trim();

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'";

/** A fact's value, in a coloured mark when it is a grade, a credibility or a status. */
function factValue(fact: Labelled): string {
  const mark = fact.mark;
  if (!mark) return esc(fact.value);
  const cls =
    mark.kind === 'grade'
      ? `grade-${mark.grade}`
      : mark.kind === 'credibility'
        ? `cred-${mark.level}`
        : `status-${mark.status}`;
  return `<span class="mark ${cls}">${esc(fact.value)}</span>`;
}

function rowHtml(sheet: QuoteSheetCore, row: QuoteSheetRow): string {
  const quote = `<strong>${esc(row.text)}</strong>`;
  let said = quote;
  if (showsContext(sheet) && row.context) {
    const [before, , after] = splitContext(row.context);
    said = `${esc(before)}${quote}${esc(after)}`;
  }
  const list = factList(rowFacts(sheet, row));
  const note =
    showsNote(sheet) && row.note.trim() !== '' ? `\n<p class="note">${esc(row.note)}</p>` : '';
  const claims = rowClaims(sheet, row).map(claimHtml).join('');
  return `<article>\n<blockquote><p>${said}</p></blockquote>${list}${note}${claims}\n</article>\n`;
}

/** The facts as a definition list on a line of its own; '' for none. */
function factList(facts: readonly Labelled[]): string {
  const items = facts
    .map((f) => `<div><dt>${esc(f.label)}</dt><dd>${factValue(f)}</dd></div>`)
    .join('');
  return items === '' ? '' : `\n<dl>${items}</dl>`;
}

/** A claim: its statement, verdict and credibility, and its evidence as a list (none if empty). */
function claimHtml(claim: BriefingClaim): string {
  const evidence = claim.evidence
    .map((e) => {
      const note = e.note === '' ? '' : ` · <span class="evidence-note">${esc(e.note)}</span>`;
      return `<li><span class="stance">${esc(e.stance)}:</span> ${esc(e.what)}${note}</li>`;
    })
    .join('');
  const list = evidence === '' ? '' : `\n<ul class="evidence">${evidence}</ul>`;
  return (
    `\n<div class="claim">\n<p class="statement"><span class="stance">Claim:</span> ` +
    `${esc(claim.statement)}</p>${factList(claim.facts)}${list}\n</div>`
  );
}

/** Emits the HTML document. */
const emitHtml =
  (sheet: QuoteSheetCore): TextEmitter =>
  async (out, run) => {
    const ticker = new ExportTicker(tableRowCount(sheet), run);
    const filters = filterLine(sheet);
    out.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n');
    out.write(`<meta http-equiv="Content-Security-Policy" content="${CSP}">\n`);
    out.write('<meta name="viewport" content="width=device-width, initial-scale=1">\n');
    out.write('<meta name="generator" content="Attribution Workbench">\n');
    out.write(
      `<title>${esc(sheet.title)}</title>\n<style>\n${BRIEFING_CSS}\n</style>\n</head>\n<body>\n`,
    );
    out.write(
      `<header>\n<h1>${esc(sheet.title)}</h1>\n<p class="summary">${esc(summaryLine(sheet))}</p>\n`,
    );
    if (filters) out.write(`<p class="summary">${esc(filters)}</p>\n`);
    out.write('</header>\n');
    if (sheet.groups.length === 0) out.write('<p>No quotes match these filters.</p>\n');
    for (const group of sheet.groups) {
      out.write('<section>\n');
      if (sheet.options.groupBy !== 'none') out.write(`<h2>${esc(group.title)}</h2>\n`);
      const heading = articleHeading(sheet, group);
      if (heading?.byline) out.write(`<p class="byline">${esc(heading.byline)}</p>\n`);
      if (heading?.url) out.write(`<p class="url">${esc(heading.url)}</p>\n`);
      for (const row of group.rows) {
        out.write(rowHtml(sheet, row));
        if (ticker.step()) await ticker.pause();
      }
      out.write('</section>\n');
    }
    out.write('</body>\n</html>\n');
    ticker.finish();
  };

/** The sheet as an HTML document, in memory or streamed into a file. */
export const { write: writeHtml, stream: streamHtml } = textFormat(emitHtml);
