// Lint with zero warnings. Each layer bans the imports of the runtimes it must not touch.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'util',
  'worker_threads',
  'events',
  'buffer',
  'zlib',
];
const nodeBans = NODE_BUILTINS.flatMap((name) => [name, `node:${name}`]);

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', '.tsbuild', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Article text is never rendered as HTML.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBans, 'electron', 'react', 'react-dom'].map((name) => ({
            name,
            message: 'shared/ is pure: no Node, no DOM, no Electron.',
          })),
          patterns: [
            {
              group: ['../electron/*', '../renderer/*', '../../electron/*', '../../renderer/*'],
              message: 'shared/ imports nothing from the other layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'require',
        'Buffer',
        'navigator',
      ],
    },
  },
  {
    // Tests of shared code run in Node and may read fixtures from disk.
    files: ['shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBans, 'electron'].map((name) => ({
            name,
            message: 'The renderer has no Node or Electron access; use window.workbench.',
          })),
          patterns: [
            {
              group: ['**/electron/*', 'lowdb', 'lowdb/*'],
              message: 'The renderer talks to the service only through window.workbench.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: [
      'electron/main.ts',
      'electron/preload.ts',
      'electron/menu.ts',
      'electron/app-protocol.ts',
      'electron/window.ts',
      'electron/native-shell.ts',
      'electron/main-errors.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only the thin shell modules (main, main-errors, preload, menu, window, app-protocol, native-shell) import electron.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/*', 'react', 'react-dom'],
              message: 'The Node side does not import the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/main.ts',
      'electron/preload.ts',
      'electron/menu.ts',
      'electron/app-protocol.ts',
      'electron/window.ts',
      'electron/native-shell.ts',
      'electron/main-errors.ts',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{js,mjs,ts}',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
