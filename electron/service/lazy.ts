// Loading a part of the service on first use. The service's import, export and interchange
// handlers pull in large libraries (pdf.js, mammoth, docx, linkedom...) that Electron's main
// process would otherwise read, parse and run before it could create the window. Each handler
// module imports its heavy part through `lazily(() => import('...'))`: unbundled (tsx, vitest)
// that is an ordinary dynamic import; in the bundle, esbuild leaves the module unevaluated until
// that import runs, and scripts/electron-bundle.mjs puts the libraries in files of their own.

/**
 * A loader that calls `load` once and shares its promise. A load that failed is forgotten, so
 * the next call tries again instead of repeating a stale error for the rest of the session.
 */
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
