// `npm run security`: Doyensec's Electronegativity over the Electron code (electron/) and the
// renderer's page (renderer/index.html, for its CSP), failing on any finding above "note".
// Electronegativity always exits 0, so the verdict is read from its SARIF output.
//   node scripts/electronegativity.mjs [--sarif path/to/keep.sarif]
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const CLI = path.join(
  path.dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist',
  'index.js',
);
/** Offline it waits on network look-ups (its translations); it never needs this long. */
const TIMEOUT_MS = 120_000;
/** SARIF levels that pass. A result without a level is a "warning" (SARIF 2.1.0, 3.27.10). */
const PASSING_LEVELS = new Set(['none', 'note']);

/**
 * Findings above "note" that are false alarms here: { rule, file, message (a piece of it), why },
 * so nothing broader than the false alarm is let through; an entry that matches nothing is
 * reported, so the list does not outlive its reasons. Empty today. The known false alarm, its CSP
 * check missing the CSP that electron/app-protocol.ts sends as a header ("No CSP has been
 * detected"), does not fire because renderer/index.html (its <meta> mirror of that CSP) is scanned
 * with the code; if the tag goes, the gate fails, which is wanted: the mirror is what it can check.
 */
/** @type {{ rule: string; file: string; message: string; why: string }[]} */
const ALLOWLIST = [];

const args = process.argv.slice(2);
const keepAt = args[0] === '--sarif' && args[1] ? path.resolve(args[1]) : null;

/** Runs the CLI, resolving with its exit code and output; kills it after TIMEOUT_MS. */
function run(argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Electronegativity did not finish in ${TIMEOUT_MS / 1000} s.\n${output}`));
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const matches = (entry, finding) =>
  finding.rule === entry.rule &&
  finding.file === entry.file &&
  finding.message.includes(entry.message);

const started = Date.now();
// One input folder holding both, laid out as in the repo: its global checks (navigation limits,
// permission handlers, CSP) look across all files of one run, so the page and the code that
// guards it must be scanned together.
const work = await mkdtemp(path.join(os.tmpdir(), 'electronegativity-'));
let failed = false;
try {
  const input = path.join(work, 'input');
  await cp(path.join(ROOT, 'electron'), path.join(input, 'electron'), { recursive: true });
  await cp(path.join(ROOT, 'renderer', 'index.html'), path.join(input, 'renderer', 'index.html'));
  const sarifFile = keepAt ?? path.join(work, 'electronegativity.sarif');
  // Its package.json only: requiring the package itself would try to download the binary.
  const electronVersion = require('electron/package.json').version;
  const { code, output } = await run([
    ...['--input', input, '--output', sarifFile, '--relative'],
    // The version we pin; otherwise it guesses v0.1.0 from the copied folder.
    ...['--electron-version', electronVersion],
    // Compares with Electron's release list on GitHub: a network request (with no timeout)
    // about a version we pin and update on purpose.
    ...['--exclude-checks', 'AvailableSecurityFixesGlobalCheck'],
  ]);
  if (code !== 0) throw new Error(`Electronegativity exited with ${code}.\n${output}`);
  const sarif = JSON.parse(await readFile(sarifFile, 'utf8'));
  const findings = (sarif.runs ?? [])
    .flatMap((r) => r.results ?? [])
    .map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        rule: String(result.ruleId),
        level: result.level ?? 'warning',
        file: String(location?.artifactLocation?.uri ?? '').replace(/^file:\/\/\/?/, ''),
        line: location?.region?.startLine ?? 0,
        message: String(result.message?.text ?? ''),
      };
    });
  const used = new Set();
  const blocking = [];
  for (const finding of findings) {
    const where = `${finding.file || '(global)'}${finding.line ? `:${finding.line}` : ''}`;
    const line = `${finding.level.padEnd(7)} ${finding.rule} ${where}: ${finding.message}`;
    const allowed = ALLOWLIST.find((entry) => matches(entry, finding));
    if (PASSING_LEVELS.has(finding.level)) console.log(`  ${line}`);
    else if (allowed) {
      used.add(allowed);
      console.log(`  allowed ${line}\n          (${allowed.why})`);
    } else blocking.push(line);
  }
  for (const entry of ALLOWLIST) {
    if (!used.has(entry)) console.log(`  (allowlist entry ${entry.rule} matched nothing)`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (blocking.length > 0) {
    failed = true;
    console.error(`Electronegativity: ${blocking.length} finding(s) above "note":`);
    for (const line of blocking) console.error(`  ${line}`);
  }
  console.log(
    `Electronegativity ${findings.length} finding(s), ${blocking.length} above "note", in ${seconds} s` +
      (keepAt ? `; SARIF kept at ${keepAt}` : ''),
  );
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
