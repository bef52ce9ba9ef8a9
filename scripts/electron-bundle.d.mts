// Types of scripts/electron-bundle.mjs, for the tests that build with it.
import type { BuildOptions } from 'esbuild';

/** Libraries built into dist/electron/lazy/, by the specifier the code imports them with. */
export declare const LAZY_LIBRARIES: readonly string[];
/** The file name a library is built to under lazy/. */
export declare function lazyFileName(specifier: string): string;
/** Builds main.cjs, preload.cjs, lazy/*.cjs (and `extra` bundles like main) into outDir. */
export declare function buildElectron(options?: {
  outDir?: string;
  extra?: (BuildOptions & { outfile: string })[];
}): Promise<string[]>;
