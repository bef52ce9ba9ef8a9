// Import annotations made in Hypothesis or another Web Annotation tool (or our own export): the
// analyst says which article they belong to (matched by web address, or one chosen), picks the
// file, and reads what came in, what waits for review and what was skipped, with the reason.
import { useId, useState } from 'react';
import type { ChannelOutput, DocumentSummary } from '../../../../shared/ipc/contract';
import { plural } from '../../../../shared/text/plural';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import { ReportSection } from '../../ui/ReportSection';
import './annotation-import.css';

type Report = NonNullable<ChannelOutput<'annotations.import'>>;

interface Props {
  documents: readonly DocumentSummary[];
  /** The article open in the reader, offered first. */
  openDocumentId: string | null;
  onClose: () => void;
  /** Something was imported: the workspace changed. */
  onImported: (message: string) => void;
}

const MATCH = 'match';

export function AnnotationImportDialog({ documents, openDocumentId, onClose, onImported }: Props) {
  const titleId = useId();
  const targetId = useId();
  const [target, setTarget] = useState(MATCH);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  const choose = async () => {
    setBusy(true);
    setError(null);
    const result = await call('annotations.import', {
      documentId: target === MATCH ? null : target,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (!result.value) return;
    setReport(result.value);
    const total = result.value.highlights + result.value.quotes + result.value.claims;
    if (total > 0)
      onImported(`Imported ${plural(total, 'annotation')} from ${result.value.fileName}`);
  };

  const ordered = [...documents].sort((a, b) =>
    a.id === openDocumentId ? -1 : b.id === openDocumentId ? 1 : 0,
  );
  return (
    <Modal labelledBy={titleId} onClose={onClose}>
      <div className="form annotation-import">
        <h2 id={titleId}>{report ? `Imported ${report.fileName}` : 'Import annotations'}</h2>
        {report ? (
          <ReportView report={report} />
        ) : (
          <>
            <p>
              Brings in highlights, notes and tags from a Hypothesis export (JSON) or W3C Web
              Annotations (JSON-LD, including this workbench&apos;s own export), placed in an
              article already in the workspace. Passages found only approximately or not at all wait
              in the review queue. Undo takes the whole import back.
            </p>
            <label htmlFor={targetId}>Article</label>
            <select id={targetId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value={MATCH}>Match each annotation by the article&apos;s web address</option>
              {ordered.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                  {d.id === openDocumentId ? ' (open)' : ''}
                </option>
              ))}
            </select>
            <FormError message={error} />
          </>
        )}
        <div className="actions">
          {!report && (
            <button type="button" className="primary" disabled={busy} onClick={() => void choose()}>
              {busy ? 'Importing…' : 'Choose file…'}
            </button>
          )}
          <button type="button" autoFocus={report !== null} onClick={onClose}>
            {report ? 'Close' : 'Cancel'}
          </button>
        </div>
      </div>
    </Modal>
  );
}

function ReportView({ report }: { report: Report }) {
  const parts = [
    [report.highlights, 'highlight', 'highlights'],
    [report.quotes, 'quote', 'quotes'],
    [report.claims, 'claim', 'claims'],
    [report.evidence, 'piece of evidence', 'pieces of evidence'],
  ] as const;
  const added = parts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  const into = report.articles.length > 0 ? ` into ${report.articles.join(', ')}` : '';
  return (
    <>
      <p>
        {added.length > 0 ? `Added ${added.join(', ')}${into}.` : 'Nothing was imported.'}{' '}
        {report.newTags > 0 && `${plural(report.newTags, 'new tag')}. `}
        {report.newSources > 0 && `${plural(report.newSources, 'new source')}. `}
        {report.needsReview > 0 &&
          `${plural(report.needsReview, 'passage')} could not be placed exactly and ${
            report.needsReview === 1 ? 'waits' : 'wait'
          } in the review queue.`}
      </p>
      <ReportSection
        label="Skipped"
        heading={`Not imported (${report.skipped.length})`}
        items={report.skipped.map((s, i) => (
          <span key={i}>
            <span className="annotation-import-ref">{s.ref}</span>: {s.reason}
          </span>
        ))}
      />
    </>
  );
}
