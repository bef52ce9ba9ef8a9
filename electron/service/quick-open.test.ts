// Opening from the quick-open head: the window's first calls answer from the head exactly as a
// plain open answers them, before the workspace is read; every other call waits for the load;
// a head the files no longer match is ignored; a head whose answers turn out wrong makes every
// revision move so the window reloads.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/ipc/contract';
import {
  AFTER_FIRST_PAINT,
  FIRST_PAINT_LISTS,
  firstArticleCalls,
} from '../../shared/ipc/first-paint';
import { HEAD_FILE } from '../store/head';
import { openStore } from '../store/store';
import { RESOURCES } from './test-support';
import type { Workbench } from './workbench';
import { createWorkbench } from './workbench';

const dirs: string[] = [];
const open: Workbench[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((wb) => wb.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function start(dataDir: string, quickOpen = true) {
  let n = 0;
  const wb = await createWorkbench({
    dataDir,
    resourcesDir: RESOURCES,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    checkOutputs: true,
    quickOpen,
    // Never by the clock here: only a call the head cannot answer loads the workspace.
    loadBehindHeadMs: 600_000,
  });
  open.push(wb);
  const call = async (channel: ChannelName, input?: unknown) => {
    const result = await wb.dispatch(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { wb, call };
}

const settled = async (p: Promise<void>) =>
  Promise.race([p.then(() => 'loaded'), new Promise((r) => setTimeout(() => r('pending'), 50))]);

async function close(wb: Workbench) {
  open.splice(open.indexOf(wb), 1);
  await wb.close();
}

/** A workspace with a quote, a source and an undoable edit, closed (so with a head). */
async function workspace() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quick-open-'));
  dirs.push(dataDir);
  const { wb, call } = await start(dataDir);
  const [doc] = (await call('documents.list')) as { id: string }[];
  const text = ((await call('documents.get', { id: doc!.id })) as { text: string }).text;
  const exact = 'referendums';
  const at = text.indexOf(exact);
  await call('quotes.create', {
    documentId: doc!.id,
    position: { start: at, end: at + exact.length },
    kind: 'direct',
    speaker: { newSource: { kind: 'person', name: 'Steve Witkoff', aliases: [] } },
  });
  await close(wb);
  return { dataDir, docId: doc!.id };
}

/** The calls the window makes first, in the order useWorkspace makes them. */
const firstCalls = (docId: string): (readonly [ChannelName, unknown])[] => [
  ['workspace.revisions', undefined],
  [FIRST_PAINT_LISTS.articles, undefined],
  [FIRST_PAINT_LISTS.undo, undefined],
  ...firstArticleCalls(docId),
  // The first refresh after the paint.
  ...AFTER_FIRST_PAINT,
];

describe('opening from the quick-open head', () => {
  it('answers the first calls as a plain open does, before reading the workspace', async () => {
    const { dataDir, docId } = await workspace();
    const quick = await start(dataDir);
    const fromHead = [];
    for (const [channel, input] of firstCalls(docId))
      fromHead.push(await quick.call(channel, input));
    const info = (await quick.call('workspace.info')) as { counts: unknown; notices: unknown[] };
    expect(await settled(quick.wb.loaded)).toBe('pending');
    // A call the head does not hold loads the workspace, and then answers.
    expect(await quick.call('claims.list')).toEqual([]);
    expect(await settled(quick.wb.loaded)).toBe('loaded');
    await close(quick.wb);

    const plain = await start(dataDir, false);
    const fromStore = [];
    for (const [channel, input] of firstCalls(docId))
      fromStore.push(await plain.call(channel, input));
    expect(fromHead).toEqual(fromStore);
    expect(info).toEqual(await plain.call('workspace.info'));
    expect((info.counts as { quotes: number }).quotes).toBe(1);
  });

  it('ignores a head the files no longer match (an edit made by a crashed session)', async () => {
    const { dataDir, docId } = await workspace();
    // Another session's edit, journalled but never closed through the service: no new head.
    const { store } = await openStore({ dataDir, seed: () => ({}) as never });
    const quote = Object.values(store.data.quotes)[0]!;
    await store.commit([{ op: 'put', collection: 'quotes', value: { ...quote, note: 'after' } }]);
    await store.close();
    const again = await start(dataDir);
    expect(await settled(again.wb.loaded)).toBe('loaded');
    const { quotes } = (await again.call('quotes.list', { documentId: docId })) as {
      quotes: { note: string }[];
    };
    expect(quotes[0]!.note).toBe('after');
  });

  it('moves every revision when the loaded workspace answers differently from the head', async () => {
    const { dataDir } = await workspace();
    // Same stamps, different answers: a head that lies (its checksum redone to match).
    const file = path.join(dataDir, HEAD_FILE);
    // Each part is a checksum line and a JSON line (electron/store/head.ts).
    const lines = (await readFile(file, 'utf8')).split('\n');
    for (let i = 1; i < lines.length; i += 2) {
      lines[i] = lines[i]!.replaceAll('Steve Witkoff', 'Someone Else');
      lines[i - 1] = (crc32(lines[i]!) >>> 0).toString(16).padStart(8, '0');
    }
    await writeFile(file, lines.join('\n'));
    const quick = await start(dataDir);
    const names = async () =>
      ((await quick.call('sources.table')) as { source: { name: string } }[]).map(
        (row) => row.source.name,
      );
    expect(await names()).toContain('Someone Else');
    expect(Object.values((await quick.call('workspace.revisions')) as object)).not.toContain(1);
    await quick.call('claims.list');
    const revisions = (await quick.call('workspace.revisions')) as Record<string, number>;
    expect(Object.values(revisions).every((r) => r === 1)).toBe(true);
    expect(await names()).toContain('Steve Witkoff');
  });

  it('gives the folder back when closed before it loaded', async () => {
    const { dataDir } = await workspace();
    const quick = await start(dataDir);
    await quick.call('documents.list');
    const loaded = quick.wb.loaded.then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    await close(quick.wb);
    expect(await loaded).toMatch(/closed before it had loaded/);
    const plain = await start(dataDir, false);
    expect(
      ((await plain.call('workspace.info')) as { counts: { quotes: number } }).counts.quotes,
    ).toBe(1);
  });
});
