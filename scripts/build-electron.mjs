// Bundles Electron's main process and preload into single CommonJS files under dist/electron,
// with everything but 'electron' inlined, so the packaged app ships no node_modules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'dist', 'electron');

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

const targets = [
  {
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(OUT_DIR, 'main.cjs'),
    platform: 'node',
    // Electron 45 ships Node 22.
    target: 'node22',
  },
  {
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(OUT_DIR, 'preload.cjs'),
    // A sandboxed preload has no Node: building for the browser makes any Node built-in that
    // sneaks in fail here rather than at run time in the window. Electron 45 is Chromium 140.
    platform: 'browser',
    target: 'chrome140',
  },
];

/** Modules the bundle still requires at run time; the preload may require only 'electron'. */
function runtimeImports(metafile) {
  return Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
}

const started = performance.now();
const results = await Promise.all(targets.map((options) => build(options)));
for (const [i, result] of results.entries()) {
  const options = targets[i];
  const externals = [...new Set(runtimeImports(result.metafile))];
  if (options.platform === 'browser' && externals.some((name) => name !== 'electron')) {
    throw new Error(
      `${options.outfile} requires ${externals.join(', ')}; a sandboxed preload may require only electron`,
    );
  }
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const kib = (output.bytes / 1024).toFixed(1).padStart(8);
    console.log(`${kib} KiB  ${file}  (requires: ${externals.join(', ') || 'nothing'})`);
  }
}
console.log(`Built Electron main and preload in ${Math.round(performance.now() - started)} ms`);
