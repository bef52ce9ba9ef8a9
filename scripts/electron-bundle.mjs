// How Electron's main process and preload are bundled (run by scripts/build-electron.mjs, and by
// the test and bench that check the bundle): CommonJS files under dist/electron, everything but
// 'electron' inlined, so the packaged app ships no node_modules. The large libraries that only
// importing and exporting use (pdf.js, mammoth, docx, linkedom...) are built into files of their
// own under dist/electron/lazy/, which main.cjs require()s on first use: before it can create the
// window, Electron must read, parse and run main.cjs, and 7 MB of libraries that most sessions
// never touch made that take about a second (#14). For the same reason the service itself is a
// file of its own, service.cjs, which main.cjs requires only once it has created the window.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'dist', 'electron');
const LAZY_DIR = 'lazy';

/**
 * Libraries built as lazily loaded files, by the specifier the code imports them with. Only
 * modules the service reaches through a dynamic import() (electron/service/lazy.ts) may import
 * them; electron/lazy-load.test.ts fails if one is back in the start-up graph.
 */
export const LAZY_LIBRARIES = [
  'pdfjs-dist/legacy/build/pdf.mjs',
  'pdfjs-dist/legacy/build/pdf.worker.mjs',
  'mammoth',
  'docx',
  'linkedom',
  '@mozilla/readability',
  'commonmark',
  'iconv-lite',
  'chardet',
];

/** The file name a library is built to: "@mozilla/readability" → "mozilla-readability.cjs". */
export function lazyFileName(specifier) {
  return `${specifier
    .replace(/^@/, '')
    .replace(/\.m?js$/, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-')}.cjs`;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Replaces every import of a LAZY_LIBRARIES entry with a require() of its own file, relative to
 * the bundle's output folder, and records the file each one resolved to, to be built by itself.
 * A dynamic import() becomes a small module that require()s the file, so it is loaded by Node's
 * CommonJS loader (as inside an asar archive) and only when the import() runs.
 */
function lazyLibraries(fromDir, lazyDir, found) {
  const filter = new RegExp(`^(${LAZY_LIBRARIES.map(escape).join('|')})$`);
  return {
    name: 'lazy-libraries',
    setup(b) {
      b.onResolve({ filter }, async (args) => {
        if (args.pluginData?.lazyLibraries) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { lazyLibraries: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const earlier = found.get(args.path);
        if (earlier !== undefined && earlier !== resolved.path) {
          throw new Error(`${args.path} resolves to both ${earlier} and ${resolved.path}`);
        }
        found.set(args.path, resolved.path);
        const file = path.join(lazyDir, lazyFileName(args.path));
        let request = path.relative(fromDir, file).split(path.sep).join('/');
        if (!request.startsWith('.')) request = `./${request}`;
        if (args.kind === 'dynamic-import') {
          return { path: request, namespace: 'lazy-library', pluginData: { request } };
        }
        return { path: request, external: true };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.pluginData.request)});`,
        loader: 'js',
      }));
      b.onResolve({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({
        path: args.path,
        external: true,
      }));
    },
  };
}

/** The service's entry, as main.ts imports it; built by itself into SERVICE_FILE. */
const SERVICE_ENTRY = './service-entry';
export const SERVICE_FILE = 'service.cjs';

/**
 * main.ts's `import('./service-entry')` becomes a require() of service.cjs beside main.cjs, so
 * the service's code (and zod) is read only when that import() runs, after the window exists. A
 * static import of it would pull the whole service back into main.cjs: that fails the build.
 */
function separateService() {
  return {
    name: 'separate-service',
    setup(b) {
      b.onResolve({ filter: /^\.\/service-entry$/ }, (args) => {
        if (args.kind !== 'dynamic-import') {
          return {
            errors: [
              { text: `${SERVICE_ENTRY} must be loaded with import(), after the window exists` },
            ],
          };
        }
        return { path: SERVICE_ENTRY, namespace: 'separate-service' };
      });
      b.onLoad({ filter: /.*/, namespace: 'separate-service' }, () => ({
        contents: `module.exports = require(${JSON.stringify(`./${SERVICE_FILE}`)});`,
        loader: 'js',
      }));
      b.onResolve({ filter: /.*/, namespace: 'separate-service' }, (args) => ({
        path: args.path,
        external: true,
      }));
    },
  };
}

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

// Electron 45 ships Node 22.
const nodeTarget = { ...common, platform: 'node', target: 'node22' };

/** Modules the bundle still requires at run time; the preload may require only 'electron'. */
function runtimeImports(metafile) {
  return Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
}

function report(result, label) {
  const externals = [...new Set(runtimeImports(result.metafile))];
  const lines = [];
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const kib = (output.bytes / 1024).toFixed(1).padStart(8);
    lines.push(`${kib} KiB  ${file}  (${label}; requires: ${externals.join(', ') || 'nothing'})`);
  }
  return lines;
}

/**
 * Builds main.cjs (the glue), service.cjs (the workbench service), preload.cjs and the lazy/
 * libraries into `outDir`. Returns one line per file written.
 */
export async function buildElectron({ outDir = OUT_DIR } = {}) {
  const lazyDir = path.join(outDir, LAZY_DIR);
  await rm(lazyDir, { recursive: true, force: true });
  const found = new Map();
  const mainLike = [
    {
      entryPoints: ['electron/main.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      plugins: [separateService(), lazyLibraries(outDir, lazyDir, found)],
    },
    {
      entryPoints: ['electron/service-entry.ts'],
      outfile: path.join(outDir, SERVICE_FILE),
      plugins: [lazyLibraries(outDir, lazyDir, found)],
    },
  ].map((options) => ({ ...nodeTarget, ...options }));
  const preload = {
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    // A sandboxed preload has no Node: building for the browser makes any Node built-in that
    // sneaks in fail here rather than at run time in the window. Electron 45 is Chromium 140.
    // It stays one file: a sandboxed preload cannot require() another.
    platform: 'browser',
    target: 'chrome140',
  };
  const [preloadResult, ...mainResults] = await Promise.all([preload, ...mainLike].map(build));
  const preloadExternals = [...new Set(runtimeImports(preloadResult.metafile))];
  if (preloadExternals.some((name) => name !== 'electron')) {
    throw new Error(
      `${preload.outfile} requires ${preloadExternals.join(', ')}; a sandboxed preload may require only electron`,
    );
  }
  // Each library by itself; one that imports another of the list requires that one's file.
  const libraries = [];
  for (let done = 0; done < found.size;) {
    const batch = [...found].slice(done);
    done = found.size;
    libraries.push(
      ...(await Promise.all(
        batch.map(([specifier, file]) =>
          build({
            ...nodeTarget,
            entryPoints: [file],
            outfile: path.join(lazyDir, lazyFileName(specifier)),
            plugins: [lazyLibraries(lazyDir, lazyDir, found)],
          }),
        ),
      )),
    );
  }
  const [mainResult, serviceResult] = mainResults;
  return [
    ...report(mainResult, 'loaded at start-up'),
    ...report(serviceResult, 'loaded once the window exists'),
    ...report(preloadResult, 'preload'),
    ...libraries.flatMap((result) => report(result, 'loaded on first use')),
  ];
}
