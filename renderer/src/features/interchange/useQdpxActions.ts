// The File menu's REFI-QDA commands: export the workspace as a .qdpx (the service asks where),
// and import one, showing its report (what came in, what was skipped and why).
import { useCallback, useMemo } from 'react';
import { call } from '../../api/client';
import type { DialogState } from '../../AppDialogs';
import { fileName } from '../../ui/StatusToast';
import type { Status } from '../../ui/StatusToast';
import { plural } from '../../../../shared/text/plural';

interface Options {
  setDialog: (dialog: DialogState) => void;
  setStatus: (message: Status) => void;
  reportError: (message: string) => void;
  /** Refreshes the workspace after the import changed it. */
  changed: () => Promise<void>;
}

export function useQdpxActions({ setDialog, setStatus, reportError, changed }: Options) {
  const exportQdpx = useCallback(async () => {
    const result = await call('interchange.exportQdpx');
    if (!result.ok) return reportError(result.error.message);
    const { path, articles, selections } = result.value;
    if (!path) return;
    setStatus({
      text: `Saved ${plural(articles, 'article')} and ${plural(selections, 'coded span')} as ${fileName(path)}`,
      savedFile: path,
    });
  }, [setStatus, reportError]);

  const importQdpx = useCallback(async () => {
    const result = await call('interchange.importQdpx');
    if (!result.ok) return reportError(result.error.message);
    if (!result.value) return;
    setDialog({ kind: 'qdpxReport', report: result.value });
    await changed();
  }, [setDialog, reportError, changed]);

  return useMemo(() => ({ exportQdpx, importQdpx }), [exportQdpx, importQdpx]);
}
