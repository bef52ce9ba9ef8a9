// The end of an import batch: what came in (with its warnings), what was already there, and
// what failed with its reason, each article with a button that opens it.
import type { ImportReport } from '../../../../shared/ipc/channels/documents';
import { plural } from '../../../../shared/text/plural';

interface Props {
  report: ImportReport;
  onOpen: (documentId: string) => void;
}

/** "2 articles imported, 1 duplicate skipped, 1 failed". */
export function summarizeReport(report: ImportReport): string {
  const parts = [`${plural(report.imported.length, 'article')} imported`];
  if (report.duplicates.length > 0)
    parts.push(`${plural(report.duplicates.length, 'duplicate')} skipped`);
  if (report.failed.length > 0) parts.push(`${report.failed.length} failed`);
  return parts.join(', ');
}

export function ImportReportView({ report, onOpen }: Props) {
  return (
    <div className="import-report">
      <p role="status" className="import-summary">
        {summarizeReport(report)}
      </p>
      {report.imported.length > 0 && (
        <section aria-label="Imported">
          <h3>Imported</h3>
          <ul>
            {report.imported.map((item) => (
              <li key={item.id}>
                <div className="import-item">
                  <span className="import-title">{item.title}</span>
                  <span className="import-detail">
                    {item.fileName || 'Pasted'} · {item.format.toUpperCase()}
                  </span>
                  {item.warnings.map((warning) => (
                    <span key={warning} className="import-warning">
                      {warning}
                    </span>
                  ))}
                </div>
                <button type="button" onClick={() => onOpen(item.id)}>
                  Open
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.duplicates.length > 0 && (
        <section aria-label="Already in the workspace">
          <h3>Already in the workspace</h3>
          <ul>
            {report.duplicates.map((item) => (
              <li key={`${item.fileName}-${item.existingId}`}>
                <div className="import-item">
                  <span className="import-title">{item.fileName}</span>
                  <span className="import-detail">Same text as “{item.existingTitle}”</span>
                </div>
                <button type="button" onClick={() => onOpen(item.existingId)}>
                  Open existing
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.failed.length > 0 && (
        <section aria-label="Not imported">
          <h3>Not imported</h3>
          <ul>
            {report.failed.map((item, i) => (
              <li key={`${item.fileName}-${i}`}>
                <div className="import-item">
                  <span className="import-title">{item.fileName}</span>
                  <span className="import-error">{item.message}</span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
