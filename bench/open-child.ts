// Opens one workspace in a process of its own, so its peak memory is that open's alone: with
// MODE "store" it times openStore, with "workbench" createWorkbench (the store, the settings and
// every handler, as the app starts the service, reading the whole workspace), with "quick" the
// same from the quick-open head: until the window's first calls are answered ("ms"), then until
// the whole workspace has loaded behind them ("loadedMs"). Prints one JSON line.
// Usage: tsx bench/open-child.ts DATA_DIR store|workbench|quick
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../electron/store/store';
import { emptyWorkspace } from '../shared/domain/workspace';
import { FIRST_PAINT_LISTS, firstArticleCalls } from '../shared/ipc/first-paint';

const RESOURCES = path.resolve(import.meta.dirname, '..', 'resources');
const [dataDir, mode] = process.argv.slice(2);
if (!dataDir || (mode !== 'store' && mode !== 'workbench' && mode !== 'quick')) {
  throw new Error('Usage: tsx bench/open-child.ts DATA_DIR store|workbench|quick');
}

// Loaded before the clock starts, so the figures carry no module loading.
const { createWorkbench } = mode === 'store' ? {} : await import('../electron/service/workbench');
const rssBefore = process.memoryUsage().rss / 1024 / 1024;
const t = performance.now();
let ms: number;
let quotes: number | null = null;
let loadedMs: number | null = null;
let fromHead = false;
if (mode === 'store') {
  const opened = await openStore({ dataDir, seed: () => emptyWorkspace(new Date().toISOString()) });
  ms = performance.now() - t;
  quotes = Object.keys(opened.store.data.quotes).length;
  await opened.store.close();
} else if (mode === 'workbench') {
  // Its close writes the quick-open head the "quick" run then opens from.
  const workbench = await createWorkbench!({ dataDir, resourcesDir: RESOURCES, quickOpen: false });
  ms = performance.now() - t;
  await workbench.close();
} else {
  const workbench = await createWorkbench!({ dataDir, resourcesDir: RESOURCES });
  // The window's first calls, as useWorkspace makes them.
  const call = async (channel: string, input?: unknown) => {
    const result = await workbench.dispatch(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  await call('workspace.revisions');
  await call('workspace.info');
  const [first] = (await call(FIRST_PAINT_LISTS.articles)) as { id: string }[];
  await Promise.all([
    call(FIRST_PAINT_LISTS.undo),
    ...firstArticleCalls(first!.id).map(([channel, input]) => call(channel, input)),
  ]);
  ms = performance.now() - t;
  let loaded = false;
  void workbench.loaded.then(() => (loaded = true));
  await new Promise((resolve) => setImmediate(resolve));
  fromHead = !loaded;
  await call('claims.list');
  loadedMs = performance.now() - t;
  await workbench.close();
}
// resourceUsage().maxRSS is in kilobytes: the process's peak, the runtime's own share included.
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, maxRssMB, rssBeforeMB: rssBefore, quotes, loadedMs, fromHead }));
