// Loads one source's page data (sources.get) and loads it again after an edit. An answer that
// arrives after the page moved on (another source, a newer reload) is dropped.
import { useCallback, useEffect, useState } from 'react';
import type { SourceDetail } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';

export interface SourceDetailState {
  /** null until the first answer for this source arrives. */
  detail: SourceDetail | null;
  error: string | null;
  reload: () => void;
}

export function useSourceDetail(sourceId: string): SourceDetailState {
  const [detail, setDetail] = useState<SourceDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void call('sources.get', { id: sourceId }).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setDetail(result.value);
        setError(null);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [sourceId, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { detail: detail?.source.id === sourceId ? detail : null, error, reload };
}
