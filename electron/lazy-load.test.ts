// Electron's main process loads only its glue before it creates the window, then the service, and
// the import, export and REFI-QDA code on first use (#14): main.cjs holds no service and no zod,
// the service's start-up graph holds none of the large libraries, and the bundled service.cjs,
// with the libraries in files of their own under lazy/, imports and exports exactly as the
// unbundled one does, loading each of those files only once something needs it.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildElectron,
  LAZY_LIBRARIES,
  lazyFileName,
  SERVICE_FILE,
} from '../scripts/electron-bundle.mjs';
import type { ChannelInput, ChannelName } from '../shared/ipc/contract';
import { sampleDocx } from './import/test-support/sample-docx';
import { sampleHtml, sampleHtmlString } from './import/test-support/sample-html';
import { sampleMarkdown } from './import/test-support/sample-markdown';
import { samplePdf } from './import/test-support/sample-pdf';
import type { createWorkbench as CreateWorkbench, Workbench } from './service/workbench';
import {
  closeTestWorkbenches,
  memoryShell,
  openTestWorkbench,
  RESOURCES,
} from './service/test-support';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Libraries that only importing and exporting use; none may load before the window opens. */
const HEAVY = [
  'pdfjs-dist',
  'docx',
  'mammoth',
  'exceljs',
  'iconv-lite',
  'chardet',
  'linkedom',
  'htmlparser2',
  '@mozilla/readability',
  'commonmark',
  '@xmldom/xmldom',
  'jszip',
];

const packageOf = (file: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? null;

/** The inputs reachable from `entry` by import statements and require() calls, not import(). */
function startupGraph(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const next of metafile.inputs[file]?.imports ?? []) {
      if (next.kind === 'dynamic-import' || next.external || seen.has(next.path)) continue;
      seen.add(next.path);
      queue.push(next.path);
    }
  }
  return seen;
}

/** Bundles `entry` as the build does, without writing it, for its metafile. */
async function metafileOf(entry: string): Promise<Metafile> {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    external: ['electron'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return metafile;
}

describe("the main process's start-up graph", () => {
  it('is the glue alone: no service, no zod, none of the import and export libraries', async () => {
    const metafile = await metafileOf('electron/main.ts');
    const atStart = startupGraph(metafile, 'electron/main.ts');
    // The service and zod are in the bundle at all, behind main's import(): otherwise this test
    // could not fail.
    expect(Object.keys(metafile.inputs)).toContain('electron/service/workbench.ts');
    expect(atStart.has('electron/service/workbench.ts')).toBe(false);
    expect([...atStart].filter((file) => packageOf(file) !== null)).toEqual([]);
  }, 60_000);

  it('loads the service, once the window exists, without the import and export libraries', async () => {
    const metafile = await metafileOf('electron/service-entry.ts');
    const all = new Set(Object.keys(metafile.inputs).map(packageOf));
    const atStart = new Set(
      [...startupGraph(metafile, 'electron/service-entry.ts')].map(packageOf),
    );
    // The walk sees what the service needs (zod validates every call), and the libraries are in
    // the bundle at all, behind an import().
    expect(atStart.has('zod')).toBe(true);
    expect(HEAVY.filter((name) => all.has(name))).toContain('pdfjs-dist');
    expect(HEAVY.filter((name) => atStart.has(name))).toEqual([]);
  }, 60_000);
});

type Call = <C extends ChannelName>(
  wb: Workbench,
  channel: C,
  input?: ChannelInput<C>,
) => Promise<unknown>;
const call: Call = async (wb, channel, input) => {
  const result = await wb.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('the bundled service with its lazily loaded libraries', () => {
  let dir: string;
  let lazyDir: string;
  let createWorkbench: typeof CreateWorkbench;
  const req = createRequire(import.meta.url);
  /** The lazy/ files Node has loaded so far. */
  const loaded = () =>
    Object.keys(req.cache)
      .filter((file) => file.startsWith(lazyDir + path.sep))
      .map((file) => path.basename(file))
      .sort();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lazy-load-'));
    lazyDir = path.join(dir, 'lazy');
    // The very service.cjs that main.cjs loads once the window exists.
    await buildElectron({ outDir: dir });
    ({ createWorkbench } = req(path.join(dir, SERVICE_FILE)) as {
      createWorkbench: typeof CreateWorkbench;
    });
  }, 120_000);
  afterEach(closeTestWorkbenches);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps main.cjs to the glue, the service apart, and writes every library to lazy/', async () => {
    // main.cjs was 8.3 MB with every library inlined, then 1.6 MB with the service and zod; the
    // glue alone is about 40 KB, and the service without the libraries about 1.6 MB.
    const main = await readFile(path.join(dir, 'main.cjs'), 'utf8');
    expect(main.length).toBeLessThan(100_000);
    expect(main).not.toMatch(/node_modules\/zod/);
    expect(main).toContain(`require("./${SERVICE_FILE}")`);
    expect((await stat(path.join(dir, SERVICE_FILE))).size).toBeLessThan(2_500_000);
    for (const specifier of LAZY_LIBRARIES) {
      expect((await stat(path.join(lazyDir, lazyFileName(specifier)))).size).toBeGreaterThan(
        10_000,
      );
    }
  });

  it('imports, exports and exchanges projects as the unbundled service does', async () => {
    const shell = memoryShell();
    let n = 0;
    const wb = await createWorkbench({
      dataDir: await mkdtemp(path.join(dir, 'ws-')),
      resourcesDir: RESOURCES,
      now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
      newId: () => `id-${++n}`,
      shell,
      checkOutputs: true,
    });
    const unbundled = await openTestWorkbench('lazy-load-unbundled', memoryShell());
    try {
      await call(wb, 'documents.list');
      expect(loaded()).toEqual([]);

      const latin1 = Buffer.from(
        'Caf\xe9 owners said the r\xe9gime had fallen.\n\nIt had.',
        'latin1',
      );
      const files = [
        ['sample.pdf', samplePdf()],
        ['sample.html', sampleHtml()],
        ['sample.docx', await sampleDocx()],
        ['sample.md', sampleMarkdown()],
        ['latin1.txt', latin1],
      ] as const;
      const source = {
        kind: 'files' as const,
        files: files.map(([name, bytes]) => ({
          name,
          base64: Buffer.from(bytes).toString('base64'),
        })),
      };
      const report = await call(wb, 'documents.import', { jobId: 'j1', source });
      const expected = await unbundled.call('documents.import', { jobId: 'j1', source });
      // Most samples hold the bundled sample article's text, so they come back as duplicates of
      // it: the same content hash, which is itself a check of what the parsers read.
      const { imported, duplicates, failed } = report as NonNullable<typeof expected>;
      expect(failed).toEqual([]);
      expect(imported.length + duplicates.length).toBe(files.length);
      expect(report).toEqual(expected);
      for (const { id } of expected!.imported) {
        expect(await call(wb, 'documents.get', { id })).toEqual(
          await unbundled.call('documents.get', { id }),
        );
      }
      // The export libraries are still not loaded; the import ones are.
      expect(loaded()).not.toContain(lazyFileName('docx'));
      expect(loaded()).toEqual(
        expect.arrayContaining(['mammoth.cjs', 'linkedom.cjs', 'iconv-lite.cjs']),
      );

      const paste = { kind: 'paste' as const, html: sampleHtmlString(), text: 'x' };
      const pasted = await call(wb, 'documents.import', { jobId: 'j2', source: paste });
      expect(pasted).toEqual(
        await unbundled.call('documents.import', { jobId: 'j2', source: paste }),
      );

      await call(wb, 'exports.save', {
        jobId: 'j3',
        format: 'docx',
        options: { title: 'Lazy brief' },
      });
      const docx = shell.saved.get('lazy-brief-2026-01-01.docx');
      expect(docx).toBeDefined();
      // Read back by the unbundled importer: a real Word file, made by the bundled docx library.
      const { parseFile } = await import('./import/parsers');
      expect((await parseFile('brief.docx', docx!)).metadata.title).toBe('Lazy brief');

      await call(wb, 'interchange.exportQdpx');
      const qdpx = [...shell.saved].find(([name]) => name.endsWith('.qdpx'));
      expect(qdpx?.[1].length).toBeGreaterThan(1000);
      expect(loaded()).toEqual(LAZY_LIBRARIES.map(lazyFileName).sort());
    } finally {
      await wb.close();
    }
  }, 120_000);
});
