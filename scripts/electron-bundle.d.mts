// Types of scripts/electron-bundle.mjs, for the tests and benches that build with it.

/** Libraries built into dist/electron/lazy/, by the specifier the code imports them with. */
export declare const LAZY_LIBRARIES: readonly string[];
/** The file name a library is built to under lazy/. */
export declare function lazyFileName(specifier: string): string;
/** The service's file beside main.cjs, which main.cjs requires once the window exists. */
export declare const SERVICE_FILE: string;
/** Builds main.cjs, service.cjs, preload.cjs and lazy/*.cjs into outDir. */
export declare function buildElectron(options?: { outDir?: string }): Promise<string[]>;
