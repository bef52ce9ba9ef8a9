// Undo, redo and the audit trail through the service, on a real store, across a reopen.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeLogEntry } from '../../shared/domain/workspace';
import type { Result } from '../../shared/ipc/result';
import { rebuildStacks, sameJson } from './history';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';
import { createWorkbench } from './workbench';
import type { Workbench } from './workbench';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');
let open: Workbench[] = [];
afterEach(async () => {
  await Promise.all(open.map((wb) => wb.close()));
  open = [];
  await closeTestWorkbenches();
});

async function launch(dataDir: string) {
  const wb = await createWorkbench({ dataDir, resourcesDir: RESOURCES, actor: 'tester' });
  open.push(wb);
  return wb;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const entry = (
  seq: number,
  kind: ChangeLogEntry['kind'],
  target: string | null = null,
): ChangeLogEntry => ({
  id: `e${seq}`,
  seq,
  at: '',
  actor: '',
  label: '',
  kind,
  target,
  changes: [],
});

describe('rebuildStacks', () => {
  it.each([
    ['edits only', [entry(1, 'edit'), entry(2, 'edit')], ['e1', 'e2'], []],
    ['undo the last', [entry(1, 'edit'), entry(2, 'edit'), entry(3, 'undo', 'e2')], ['e1'], ['e2']],
    [
      'undo then redo',
      [entry(1, 'edit'), entry(2, 'undo', 'e1'), entry(3, 'redo', 'e1')],
      ['e1'],
      [],
    ],
    [
      'a new edit clears redo',
      [entry(1, 'edit'), entry(2, 'undo', 'e1'), entry(3, 'edit')],
      ['e3'],
      [],
    ],
    [
      'order comes from seq, not input order',
      [entry(3, 'undo', 'e2'), entry(1, 'edit'), entry(2, 'edit')],
      ['e1'],
      ['e2'],
    ],
  ])('%s', (_name, entries, undo, redo) => {
    expect(rebuildStacks(entries)).toEqual({ undo, redo });
  });
});

describe('history through the service', () => {
  it('undoes and redoes a quote across a reopen, and keeps an audit trail', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'history-'));
    let wb = await launch(dir);
    const [doc] = value(await wb.dispatch('documents.list', undefined)) as { id: string }[];
    const created = value(
      await wb.dispatch('quotes.create', {
        documentId: doc!.id,
        position: { start: 0, end: 20 },
        kind: 'indirect',
        speaker: { newSource: { kind: 'outlet', name: 'Reuters' } },
      }),
    ) as { quote: { id: string }; source: { id: string } };
    expect(value(await wb.dispatch('history.state', undefined))).toMatchObject({
      undo: { label: 'Mark quote' },
      redo: null,
    });

    await wb.close();
    open = [];
    wb = await launch(dir);
    expect(value(await wb.dispatch('history.undo', undefined))).toMatchObject({
      label: 'Mark quote',
    });
    const afterUndo = value(await wb.dispatch('quotes.list', undefined)) as { quotes: unknown[] };
    expect(afterUndo.quotes).toEqual([]);
    expect(value(await wb.dispatch('sources.list', undefined))).toEqual([]);

    await wb.close();
    open = [];
    wb = await launch(dir);
    expect(value(await wb.dispatch('history.state', undefined))).toMatchObject({
      redo: { label: 'Mark quote' },
    });
    value(await wb.dispatch('history.redo', undefined));
    const afterRedo = value(await wb.dispatch('quotes.list', undefined)) as {
      quotes: { id: string }[];
    };
    expect(afterRedo.quotes.map((q) => q.id)).toEqual([created.quote.id]);

    const trail = value(
      await wb.dispatch('history.forItem', { collection: 'quotes', id: created.quote.id }),
    ) as ChangeLogEntry[];
    expect(trail.map((e) => [e.kind, e.label, e.actor])).toEqual([
      ['redo', 'Redo Mark quote', 'tester'],
      ['undo', 'Undo Mark quote', 'tester'],
      ['edit', 'Mark quote', 'tester'],
    ]);
    expect(trail[1]!.changes.find((c) => c.collection === 'quotes')).toMatchObject({
      before: { id: created.quote.id },
      after: null,
    });
  });

  it('says when there is nothing to undo or redo', async () => {
    const wb = await launch(await mkdtemp(path.join(os.tmpdir(), 'history-')));
    expect(await wb.dispatch('history.undo', undefined)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await wb.dispatch('history.redo', undefined)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('undoes a delete, restoring the quote and its attribution', async () => {
    const wb = await launch(await mkdtemp(path.join(os.tmpdir(), 'history-')));
    const [doc] = value(await wb.dispatch('documents.list', undefined)) as { id: string }[];
    const created = value(
      await wb.dispatch('quotes.create', {
        documentId: doc!.id,
        position: { start: 0, end: 20 },
        kind: 'indirect',
        speaker: { newSource: { kind: 'outlet', name: 'Reuters' } },
      }),
    ) as { quote: { id: string } };
    const before = value(await wb.dispatch('quotes.list', undefined));
    value(await wb.dispatch('quotes.delete', { id: created.quote.id }));
    expect(value(await wb.dispatch('quotes.list', undefined))).toEqual({
      quotes: [],
      attributions: [],
    });
    value(await wb.dispatch('history.undo', undefined));
    expect(value(await wb.dispatch('quotes.list', undefined))).toEqual(before);
  });
});

describe('history.forItem', () => {
  it('lists only the entries that touched the item, newest first, once each', async () => {
    const t = await openTestWorkbench('history-item');
    const witkoff = await t.person('Steve Witkoff');
    const a = await t.mark('has done a lot of evil.', { sourceId: witkoff.id });
    const b = await t.mark('likely', { sourceId: witkoff.id });
    await t.call('quotes.delete', { id: a.quote.id });
    await t.call('history.undo');
    const labels = async (collection: 'quotes' | 'sources', id: string) =>
      (await t.call('history.forItem', { collection, id })).map((e) => [e.kind, e.label]);
    expect(await labels('quotes', a.quote.id)).toEqual([
      ['undo', 'Undo Delete quote'],
      ['edit', 'Delete quote'],
      ['edit', 'Mark quote'],
    ]);
    expect(await labels('quotes', b.quote.id)).toEqual([['edit', 'Mark quote']]);
    expect(await labels('sources', witkoff.id)).toEqual([['edit', 'Create source']]);
    expect(await labels('quotes', 'no-such-quote')).toEqual([]);
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], [2, 1], false],
    [null, {}, false],
    [{ a: null }, { a: null }, true],
    [[], {}, false],
  ])('%j vs %j is %s', (a, b, expected) => {
    expect(sameJson(a, b)).toBe(expected);
  });
});
