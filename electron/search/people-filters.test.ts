// The people filters answered from the sources' side: a conduit counts for source: but not for
// speaker:, negation flips the verdict, and marks made before an edit are not reused after it.
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { emptyWorkspace } from '../../shared/domain/workspace';
import { parseQuery } from '../../shared/search/query';
import { scanSearch } from '../../shared/search/scan';
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

function seed(): WorkspaceData {
  const data = emptyWorkspace(T0);
  data.documents.d1 = makeDocument('d1');
  data.sources.s1 = makeSource('s1', 'Steve Witkoff');
  data.sources.s2 = makeSource('s2', 'Kremlin readout');
  data.quotes.q1 = makeQuote('q1', 'd1', 'spoken');
  data.quotes.q2 = makeQuote('q2', 'd1', 'relayed');
  data.attributions.a1 = makeAttribution('a1', 'q1', 's1');
  // q2 is Witkoff's, as the Kremlin's readout relays it.
  data.attributions.a2 = makeAttribution('a2', 'q2', 's1');
  data.attributions.a3 = { ...makeAttribution('a3', 'q2', 's2'), role: 'conduit' };
  return data;
}

function quotes(index: SearchIndex, data: WorkspaceData, text: string): string[] {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const got = runQuery(index, data, parsed.query).quote.hits.map((m) => m.recordId);
  expect(got.sort(), text).toEqual(
    scanSearch(data, parsed.query)
      .quote.map((k) => k.slice(2))
      .sort(),
  );
  return got;
}

describe('people filters on quotes', () => {
  it('count conduits for source: only, negate, and follow a rename', async () => {
    const { store } = await openStore({ dataDir: await tempDir(), now: fixedNow, seed });
    const index = new SearchIndex(store);
    expect(quotes(index, store.data, 'source:kremlin')).toEqual(['q2']);
    expect(quotes(index, store.data, 'speaker:kremlin')).toEqual([]);
    expect(quotes(index, store.data, '-source:kremlin')).toEqual(['q1']);
    expect(quotes(index, store.data, 'speaker:witkoff relayed')).toEqual(['q2']);
    // The same sources named again, by another value: the marks are shared, the answer the same.
    expect(quotes(index, store.data, 'speaker:wit').sort()).toEqual(['q1', 'q2']);
    await store.commit([
      { op: 'put', collection: 'sources', value: makeSource('s2', 'Steve Witkoff aide') },
    ]);
    expect(quotes(index, store.data, 'source:kremlin')).toEqual([]);
    expect(quotes(index, store.data, 'source:aide')).toEqual(['q2']);
    await store.commit([{ op: 'delete', collection: 'attributions', id: 'a3' }]);
    expect(quotes(index, store.data, 'source:aide')).toEqual([]);
    await store.close();
  });

  it('count every quote a filter-only query finds, keeping the first `limit`', async () => {
    const many = (): WorkspaceData => {
      const data = seed();
      for (let i = 3; i <= 9; i++) {
        data.quotes[`q${i}`] = makeQuote(`q${i}`, 'd1', `said ${i}`);
        // Every other one Witkoff's; the rest relayed by the readout.
        data.attributions[`a${i + 10}`] =
          i % 2 === 1
            ? makeAttribution(`a${i + 10}`, `q${i}`, 's1')
            : { ...makeAttribution(`a${i + 10}`, `q${i}`, 's2'), role: 'conduit' };
      }
      return data;
    };
    const { store } = await openStore({ dataDir: await tempDir(), now: fixedNow, seed: many });
    const index = new SearchIndex(store);
    for (const text of [
      'speaker:witkoff',
      'source:kremlin',
      '-speaker:witkoff',
      'speaker:wit -source:read',
    ]) {
      const parsed = parseQuery(text);
      if (!parsed.ok) throw new Error(parsed.message);
      const all = runQuery(index, store.data, parsed.query).quote;
      const top = runQuery(index, store.data, parsed.query, 2).quote;
      expect(all.count, text).toBe(scanSearch(store.data, parsed.query).quote.length);
      expect(all.count, text).toBeGreaterThan(2);
      expect(top.count, text).toBe(all.count);
      expect(top.hits.map((m) => m.recordId)).toEqual(all.hits.slice(0, 2).map((m) => m.recordId));
    }
    await store.close();
  });

  it('keep each source’s quote lists current across edits once they are made', async () => {
    const { store } = await openStore({ dataDir: await tempDir(), now: fixedNow, seed });
    const index = new SearchIndex(store);
    index.current();
    // Made before the edits, as the background build does.
    expect([...index.quoteDocsOf('s1').speaks].length).toBe(2);
    expect([...index.quoteDocsOf('s2').any].length).toBe(1);
    // q1 moves to the Kremlin's readout; q2 is re-read with a new text (a new document number).
    await store.commit([
      { op: 'put', collection: 'attributions', value: makeAttribution('a1', 'q1', 's2') },
      { op: 'put', collection: 'quotes', value: makeQuote('q2', 'd1', 'relayed again') },
    ]);
    expect(quotes(index, store.data, 'speaker:witkoff')).toEqual(['q2']);
    expect(quotes(index, store.data, 'speaker:kremlin')).toEqual(['q1']);
    expect(quotes(index, store.data, 'source:kremlin').sort()).toEqual(['q1', 'q2']);
    await store.commit([{ op: 'delete', collection: 'quotes', id: 'q2' }]);
    expect(quotes(index, store.data, 'source:kremlin')).toEqual(['q1']);
    expect(quotes(index, store.data, 'speaker:witkoff')).toEqual([]);
    await store.close();
  });
});
