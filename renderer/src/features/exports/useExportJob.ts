// Runs one export as a job: starts it, polls its progress while it runs, and cancels it on
// request. Polling works the same over Electron's IPC and the test harness's binding.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';

export type JobState =
  | { kind: 'idle' }
  | { kind: 'running'; phase: string; done: number; total: number }
  | { kind: 'done'; result: ChannelOutput<'exports.save'> }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const POLL_MS = 150;

export function useExportJob() {
  const [state, setState] = useState<JobState>({ kind: 'idle' });
  const jobId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  const start = useCallback(async (input: Omit<ChannelInput<'exports.save'>, 'jobId'>) => {
    const id = `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    jobId.current = id;
    setState({ kind: 'running', phase: 'building', done: 0, total: 0 });
    timer.current = setInterval(() => {
      void call('exports.progress', { jobId: id }).then((r) => {
        if (r.ok && r.value && jobId.current === id) setState({ kind: 'running', ...r.value });
      });
    }, POLL_MS);
    const result = await call('exports.save', { ...input, jobId: id });
    stopPolling();
    jobId.current = null;
    if (result.ok) setState({ kind: 'done', result: result.value });
    else if (result.error.code === 'cancelled') setState({ kind: 'cancelled' });
    else setState({ kind: 'failed', message: result.error.message });
    return result;
  }, []);

  const cancel = useCallback(async () => {
    if (jobId.current) await call('exports.cancel', { jobId: jobId.current });
  }, []);

  return { state, start, cancel };
}
