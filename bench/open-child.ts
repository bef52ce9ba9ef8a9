// Opens one workspace in a process of its own, so its peak memory is that open's alone: with
// MODE "store" it times openStore, with "workbench" createWorkbench (the store, the settings and
// every handler, as the app starts the service). Prints {"ms", "maxRssMB", "quotes"} as one line.
// Usage: tsx bench/open-child.ts DATA_DIR store|workbench
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../electron/store/store';
import { emptyWorkspace } from '../shared/domain/workspace';

const RESOURCES = path.resolve(import.meta.dirname, '..', 'resources');
const [dataDir, mode] = process.argv.slice(2);
if (!dataDir || (mode !== 'store' && mode !== 'workbench')) {
  throw new Error('Usage: tsx bench/open-child.ts DATA_DIR store|workbench');
}

// Loaded before the clock starts, so the figures carry no module loading.
const { createWorkbench } =
  mode === 'workbench' ? await import('../electron/service/workbench') : {};
const rssBefore = process.memoryUsage().rss / 1024 / 1024;
const t = performance.now();
let ms: number;
let quotes: number | null = null;
if (mode === 'store') {
  const opened = await openStore({ dataDir, seed: () => emptyWorkspace(new Date().toISOString()) });
  ms = performance.now() - t;
  quotes = Object.keys(opened.store.data.quotes).length;
  await opened.store.close();
} else {
  const workbench = await createWorkbench!({ dataDir, resourcesDir: RESOURCES });
  ms = performance.now() - t;
  await workbench.close();
}
// resourceUsage().maxRSS is in kilobytes: the process's peak, the runtime's own share included.
const maxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, maxRssMB, rssBeforeMB: rssBefore, quotes }));
