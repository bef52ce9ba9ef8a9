// `npm start`: launches Electron on the built app, passing the arguments on (`--data-dir …`).
// The electron package downloads its binary on the first launch; where that cannot happen (no
// internet), it throws a stack trace. That one case becomes one clear line pointing to the README;
// everything else the app prints passes through untouched.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const MISSING = 'Electron failed to install correctly';
/** The failure comes at once, before the app starts; after this, stderr is simply passed on. */
const HOLD_MS = 5_000;

const child = spawn(
  process.execPath,
  [require.resolve('electron/cli.js'), '.', ...process.argv.slice(2)],
  {
    stdio: ['inherit', 'inherit', 'pipe'],
  },
);
let held = [];
const release = () => {
  for (const chunk of held ?? []) process.stderr.write(chunk);
  held = null;
};
const timer = setTimeout(release, HOLD_MS);
child.stderr.on('data', (chunk) => (held ? held.push(chunk) : process.stderr.write(chunk)));
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  const early = held ? Buffer.concat(held).toString() : '';
  if (code !== 0 && early.includes(MISSING)) {
    console.error(
      'npm start: the Electron binary is not installed and could not be downloaded here. ' +
        'See "Machines where the Electron binary cannot be downloaded" in README.md.',
    );
    process.exit(1);
  }
  release();
  process.exit(code ?? (signal ? 1 : 0));
});
