// `npm run build:electron`: bundles Electron's main process and preload into dist/electron, with
// the libraries that only importing and exporting use in dist/electron/lazy/ (how, and why, in
// scripts/electron-bundle.mjs).
import { buildElectron } from './electron-bundle.mjs';

const started = performance.now();
const lines = await buildElectron();
console.log(lines.join('\n'));
console.log(
  `Built Electron main, service, preload and ${lines.length - 3} lazily loaded libraries in ${Math.round(performance.now() - started)} ms`,
);
