// Marks on the way from launch to an open window, for measuring it in the real app (#14). With
// WORKBENCH_TIMING=1 in its environment, the main process writes one line per mark to stderr:
// "[workbench timing] window 212.4", milliseconds since the process started (Node's
// performance.now() counts from there). bench/electron-open.ts reads them back with
// readTimingLines. Without the variable, marking prints nothing and costs nothing.

export const TIMING_PREFIX = '[workbench timing]';
export const TIMING_ENV = 'WORKBENCH_TIMING';

export interface StartupTiming {
  /** Records `name` the first time only: later marks of the same name are ignored. */
  mark(name: string): void;
}

export function startupTiming(
  env: Record<string, string | undefined>,
  write: (line: string) => void,
  now: () => number = () => performance.now(),
): StartupTiming {
  if (env[TIMING_ENV] !== '1') return { mark: () => undefined };
  const seen = new Set<string>();
  return {
    mark(name) {
      if (seen.has(name)) return;
      seen.add(name);
      write(`${TIMING_PREFIX} ${name} ${now().toFixed(1)}\n`);
    },
  };
}

/**
 * The marks in a process's output, in the order written, by name; lines that are not marks, and
 * marks whose time is not a number, are skipped.
 */
export function readTimingLines(output: string): Map<string, number> {
  const marks = new Map<string, number>();
  for (const line of output.split('\n')) {
    if (!line.startsWith(`${TIMING_PREFIX} `)) continue;
    const [name, ms] = line
      .slice(TIMING_PREFIX.length + 1)
      .trim()
      .split(' ');
    const value = Number(ms);
    if (name && ms !== undefined && Number.isFinite(value) && !marks.has(name)) {
      marks.set(name, value);
    }
  }
  return marks;
}
