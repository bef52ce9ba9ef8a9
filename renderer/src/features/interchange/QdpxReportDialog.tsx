// What importing a REFI-QDA project did: what came in, from which tool, and everything that did
// not (other kinds of source, spans outside their text, stray notes), each with its reason.
import { useId } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { plural } from '../../../../shared/text/plural';
import { Modal } from '../../ui/Modal';
import { ReportSection } from '../../ui/ReportSection';
import '../exports/exports.css';

type Report = NonNullable<ChannelOutput<'interchange.importQdpx'>>;

/** Each collection's noun in the singular, in the order the report names them. */
const NOUNS: [string, string][] = [
  ['documents', 'article'],
  ['tags', 'tag'],
  ['sources', 'source'],
  ['quotes', 'quote'],
  ['attributions', 'attribution'],
  ['annotations', 'highlight'],
  ['claims', 'claim'],
  ['assessments', 'grade'],
  ['memos', 'memo'],
];

export function QdpxReportDialog({ report, onClose }: { report: Report; onClose: () => void }) {
  const titleId = useId();
  const added = NOUNS.map(
    ([c, noun]) => [report.added[c as keyof Report['added']] ?? 0, noun] as const,
  ).filter(([n]) => n > 0);
  const tool = report.origin ? ` with ${report.origin}` : '';
  const by = report.users.length > 0 ? ` by ${report.users.join(', ')}` : '';
  const from = tool || by ? `made${tool}${by}` : '';
  return (
    <Modal labelledBy={titleId} onClose={onClose}>
      <div className="form bundle-report">
        <h2 id={titleId}>Imported {report.fileName}</h2>
        <p>
          {report.projectName ? `The project “${report.projectName}”` : 'The project'}
          {from ? ` (${from})` : ''}:{' '}
          {added.length === 0
            ? 'nothing new came in.'
            : `added ${added.map(([n, noun]) => plural(n, noun)).join(', ')}. Undo removes everything the import added.`}
        </p>
        <ReportSection
          label="Not imported"
          heading={`Not imported (${report.skipped.length})`}
          items={report.skipped.map((s) => `${s.name}: ${s.reason}`)}
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
