// The warm-up after the build: its queries are well formed and of every shape, they run through
// the same path as the Search view's, and the caches they fill are emptied afterwards.
import { describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { emptyWorkspace } from '../../shared/domain/workspace';
import { parseQuery } from '../../shared/search/query';
import { RevisionCounters } from '../store/revisions';
import { T0, makeAttribution, makeDocument, makeQuote, makeSource } from '../store/test-support';
import { runQuery } from './run-query';
import { SearchIndex } from './search-index';
import { warmUpQueries, warmUpSteps } from './warm-up';

function workspace(): WorkspaceData {
  const data = emptyWorkspace(T0);
  data.documents.d1 = makeDocument('d1');
  data.sources.s1 = makeSource('s1', 'Steve Witkoff');
  data.quotes.q1 = makeQuote('q1', 'd1', 'referendums within these territories');
  data.attributions.a1 = makeAttribution('a1', 'q1', 's1');
  return data;
}

function indexOf(data: WorkspaceData): SearchIndex {
  const revs = new RevisionCounters();
  return new SearchIndex({
    data,
    revisions: () => revs.snapshot(),
    touchedSince: (c, r) => revs.touchedSince(c, r),
  });
}

describe('warm-up queries', () => {
  it('are well formed, of every shape, and each finds something', () => {
    const data = workspace();
    const index = indexOf(data).current();
    const queries = warmUpQueries(index, data);
    expect(queries.length).toBeGreaterThanOrEqual(10);
    const parsed = queries.map((q) => {
      const p = parseQuery(q);
      if (!p.ok) throw new Error(`${q}: ${p.message}`);
      return p.query;
    });
    expect(parsed.some((q) => q.terms.some((t) => t.prefix))).toBe(true);
    expect(parsed.some((q) => q.terms.some((t) => t.fuzzy > 0))).toBe(true);
    expect(parsed.some((q) => q.phrases.length > 0)).toBe(true);
    expect(parsed.some((q) => q.excluded.length > 0)).toBe(true);
    expect(parsed.some((q) => q.filters.some((f) => f.field === 'speaker' && !f.negated))).toBe(
      true,
    );
    expect(parsed.some((q) => q.filters.some((f) => f.negated))).toBe(true);
    const found = parsed.filter((q) => {
      const groups = runQuery(index, data, q);
      return Object.values(groups).some((g) => g.count > 0);
    });
    // A phrase or exclusion may rule everything out; most shapes find something.
    expect(found.length).toBeGreaterThan(queries.length / 2);
  });

  it('run every query twice through `run`, then nothing more', () => {
    const data = workspace();
    const index = indexOf(data).current();
    const asked: string[] = [];
    const steps = warmUpSteps(
      index,
      () => data,
      (q) => asked.push(q),
    );
    for (const step of steps) step();
    const queries = warmUpQueries(index, data);
    expect(asked.sort()).toEqual([...queries, ...queries].sort());
  });

  it('are none for a workspace without text', () => {
    const data = emptyWorkspace(T0);
    expect(warmUpQueries(indexOf(data).current(), data)).toEqual([]);
  });
});
