// Import articles: files through the system's open dialog (several at once), files dropped on
// the window, or pasted text and web content. The service parses everything; this dialog shows
// the progress of the batch and then its report.
import { useEffect, useRef, useState } from 'react';
import type { ImportReport, ImportSource } from '../../../../shared/ipc/channels/documents';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import { ImportReportView } from './ImportReportView';
import { useImportJob } from './useImportJob';
import './import.css';

interface Props {
  /** A batch to run at once (files dropped on the window). */
  start?: ImportSource;
  /** Called when a batch has finished with what it imported (the dialog may stay open). */
  onFinished: (report: ImportReport) => void;
  /** Opens an article (closing the dialog). */
  onOpen: (documentId: string) => void;
  onClose: () => void;
}

export function ImportDialog({ start, onFinished, onOpen, onClose }: Props) {
  const { state, run } = useImportJob();
  const [pasted, setPasted] = useState<{ text: string; html: string }>({ text: '', html: '' });
  const started = useRef(false);

  const runAndReport = async (source: ImportSource) => {
    const report = await run(source);
    if (!report) return;
    onFinished(report);
    // One article in, nothing to tell: open it. Otherwise the report stays for the analyst.
    const only = report.imported[0];
    if (
      report.imported.length === 1 &&
      report.duplicates.length + report.failed.length === 0 &&
      only
    ) {
      onOpen(only.id);
    }
  };

  useEffect(() => {
    if (start && !started.current) {
      started.current = true;
      void runAndReport(start);
    }
    // Runs once for the batch it was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const running = state.phase === 'running';
  const onPaste = (event: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    if (html.trim() === '') return; // plain text: the textarea takes it as usual
    // Web content: keep its markup for the service (headings, lists, metadata) and show its text.
    event.preventDefault();
    setPasted({ html, text });
  };

  return (
    <Modal
      labelledBy="import-title"
      onClose={() => !running && onClose()}
      className="dialog import-dialog"
    >
      <div className="form">
        <h2 id="import-title">Import articles</h2>
        {state.phase === 'running' ? (
          <div className="import-progress">
            <p>
              {state.total > 0
                ? `Importing ${Math.min(state.done + 1, state.total)} of ${state.total}`
                : 'Importing…'}
              {state.current && <span className="import-current">: {state.current}</span>}
            </p>
            <progress
              aria-label="Import progress"
              max={Math.max(state.total, 1)}
              value={state.done}
            />
          </div>
        ) : state.phase === 'done' ? (
          <ImportReportView report={state.report} onOpen={onOpen} />
        ) : (
          <>
            <div className="import-choose">
              <button
                type="button"
                className="primary"
                onClick={() => void runAndReport({ kind: 'dialog' })}
              >
                Choose files…
              </button>
              <p className="field-hint">
                Web pages (.html, .mhtml), PDF, Word (.docx), Markdown (.md) and plain text in any
                encoding. You can also drop files anywhere on the window.
              </p>
            </div>
            <label className="field">
              <span className="field-label">Or paste an article</span>
              <textarea
                rows={8}
                value={pasted.text}
                onPaste={onPaste}
                onChange={(e) => setPasted({ text: e.target.value, html: '' })}
                placeholder="Paste text or a selection copied from a web page"
              />
              {pasted.html !== '' && (
                <span className="field-hint">
                  Pasted from a web page: headings, lists and the page’s details are kept.
                </span>
              )}
            </label>
            <FormError message={state.phase === 'failed' ? state.message : null} />
          </>
        )}
        {state.phase === 'done' ? (
          <div className="actions">
            <button type="button" className="primary" onClick={onClose}>
              Close
            </button>
          </div>
        ) : state.phase !== 'running' ? (
          <div className="actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={pasted.text.trim() === ''}
              onClick={() => void runAndReport({ kind: 'paste', ...pasted })}
            >
              Import pasted text
            </button>
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
