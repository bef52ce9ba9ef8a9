// The audit trail of one item: every logged edit that touched it, newest first, with who and
// when, read from the workspace's append-only change log.
import { useEffect, useState } from 'react';
import './annotations.css';
import type { ChangeLogEntry, DataCollection } from '../../../../shared/domain/workspace';
import { formatDateTime } from '../../../../shared/text/dates';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';

interface Props {
  collection: DataCollection;
  id: string;
  /** Changes when the workspace did, so the trail reloads. */
  version: number;
}

export function ItemHistory({ collection, id, version }: Props) {
  const [entries, setEntries] = useState<ChangeLogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void call('history.forItem', { collection, id }).then((result) => {
      if (cancelled) return;
      if (result.ok) setEntries(result.value);
      else setError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [collection, id, version]);

  return (
    <details className="item-history">
      <summary>History{entries ? ` (${entries.length})` : ''}</summary>
      <FormError message={error} />
      <ol aria-label="Change history">
        {entries?.map((entry) => (
          <li key={entry.id}>
            <span>{entry.label}</span>{' '}
            <span className="entry-meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · {entry.actor}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
