// Exhaustive damage test: one byte changed anywhere in the snapshot generations or the journal of
// a workspace with 15 edits across two compactions loses at most the edits of one journal line,
// keeps the damaged bytes, and does not meet the damage again. Prints the recovery table.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore } from './store';
import {
  fixedNow,
  quoteChanges,
  removeTempDirs,
  seedWorkspace,
  simulateCrash,
  tempDir,
} from './test-support';

afterEach(removeTempDirs);

const EDITS = 15;
const open = (dir: string) =>
  openStore({ dataDir: dir, seed: seedWorkspace, now: fixedNow, log: () => undefined });

/** 5 edits, compaction, 5 edits, compaction, 5 edits, crash: three generations and a journal. */
async function build(): Promise<string> {
  const dir = await tempDir();
  const { store } = await open(dir);
  for (let n = 1; n <= EDITS; n += 1) {
    await store.commit(quoteChanges(n));
    if (n === 5 || n === 10) await store.compact();
  }
  await simulateCrash(store);
  return dir;
}

/** Where a byte sits, in words, for the table. */
function placeOf(file: string, bytes: Buffer, at: number): string {
  if (file.startsWith('workspace.json')) {
    const headerEnd = bytes.indexOf('"schemaVersion"');
    if (at === 0) return `${file}: first byte`;
    if (at === bytes.length - 1) return `${file}: last byte`;
    return at < headerEnd ? `${file}: checksum/sequence header` : `${file}: workspace data`;
  }
  const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
  const lineEnd = bytes.indexOf(0x0a, at);
  const isLast = lineEnd === bytes.length - 1;
  const folded = lineStart < bytes.indexOf('"seq":11,') - 18;
  const which = isLast ? 'last line' : folded ? 'a line workspace.json holds' : 'a middle line';
  if (at === lineEnd) return `${file}: newline of ${which}`;
  if (at === lineStart) return `${file}: first byte of ${which}`;
  return `${file}: inside ${which}`;
}

interface Row {
  cases: number;
  back: Set<number>;
  codes: Set<string>;
}
const table = new Map<string, Row>();

afterAll(() => {
  const lines = [
    '| damaged byte | cases | edits back (of 15) | notice |',
    '|---|---:|---|---|',
    ...[...table.entries()].map(([place, row]) => {
      const back = [...row.back].sort((a, b) => a - b);
      const range = back.length === 1 ? `${back[0]}` : `${back[0]}–${back[back.length - 1]}`;
      return `| ${place} | ${row.cases} | ${range} | ${[...row.codes].sort().join(', ') || '—'} |`;
    }),
  ];
  console.log(`Recovery table (one byte changed, then reopened):\n${lines.join('\n')}`);
});

describe('one damaged byte', () => {
  it('loses at most one journal line of edits, anywhere in the snapshot or the journal', async () => {
    const pristine = await build();
    const files = ['workspace.json', 'workspace.json.1', 'workspace.journal'];
    for (const file of files) {
      const original = await readFile(path.join(pristine, file));
      const positions = new Set<number>([0, original.length - 1]);
      const step = file === 'workspace.journal' ? 61 : file === 'workspace.json' ? 173 : 997;
      for (let at = 0; at < original.length; at += step) positions.add(at);
      for (let at = original.indexOf(0x0a); at !== -1; at = original.indexOf(0x0a, at + 1)) {
        positions.add(at);
      }
      for (const at of positions) {
        for (const mask of [0x01, 0xff]) {
          const dir = await tempDir();
          await cp(pristine, dir, { recursive: true });
          const damaged = Buffer.from(original);
          damaged[at] = (damaged[at] ?? 0) ^ mask;
          await writeFile(path.join(dir, file), damaged);

          const { store, notices } = await open(dir);
          const ids = Object.keys(store.data.quotes);
          const back = ids.length;
          // Each edit is one journal line here, so "one line" is "one edit".
          expect(back, `${file}@${at}^${mask}`).toBeGreaterThanOrEqual(EDITS - 1);
          const place = placeOf(file, original, at);
          const row = table.get(place) ?? { cases: 0, back: new Set(), codes: new Set() };
          row.cases += 1;
          row.back.add(back);
          for (const n of notices) row.codes.add(n.code);
          table.set(place, row);
          if (back < EDITS) expect(notices.map((n) => n.level)).toContain('error');
          const state = structuredClone(store.data);
          await store.close();

          // Nothing was overwritten: the damaged bytes are still in the folder.
          const after = await snapshotOfDir(dir);
          const kept = [...after.values()].some((bytes) => bytes.equals(damaged));
          expect(kept, `${file}@${at}: damaged bytes kept`).toBe(true);
          const again = await open(dir);
          expect(again.notices).toEqual([]);
          expect(again.store.data).toEqual(state);
          await again.store.close();
        }
      }
    }
  }, 300_000);
});

async function snapshotOfDir(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of await readdir(dir)) {
    if (name.startsWith('workspace.')) out.set(name, await readFile(path.join(dir, name)));
  }
  return out;
}
