// A real crash: a child process commits in a loop and is killed with SIGKILL; every commit it
// saw acknowledged must be there when the workspace is opened again (the stale lock too).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './store';
import { removeTempDirs, seedWorkspace, tempDir } from './test-support';

afterEach(removeTempDirs);

const here = path.dirname(fileURLToPath(import.meta.url));

function runAndKill(dir: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'crash-child.ts'), dir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').length > acks) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited on its own: ${err}`));
      // Only complete lines: a partial one was being printed as the kill landed.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('crash', () => {
  it('keeps every acknowledged commit of a process killed mid-write', async () => {
    const dir = await tempDir();
    for (const round of [1, 2]) {
      const acked = await runAndKill(dir, 400 * round);
      expect(acked.length).toBeGreaterThan(0);
      const { store, notices } = await openStore({ dataDir: dir, seed: seedWorkspace });
      for (const notice of notices) expect(notice.code).toBe('journal_tail_discarded');
      const missing = acked.filter((id) => !(id in store.data.quotes));
      expect(missing).toEqual([]);
      await store.close();
    }
  }, 60_000);
});
