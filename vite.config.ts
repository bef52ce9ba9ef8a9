// Builds the renderer into dist/renderer with relative asset paths, so the same files load from
// the app:// protocol in Electron and from the harness's localhost server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // Inline nothing: the CSP forbids data: scripts and inline styles.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
