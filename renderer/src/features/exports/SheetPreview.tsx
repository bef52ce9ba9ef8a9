// The live preview of a quote sheet: the first rows of each group as the exported table will
// show them, with the quote set off inside its context. Text only, never HTML. The table keeps
// a readable width per column and scrolls sideways inside the preview, under a sticky header.
import { plural } from '../../../../shared/text/plural';
import type { QuoteSheetColumn } from '../../../../shared/export/cells';
import type { ChannelOutput } from '../../../../shared/ipc/contract';

type Preview = ChannelOutput<'exports.preview'>;

/**
 * Each column's width in rem: enough for its longest usual word (and its header's) so text
 * wraps between words, never inside them; long prose gets room to read.
 */
const COLUMN_REM: Record<QuoteSheetColumn, number> = {
  quote: 22,
  speaker: 10,
  grade: 6,
  speakerRole: 10,
  kind: 8,
  cue: 8,
  attributions: 13,
  credibility: 7,
  claimStatus: 7.5,
  claims: 18,
  tags: 11,
  article: 14,
  outlet: 9,
  authors: 10,
  date: 7,
  url: 14,
  language: 6.5,
  paragraph: 6.5,
  context: 28,
  note: 16,
  medium: 8,
  saidAt: 8,
  quoteId: 10,
};
/** For a column this renderer does not know yet. */
const OTHER_REM = 10;

/** The width in rem the preview gives the column with this id. */
export function columnRem(id: string): number {
  return Object.hasOwn(COLUMN_REM, id) ? COLUMN_REM[id as QuoteSheetColumn] : OTHER_REM;
}

/** "12 quotes, the first 50 shown · 16 columns", or what to do when nothing matches. */
export function previewCount(total: number, shown: number, columns: number): string {
  if (total === 0) return 'No quote matches: widen the scope or the filters.';
  const rows = `${plural(total, 'quote')}${shown < total ? `, the first ${shown} shown` : ''}`;
  return `${rows} · ${plural(columns, 'column')}`;
}

function InContext({ context, quote }: { context: string; quote: string }) {
  const at = context.indexOf(quote);
  if (!context || at < 0) return <q>{quote}</q>;
  return (
    <>
      {context.slice(0, at)}
      <mark>{quote}</mark>
      {context.slice(at + quote.length)}
    </>
  );
}

export function SheetPreview({ preview }: { preview: Preview | null }) {
  if (!preview)
    return (
      <section className="sheet-preview" aria-label="Preview">
        <p className="field-hint">Preparing the preview…</p>
      </section>
    );
  const shown = preview.groups.reduce((n, g) => n + g.rows.length, 0);
  const contextColumn = preview.columns.findIndex((c) => c.id === 'context');
  const width = preview.columns.reduce((sum, c) => sum + columnRem(c.id), 0);
  return (
    <section className="sheet-preview" aria-label="Preview">
      <p className="field-hint sheet-preview-count" aria-live="polite">
        {previewCount(preview.total, shown, preview.columns.length)}
      </p>
      {preview.total > 0 && (
        // Focusable, so the keyboard can scroll it too.
        <div
          className="sheet-preview-scroll"
          tabIndex={0}
          role="region"
          aria-label="Scrollable preview"
        >
          <table
            className="grid sheet-table"
            aria-label="Quote sheet preview"
            // What the columns need (the CSS makes it at least as wide as the preview, with
            // the room left over shared between them); wider than the preview, it scrolls.
            style={{ width: `${width}rem` }}
          >
            <colgroup>
              {preview.columns.map((c) => (
                <col key={c.id} style={{ width: `${columnRem(c.id)}rem` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {preview.columns.map((c) => (
                  <th key={c.id} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            {preview.groups.map((group, gi) => (
              <tbody key={`${group.label}-${gi}`}>
                {group.label && (
                  <tr className="group-row">
                    <th scope="rowgroup" colSpan={preview.columns.length}>
                      {/* Stays in view while the table scrolls sideways. */}
                      <span className="group-label">
                        {group.label} ({group.count})
                      </span>
                    </th>
                  </tr>
                )}
                {group.rows.map((row) => (
                  <tr key={row.id}>
                    {row.cells.map((cell, i) => (
                      <td key={i}>
                        {i === contextColumn ? (
                          <InContext context={row.context} quote={row.quote} />
                        ) : (
                          cell
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
