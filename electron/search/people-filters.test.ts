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
});
