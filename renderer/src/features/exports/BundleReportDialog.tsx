// What importing a colleague's bundle did: what was added, what was already here, and what was
// left alone (conflicts keep the local version; items missing their references were skipped).
import { useId } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { plural } from '../../../../shared/text/plural';
import { Modal } from '../../ui/Modal';
import { ReportSection } from '../../ui/ReportSection';
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
        <ReportSection
          label="Conflicts"
          heading={`Kept the local version (${report.conflicts.length})`}
          items={report.conflicts.map((c) => `${c.label}: ${c.reason}`)}
        />
        <ReportSection
          label="Skipped"
          heading={`Not imported (${report.skipped.length})`}
          items={report.skipped.map((c) => `${c.label}: ${c.reason}`)}
        />
        <ReportSection label="Notes" heading="Worth a look" items={report.notes} />
        <div className="actions">
          <button type="button" className="primary" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
