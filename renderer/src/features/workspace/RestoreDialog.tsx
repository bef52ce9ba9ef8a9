// "Restore from an earlier copy…": the older snapshot generations and the files set aside after
// damage, newest first, with what each holds; restoring one keeps the current state as a copy
// of its own first and is a single undoable edit.
import { useEffect, useState } from 'react';
import type { WorkspaceCopy } from '../../../../shared/ipc/channels/workspace';
import { formatDateTime } from '../../../../shared/text/dates';
import { plural } from '../../../../shared/text/plural';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import './restore.css';

interface Props {
  onRestored: (message: string) => void;
  onClose: () => void;
}

const KIND_LABELS: Record<WorkspaceCopy['kind'], string> = {
  generation: 'Earlier save',
  set_aside: 'Set aside',
};

/** "3 articles, 12 sources, 140 quotes". */
export function describeCounts(counts: WorkspaceCopy['counts']): string {
  if (!counts) return 'contents unknown';
  return [
    plural(counts.documents, 'article'),
    plural(counts.sources, 'source'),
    plural(counts.quotes, 'quote'),
  ].join(', ');
}

export function RestoreDialog({ onRestored, onClose }: Props) {
  const [copies, setCopies] = useState<WorkspaceCopy[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('workspace.copies').then((result) => {
      if (result.ok) setCopies(result.value);
      else setError(result.error.message);
    });
  }, []);

  const restore = async (name: string) => {
    setBusy(true);
    const result = await call('workspace.restoreCopy', { name });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onRestored(
      `Restored ${result.value.restored} (${plural(result.value.changes, 'change')}); ` +
        `the state before is kept as ${result.value.keptCurrentAs}`,
    );
  };

  return (
    <Modal labelledBy="restore-title" onClose={onClose} className="dialog restore-dialog">
      <div className="form">
        <h2 id="restore-title">Restore from an earlier copy</h2>
        <p className="field-hint">
          The workspace keeps its last saves and every file it had to set aside. Restoring one keeps
          what you have now as a copy first, and Undo takes it back.
        </p>
        {copies === null && !error && <p className="field-hint">Reading the workspace folder…</p>}
        {copies !== null && copies.length === 0 && (
          <p className="empty">No earlier copies yet: they appear after the workspace is saved.</p>
        )}
        {copies !== null && copies.length > 0 && (
          <ul className="restore-list" aria-label="Earlier copies">
            {copies.map((copy) => (
              <li key={copy.name}>
                <div className="restore-item">
                  <span className="restore-name">{copy.name}</span>
                  <span className="restore-detail">
                    {KIND_LABELS[copy.kind]} · {formatDateTime(copy.savedAt)} ·{' '}
                    {describeCounts(copy.counts)}
                  </span>
                  {copy.problem && <span className="restore-problem">{copy.problem}</span>}
                </div>
                {copy.restorable &&
                  (confirming === copy.name ? (
                    <span className="restore-confirm">
                      <button
                        type="button"
                        className="primary"
                        disabled={busy}
                        onClick={() => void restore(copy.name)}
                      >
                        Restore now
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        Keep current
                      </button>
                    </span>
                  ) : (
                    <button type="button" onClick={() => setConfirming(copy.name)}>
                      Restore…
                    </button>
                  ))}
              </li>
            ))}
          </ul>
        )}
        <FormError message={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
