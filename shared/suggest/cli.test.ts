// The command line runs the engine on a file: --json prints the offsets the scorer reads, a
// listing otherwise, and an unreadable file gives a clear message and a non-zero exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = path.join(ROOT, 'resources', 'sample', 'riyadh-ceasefire-talks.txt');

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'suggest-cli.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonQuote {
  start: number;
  end: number;
  kind: string;
  cue: { start: number; end: number } | null;
  speaker: { text: string; start: number; end: number; mention: string } | null;
}

describe('suggest command line', () => {
  it('prints JSON with offsets into the file’s text', () => {
    const { code, stdout } = cli('--json', SAMPLE);
    expect(code).toBe(0);
    const text = readFileSync(SAMPLE, 'utf8');
    const { quotes } = JSON.parse(stdout) as { quotes: JsonQuote[] };
    const witkoff = quotes.find((q) =>
      text.slice(q.start, q.end).startsWith('There are referendums'),
    )!;
    expect(witkoff.kind).toBe('direct');
    expect(text.slice(witkoff.cue!.start, witkoff.cue!.end)).toBe('told Fox News');
    expect(witkoff.speaker).toMatchObject({ text: 'Steve Witkoff', mention: 'Mr. Witkoff' });
    expect(text.slice(witkoff.speaker!.start, witkoff.speaker!.end)).toBe('Mr. Witkoff');
    for (const q of quotes) {
      expect(['direct', 'indirect', 'partial']).toContain(q.kind);
      expect(0 <= q.start && q.start < q.end && q.end <= text.length).toBe(true);
    }
  }, 30_000);

  it('prints a readable listing without --json', () => {
    const { code, stdout } = cli(SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain('[direct]');
    expect(stdout).toContain('Steve Witkoff ("Mr. Witkoff")');
  }, 30_000);

  it('fails clearly on a missing file', () => {
    const { code, stderr } = cli('--json', path.join(os.tmpdir(), 'no-such-article.txt'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^suggest: cannot read .*no-such-article\.txt/);
  }, 30_000);

  it('fails clearly on a file that is not UTF-8', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'suggest-cli-')), 'latin1.txt');
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]));
    const { code, stderr } = cli(file);
    expect(code).toBe(1);
    expect(stderr).toContain('not valid UTF-8');
  }, 30_000);

  it('explains its usage', () => {
    expect(cli().code).toBe(2);
  }, 30_000);
});
