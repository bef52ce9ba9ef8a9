// The people filters on passages in the index: a paragraph passes speaker: by the quotes it holds,
// and stays right as quotes are moved, re-attributed, deleted and undone, as its article changes,
// and as sources are renamed and merged (each answer also held to the brute-force scan).
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { emptyWorkspace, getRecord } from '../../shared/domain/workspace';
import { parseQuery } from '../../shared/search/query';
import { scanSearch } from '../../shared/search/scan';
import { History } from '../service/history';
import { openStore } from '../store/store';
import {
  T0,
  fixedNow,
  makeAttribution,
  makeDocument,
  makeQuote,
  makeSource,
  removeTempDirs,
  tempDir,
} from '../store/test-support';
import { runQuery } from './run-query';
import { SearchIndex } from './search-index';

afterEach(removeTempDirs);

// Three paragraphs: [0, 11), [13, 25), [27, 35).
const TEXT = 'Alpha beta.\n\nGamma delta.\n\nEpsilon.';
const paragraph = (start: number, end: number) => ({ kind: 'paragraph' as const, start, end });

function at(id: string, start: number, end: number) {
  const q = makeQuote(id, 'd1');
  const quote = { exact: TEXT.slice(start, end), prefix: '', suffix: '' };
  return { ...q, selector: { position: { start, end }, quote } };
}

function seed(): WorkspaceData {
  const data = emptyWorkspace(T0);
  const doc = makeDocument('d1', TEXT);
  data.documents.d1 = { ...doc, blocks: [paragraph(0, 11), paragraph(13, 25), paragraph(27, 35)] };
  data.sources.s1 = makeSource('s1', 'Steve Witkoff');
  data.sources.s2 = makeSource('s2', 'Kremlin readout');
  // q1 runs from the first paragraph into the second; q2 sits in the third.
  data.quotes.q1 = at('q1', 6, 18);
  data.quotes.q2 = at('q2', 28, 33);
  data.attributions.a1 = makeAttribution('a1', 'q1', 's1');
  data.attributions.a2 = makeAttribution('a2', 'q2', 's2');
  return data;
}

/** The blocks of d1 a query finds, as indexes, after checking the index against the scan. */
function passages(index: SearchIndex, data: WorkspaceData, text: string): number[] {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const got = runQuery(index, data, parsed.query).passage;
  const want = scanSearch(data, parsed.query).passage;
  expect(got.hits.map((m) => m.key).sort(), text).toEqual([...want].sort());
  expect(got.count, text).toBe(want.length);
  // With a limit, the count is still every passage's.
  expect(runQuery(index, data, parsed.query, 1).passage.count, text).toBe(want.length);
  return got.hits.map((m) => Number(m.key.split('~')[2])).sort();
}

describe('people filters on passages (the index)', () => {
  it('find the paragraphs holding a quote, and follow quotes, articles and sources', async () => {
    const { store } = await openStore({ dataDir: await tempDir(), now: fixedNow, seed });
    let n = 0;
    const history = new History({ store, now: fixedNow, newId: () => `log${++n}`, actor: 'test' });
    const index = new SearchIndex(store);
    const ask = (text: string) => passages(index, store.data, text);
    // The lists are made before the edits, as the background build makes them.
    index.current();
    index.quoteDocsOf('s1');
    index.quoteDocsOf('s2');
    expect(ask('speaker:witkoff')).toEqual([0, 1]);
    expect(ask('speaker:witkoff gamma')).toEqual([1]);
    expect(ask('speaker:kremlin')).toEqual([2]);

    // Moved into the third paragraph.
    await history.record('move', [{ op: 'put', collection: 'quotes', value: at('q1', 27, 30) }]);
    expect(ask('speaker:witkoff')).toEqual([2]);
    await history.undo();
    expect(ask('speaker:witkoff')).toEqual([0, 1]);

    // The article's first paragraph split in two: q1's start now lies in the second block.
    const doc = getRecord(store.data.documents, 'd1')!;
    const blocks = [paragraph(0, 5), paragraph(6, 11), paragraph(13, 25), paragraph(27, 35)];
    await history.record('split', [
      { op: 'put', collection: 'documents', value: { ...doc, blocks } },
    ]);
    expect(ask('speaker:witkoff')).toEqual([1, 2]);
    expect(ask('speaker:kremlin')).toEqual([3]);
    await history.undo();
    expect(ask('speaker:witkoff')).toEqual([0, 1]);

    // Re-attributed to the Kremlin's readout as a conduit: source: still finds it, speaker: not.
    const conduit = { ...makeAttribution('a1', 'q1', 's2'), role: 'conduit' as const };
    await history.record('relay', [{ op: 'put', collection: 'attributions', value: conduit }]);
    expect(ask('speaker:witkoff')).toEqual([]);
    expect(ask('source:kremlin')).toEqual([0, 1, 2]);
    expect(ask('speaker:kremlin')).toEqual([2]);
    await history.undo();

    // Renamed, then the readout merged into Witkoff (its attribution moved, the source gone).
    const renamed = { ...makeSource('s1', 'Special envoy'), aliases: ['Steve Witkoff'] };
    await history.record('rename', [{ op: 'put', collection: 'sources', value: renamed }]);
    expect(ask('speaker:envoy')).toEqual([0, 1]);
    await history.record('merge', [
      { op: 'put', collection: 'attributions', value: makeAttribution('a2', 'q2', 's1') },
      { op: 'delete', collection: 'sources', id: 's2' },
    ]);
    expect(ask('speaker:envoy')).toEqual([0, 1, 2]);
    expect(ask('source:kremlin')).toEqual([]);

    // Deleted, then undone.
    await history.record('delete', [{ op: 'delete', collection: 'quotes', id: 'q1' }]);
    expect(ask('speaker:witkoff')).toEqual([2]);
    await history.undo();
    expect(ask('speaker:witkoff')).toEqual([0, 1, 2]);
    await store.close();
  });

  it('grade by the speakers’ current grade, and negate', async () => {
    const { store } = await openStore({ dataDir: await tempDir(), now: fixedNow, seed });
    const index = new SearchIndex(store);
    const ask = (text: string) => passages(index, store.data, text);
    const grade = (id: string, g: 'A' | 'C', assessedOn: string) => ({
      op: 'put' as const,
      collection: 'assessments' as const,
      value: { id, sourceId: 's1', grade: g, rationale: '', assessedOn, createdAt: T0 },
    });
    await store.commit([grade('g1', 'A', '2025-01-01')]);
    expect(ask('grade:A')).toEqual([0, 1]);
    await store.commit([grade('g2', 'C', '2025-02-01')]);
    expect(ask('grade:A')).toEqual([]);
    expect(ask('grade:C alpha')).toEqual([0]);
    expect(ask('-speaker:witkoff')).toEqual([2]);
    await store.close();
  });
});
