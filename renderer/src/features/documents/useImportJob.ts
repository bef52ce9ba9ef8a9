// Runs one import batch through the service and follows its progress, so the dialog can show
// "Importing 3 of 50: report.pdf" while the service parses and the window stays responsive.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport, ImportSource } from '../../../../shared/ipc/channels/documents';
import { call } from '../../api/client';

export type ImportJobState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; current: string }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'failed'; message: string };

const POLL_MS = 200;

function newJobId(): string {
  return `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Starts imports; `run` resolves to the report, or null when the open dialog was cancelled. */
export function useImportJob() {
  const [state, setState] = useState<ImportJobState>({ phase: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (source: ImportSource): Promise<ImportReport | null> => {
    const jobId = newJobId();
    setState({ phase: 'running', done: 0, total: 0, current: '' });
    const timer = window.setInterval(() => {
      void call('documents.importProgress', { jobId }).then((result) => {
        if (!mounted.current || !result.ok || result.value === null) return;
        const progress = result.value;
        setState((s) => (s.phase === 'running' ? { phase: 'running', ...progress } : s));
      });
    }, POLL_MS);
    try {
      const result = await call('documents.import', { jobId, source });
      if (!mounted.current) return result.ok ? result.value : null;
      if (!result.ok) {
        setState({ phase: 'failed', message: result.error.message });
        return null;
      }
      setState(result.value ? { phase: 'done', report: result.value } : { phase: 'idle' });
      return result.value;
    } finally {
      window.clearInterval(timer);
    }
  }, []);

  return { state, run, reset: useCallback(() => setState({ phase: 'idle' }), []) };
}

/** Base64 of a file's bytes, in slices, so a large file does not blow the argument limit. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * The import source for files the analyst dropped or picked in the page. The shell gives the path
 * of a file from the disk (the service then reads it); only files without one travel as bytes.
 */
export async function sourceForFiles(files: readonly File[]): Promise<ImportSource> {
  const paths = files.map((file) => window.workbench?.pathForFile(file) ?? '');
  if (paths.every((p) => p !== '')) return { kind: 'paths', paths };
  const handed = await Promise.all(
    files.map(async (file) => ({
      name: file.name || 'Dropped file',
      base64: await base64Of(file),
    })),
  );
  return { kind: 'files', files: handed };
}
