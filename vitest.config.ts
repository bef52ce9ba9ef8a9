// Unit tests sit beside the code. Node environment by default; renderer tests opt into jsdom
// with a `// @vitest-environment jsdom` line.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    // Stylesheets are empty in tests, except the design tokens, which a test reads as text.
    css: { include: [/tokens\.css/] },
  },
});
