// What importing a colleague's bundle did: what was added, what was already here, and what was
// left alone (conflicts keep the local version; items missing their references were skipped).
import { useId } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { plural } from '../../../../shared/text/plural';
import { Modal } from '../../ui/Modal';
import './exports.css';

type Report = NonNullable<ChannelOutput<'bundle.import'>>;

/** Each collection's noun in the singular; plural() makes "1 article", "3 articles". */
const NOUNS: Record<string, string> = {
  documents: 'article',
  sources: 'source',
  quotes: 'quote',
  attributions: 'attribution',
  annotations: 'highlight',
  claims: 'claim',
  tags: 'tag',
  assessments: 'grade',
  memos: 'memo',
};

export function BundleReportDialog({ report, onClose }: { report: Report; onClose: () => void }) {
  const titleId = useId();
  const added = Object.entries(report.added).filter(([, n]) => n > 0);
  return (
    <Modal labelledBy={titleId} onClose={onClose}>
      <div className="form bundle-report">
        <h2 id={titleId}>Imported {report.fileName}</h2>
        <p>
          {added.length === 0
            ? 'Nothing new: everything in the bundle is already here.'
            : `Added ${added.map(([c, n]) => (NOUNS[c] ? plural(n, NOUNS[c]) : `${n} ${c}`)).join(', ')}.`}{' '}
          {report.unchanged > 0 &&
            `${plural(report.unchanged, 'item')} ${report.unchanged === 1 ? 'was' : 'were'} already here, unchanged.`}{' '}
          {added.length > 0 && 'Undo removes everything the import added.'}
        </p>
        {report.conflicts.length > 0 && (
          <section aria-label="Conflicts">
            <h3>Kept the local version ({report.conflicts.length})</h3>
            <ul>
              {report.conflicts.map((c) => (
                <li key={`${c.collection}:${c.id}`}>
                  {c.label}: {c.reason}
                </li>
              ))}
            </ul>
          </section>
        )}
        {report.skipped.length > 0 && (
          <section aria-label="Skipped">
            <h3>Not imported ({report.skipped.length})</h3>
            <ul>
              {report.skipped.map((c) => (
                <li key={`${c.collection}:${c.id}`}>
                  {c.label}: {c.reason}
                </li>
              ))}
            </ul>
          </section>
        )}
        {report.notes.length > 0 && (
          <section aria-label="Notes">
            <h3>Worth a look</h3>
            <ul>
              {report.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </section>
        )}
        <div className="actions">
          <button type="button" className="primary" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
