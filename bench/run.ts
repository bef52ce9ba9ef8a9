// Runs every benchmark and prints its lines: `npm run bench`.
import { benchElectronOpen } from './electron-open';
import { benchExport } from './export';
import { benchImport } from './import';
import { benchMainLoad } from './main-load';
import { benchOpen } from './open';
import { benchReanchor } from './reanchor';
import { benchRender } from './render';
import { benchSaveLatency } from './save-latency';
import { benchSearch } from './search';
import { benchSearchView } from './search-view';
import { benchSuggest } from './suggest';
import { benchTables } from './tables';

const benches: [string, () => Promise<string[]>][] = [
  ['save latency', benchSaveLatency],
  ['open', benchOpen],
  ['open in Electron', benchElectronOpen],
  ['main-process code load', benchMainLoad],
  ['re-anchoring', benchReanchor],
  ['render', benchRender],
  ['tables', benchTables],
  ['export', benchExport],
  ['import', benchImport],
  ['search', benchSearch],
  ['search view', benchSearchView],
  ['suggest', benchSuggest],
];

for (const [name, bench] of benches) {
  const started = Date.now();
  const lines = await bench();
  console.log(lines.join('\n'));
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
