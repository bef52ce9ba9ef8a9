// The live preview of a quote sheet: the first rows of each group as the exported table will
// show them, with the quote set off inside its context. Text only, never HTML.
import { plural } from '../../../../shared/text/plural';
import type { ChannelOutput } from '../../../../shared/ipc/contract';

type Preview = ChannelOutput<'exports.preview'>;

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
  if (!preview) return <p className="field-hint">Preparing the preview…</p>;
  const shown = preview.groups.reduce((n, g) => n + g.rows.length, 0);
  const contextColumn = preview.columns.findIndex((c) => c.id === 'context');
  return (
    <section className="sheet-preview" aria-label="Preview">
      <p className="field-hint" aria-live="polite">
        {preview.total === 0
          ? 'No quote matches: widen the scope or the filters.'
          : `${plural(preview.total, 'quote')}${shown < preview.total ? `, the first ${shown} shown` : ''}`}
      </p>
      {preview.total > 0 && (
        <div className="table-scroll">
          <table className="grid" aria-label="Quote sheet preview">
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
                      {group.label} ({group.count})
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
