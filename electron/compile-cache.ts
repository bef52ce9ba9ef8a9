// Node's compile cache for the main process (#14): V8 keeps the bytecode of service.cjs and the
// lazily loaded libraries in a folder between launches, instead of parsing and compiling 1.6 MB
// again at every start (about 25 ms of the service's ~150 ms load, measured in Node 22 here).
// Node 22.1+ has it (Electron 45 ships Node 22); where it is missing or fails, start-up goes on
// uncached. Only modules required after this call are cached, so main.ts calls it before it
// loads the service.

/** What node:module offers (typed here: @types/node's version may predate it). */
interface ModuleWithCache {
  enableCompileCache?: (directory: string) => { status: number; message?: string };
  constants?: { compileCacheStatus?: { FAILED?: number; DISABLED?: number } };
}

export type CompileCacheOutcome = 'enabled' | 'unavailable' | 'skipped' | 'failed';

/**
 * Turns the cache on in `directory`. Skipped in an AppImage (APPIMAGE is set): it runs from a new
 * mount point at each launch, and entries keyed by those paths would never be found again.
 * Never throws; a failure is logged and the app starts without the cache.
 */
export function enableCompileCache(
  nodeModule: ModuleWithCache,
  directory: string,
  env: Record<string, string | undefined>,
  log: (message: string) => void,
): CompileCacheOutcome {
  if (typeof nodeModule.enableCompileCache !== 'function') return 'unavailable';
  if (env.APPIMAGE) return 'skipped';
  try {
    const { status, message } = nodeModule.enableCompileCache(directory);
    const statuses = nodeModule.constants?.compileCacheStatus;
    if (status === statuses?.FAILED || status === statuses?.DISABLED) {
      log(`The code cache is off: ${message ?? 'Node did not say why'}`);
      return 'failed';
    }
    return 'enabled';
  } catch (error) {
    log(`The code cache is off: ${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
}
