// Tests of the store's revision counters: an acknowledged commit bumps exactly the collections it
// touched, before its promise resolves; a rejected change bumps nothing; a failed write bumps
// what it put back, since a reader may have loaded the unsaved state in between.
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/workspace';
import { COLLECTIONS } from '../../shared/domain/workspace';
import type { Revisions } from './revisions';
import { RevisionCounters, TOUCHED_HISTORY } from './revisions';
import type { StoreOptions } from './store';
import { openStore } from './store';
import {
  deferred,
  faultyFs,
  fixedNow,
  makeQuote,
  newFaults,
  quoteChanges,
  removeTempDirs,
  seedWorkspace,
  tempDir,
  until,
} from './test-support';

afterEach(removeTempDirs);

async function open(extra: Partial<StoreOptions> = {}) {
  const opened = await openStore({
    dataDir: await tempDir(),
    seed: seedWorkspace,
    now: fixedNow,
    log: () => undefined,
    ...extra,
  });
  return opened.store;
}

/** The collections whose counters differ between two readings, with the difference. */
function moved(before: Revisions, after: Revisions): Partial<Revisions> {
  return Object.fromEntries(
    COLLECTIONS.filter((c) => after[c] !== before[c]).map((c) => [c, after[c] - before[c]]),
  );
}

describe('RevisionCounters', () => {
  it('starts every collection at 0 and bumps each touched collection once per call', () => {
    const counters = new RevisionCounters();
    const start = counters.snapshot();
    expect(Object.keys(start).sort()).toEqual([...COLLECTIONS].sort());
    expect(Object.values(start).every((n) => n === 0)).toBe(true);
    counters.bump([...quoteChanges(1), ...quoteChanges(2)]);
    expect(moved(start, counters.snapshot())).toEqual({ quotes: 1, attributions: 1 });
  });

  it('forgetAll moves every collection and sends every reader back to a whole reload', () => {
    const counters = new RevisionCounters();
    counters.bump(quoteChanges(1));
    const before = counters.snapshot();
    counters.forgetAll();
    const after = counters.snapshot();
    for (const name of COLLECTIONS) expect(after[name]).toBe(before[name] + 1);
    expect(counters.touchedSince('quotes', before.quotes)).toBeNull();
    expect(counters.touchedSince('sources', 0)).toBeNull();
    // From the new revisions on, it remembers again.
    counters.bump(quoteChanges(2));
    expect([...counters.touchedSince('quotes', after.quotes)!]).toEqual(['q2']);
  });

  it('remembers which ids each revision touched, oldest first, as far back as it keeps', () => {
    const counters = new RevisionCounters();
    counters.bump(quoteChanges(1));
    counters.bump([...quoteChanges(3), ...quoteChanges(2)]);
    counters.bump([{ op: 'delete', collection: 'quotes', id: 'q1' }]);
    expect([...counters.touchedSince('quotes', 0)!]).toEqual(['q1', 'q3', 'q2']);
    expect([...counters.touchedSince('quotes', 1)!]).toEqual(['q3', 'q2', 'q1']);
    expect([...counters.touchedSince('quotes', 3)!]).toEqual([]);
    expect([...counters.touchedSince('attributions', 1)!]).toEqual(['a3', 'a2']);
    // Not a revision of this run: the reader must reload.
    expect(counters.touchedSince('quotes', 4)).toBeNull();
    expect(counters.touchedSince('quotes', -1)).toBeNull();
    expect(counters.touchedSince('quotes', 1.5)).toBeNull();
    for (let n = 0; n < TOUCHED_HISTORY; n += 1) counters.bump(quoteChanges(10 + n));
    // Revision 3 is the oldest whose changes are all still known; 2 is too far back.
    expect(counters.touchedSince('quotes', 3)!.size).toBe(TOUCHED_HISTORY);
    expect(counters.touchedSince('quotes', 2)).toBeNull();
    expect(counters.touchedSince('sources', 0)).toEqual(new Set());
  });

  it('hands out copies', () => {
    const counters = new RevisionCounters();
    const taken = counters.snapshot();
    taken.quotes = 99;
    expect(counters.snapshot().quotes).toBe(0);
  });
});

describe('store revisions', () => {
  it('bumps the touched collections once the commit is acknowledged, and no others', async () => {
    const store = await open();
    const start = store.revisions();
    let seenOnResolve: Revisions | null = null;
    await store.commit(quoteChanges(1)).then(() => {
      seenOnResolve = store.revisions();
    });
    expect(moved(start, seenOnResolve!)).toEqual({ quotes: 1, attributions: 1 });
    await store.commit([{ op: 'delete', collection: 'sources', id: 's1' }]);
    expect(moved(start, store.revisions())).toEqual({ quotes: 1, attributions: 1, sources: 1 });
    await store.close();
  });

  it('counts each of several commits that share one write', async () => {
    const store = await open();
    const start = store.revisions();
    await Promise.all([store.commit(quoteChanges(1)), store.commit(quoteChanges(2))]);
    expect(moved(start, store.revisions())).toEqual({ quotes: 2, attributions: 2 });
    await store.close();
  });

  it('bumps nothing for an empty commit or a change it refuses', async () => {
    const store = await open();
    const start = store.revisions();
    await store.commit([]);
    const bad = { ...makeQuote('q9', 'd1'), kind: 'shouted' };
    await expect(
      store.commit([{ op: 'put', collection: 'quotes', value: bad } as unknown as Change]),
    ).rejects.toThrow(/not valid/);
    expect(store.revisions()).toEqual(start);
    await store.close();
  });

  it('bumps the collections a failed write put back, and a queued commit once it is saved', async () => {
    const faults = newFaults();
    const store = await open({ fs: faultyFs(faults) });
    const start = store.revisions();
    const gate = deferred();
    faults.gate = gate.promise;
    faults.failNext = 1;
    const failing = store.commit(quoteChanges(1));
    await until(() => faults.writes > 0); // its append is in flight
    const later = store.commit([{ op: 'delete', collection: 'sources', id: 's1' }]);
    // Nothing is acknowledged yet, though memory already holds both edits.
    expect(store.revisions()).toEqual(start);
    faults.gate = undefined;
    gate.open();
    await expect(failing).rejects.toThrow(/Could not save/);
    expect(store.data.quotes.q1).toBeUndefined();
    expect(moved(start, store.revisions())).toEqual({ quotes: 1, attributions: 1 });
    // What a reader that loaded the unsaved quote must fetch again: it is gone now.
    expect(store.touchedSince('quotes', start.quotes)).toEqual(new Set(['q1']));
    expect(store.data.quotes.q1).toBeUndefined();
    await later;
    expect(moved(start, store.revisions())).toEqual({ quotes: 1, attributions: 1, sources: 1 });
    await store.close();
  });
});
