// The Sources view: the registry of everyone who speaks, and one source's page when opened.
// Reloads whenever the workspace changes (`version`), so grades and counts stay current.
import { useEffect, useState } from 'react';
import type { SourceTableRow } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { SourcePage } from './SourcePage';
import { SourcesTable } from './SourcesTable';

interface Props {
  /** Changes whenever the workspace did; triggers a reload of the table. */
  version: number;
  openSourceId: string | null;
  onOpenSource: (id: string | null) => void;
  onOpenQuote: (documentId: string, quoteId: string) => void;
  onOpenClaim?: (claimId: string) => void;
  onChanged: () => void;
  reportError: (message: string) => void;
}

export function SourcesView(props: Props) {
  const { version, openSourceId, onOpenSource, onOpenQuote, onChanged, reportError } = props;
  const [rows, setRows] = useState<SourceTableRow[] | null>(null);

  useEffect(() => {
    let cancelled = false;
    void call('sources.table').then((result) => {
      if (cancelled) return;
      if (result.ok) setRows(result.value);
      else reportError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [version, reportError]);

  if (openSourceId) {
    return (
      <main className="sources-view">
        <SourcePage
          key={openSourceId}
          sourceId={openSourceId}
          onBack={() => onOpenSource(null)}
          onOpenQuote={onOpenQuote}
          onOpenClaim={props.onOpenClaim}
          version={version}
          reportError={reportError}
          onChanged={onChanged}
          onOpenSource={(id) => onOpenSource(id)}
        />
      </main>
    );
  }
  return (
    <main className="sources-view">
      {rows === null ? (
        <p className="empty">Loading sources…</p>
      ) : (
        <SourcesTable rows={rows} onOpen={(id) => onOpenSource(id)} />
      )}
    </main>
  );
}
