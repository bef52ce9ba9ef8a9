// The quote-sheet dialog: choose what to export and how, see a live preview, pick a format and
// save through the system's save dialog. Long exports show progress and can be cancelled.
// Loaded on first use (AppDialogs), and the first module of its chunk to build zod schemas: zod
// must be told not to probe `Function` (a CSP violation) before any schema is built.
import '../../../../shared/zod-jitless';
import { plural } from '../../../../shared/text/plural';
import { useEffect, useId, useState } from 'react';
import type { Tag } from '../../../../shared/domain/annotations';
import type { Source } from '../../../../shared/domain/schema';
import { QuoteSheetOptionsSchema } from '../../../../shared/export/quote-sheet';
import type { QuoteSheetOptions } from '../../../../shared/export/quote-sheet';
import type { ExportFormat } from '../../../../shared/ipc/channels/exports';
import type { ChannelOutput, DocumentSummary } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import { ExportOptionsForm } from './ExportOptionsForm';
import { SheetPreview } from './SheetPreview';
import { useExportJob } from './useExportJob';
import { fileName } from '../../ui/StatusToast';
import type { Status } from '../../ui/StatusToast';
import './exports.css';

const FORMATS: readonly [ExportFormat, string][] = [
  ['xlsx', 'Excel workbook (.xlsx)'],
  ['csv', 'CSV for any spreadsheet (.csv)'],
  ['docx', 'Word briefing (.docx)'],
  ['pdf', 'PDF briefing (.pdf)'],
  ['html', 'Web page (.html)'],
  ['markdown', 'Markdown (.md)'],
  ['json', 'JSON, full detail (.json)'],
  ['web-annotation', 'W3C Web Annotations (.jsonld)'],
  ['claim-review', 'schema.org ClaimReview for verdicts (.jsonld)'],
];

interface Props {
  documents: readonly DocumentSummary[];
  sources: readonly Source[];
  tags: readonly Tag[];
  /** The open article: the scope starts with it. */
  documentId: string | null;
  onClose: () => void;
  onSaved: (message: Status) => void;
}

export function ExportDialog(props: Props) {
  const titleId = useId();
  const [options, setOptions] = useState<QuoteSheetOptions>(() =>
    QuoteSheetOptionsSchema.parse({ documentIds: props.documentId ? [props.documentId] : [] }),
  );
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [preview, setPreview] = useState<ChannelOutput<'exports.preview'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useExportJob();
  const running = job.state.kind === 'running';

  // The preview follows the options, a moment after the analyst stops changing them.
  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      void call('exports.preview', { options }).then((result) => {
        if (stale) return;
        if (result.ok) {
          setPreview(result.value);
          setError(null);
        } else setError(result.error.message);
      });
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [options]);

  const save = async () => {
    const result = await job.start({ format, options });
    if (!result.ok) return;
    const { path, rows } = result.value;
    // The file's name, not its path; the toast's "Show in folder" finds it.
    if (path)
      props.onSaved({
        text: `Saved ${plural(rows, 'quote')} to ${fileName(path)}`,
        savedFile: path,
      });
  };

  const s = job.state;
  return (
    <Modal
      labelledBy={titleId}
      className="dialog export-dialog"
      onClose={running ? () => void job.cancel() : props.onClose}
    >
      <div className="form export-form">
        <h2 id={titleId}>Export quote sheet</h2>
        <div className="export-layout">
          <ExportOptionsForm
            value={options}
            onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))}
            documents={props.documents}
            sources={props.sources}
            tags={props.tags}
          />
          <SheetPreview preview={preview} />
        </div>
        <fieldset className="radio-row formats">
          <legend>Format</legend>
          {FORMATS.map(([id, label]) => (
            <label key={id}>
              <input
                type="radio"
                name="export-format"
                value={id}
                checked={format === id}
                onChange={() => setFormat(id)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <FormError message={error ?? (s.kind === 'failed' ? s.message : null)} />
        <div className="actions" aria-live="polite">
          {s.kind === 'running' && (
            <>
              <progress
                aria-label="Export progress"
                max={s.total || undefined}
                value={s.total ? s.done : undefined}
              />
              <span className="field-hint">
                {s.phase === 'saving'
                  ? 'Saving…'
                  : s.total
                    ? `${s.done} of ${s.total}`
                    : 'Preparing…'}
              </span>
              <button
                type="button"
                onClick={() => void job.cancel()}
                disabled={s.phase === 'saving'}
              >
                Cancel export
              </button>
            </>
          )}
          {s.kind === 'cancelled' && (
            <span className="field-hint">Export cancelled; nothing was saved.</span>
          )}
          {s.kind === 'done' && (
            <span className="field-hint">
              {s.result.path
                ? `Saved ${plural(s.result.rows, 'quote')} to ${fileName(s.result.path)}`
                : 'Not saved.'}
            </span>
          )}
          <button type="button" onClick={props.onClose} disabled={running}>
            Close
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={running}>
            Export…
          </button>
        </div>
      </div>
    </Modal>
  );
}
