// Warm-up queries, run once in the background after the index is built, their answers discarded:
// V8 compiles a query path the first time it runs hot, and without this that happened on the
// analyst's first keystrokes (the first prefix, the first phrase, the first speaker: each took
// 15-90 ms more than the same query later). One query of each shape the runner has: a short
// word, a prefix, typo-tolerant words, two words, a phrase, an exclusion, people filters alone,
// with words and negated, and a filter judged one entry at a time; each twice, with many matches
// (V8 compiles on a background thread, and code compiled before a path ever ran gives up when it
// first runs it). The caches the queries filled are then emptied: they answered no one.
import { valuesOf } from '../../shared/domain/workspace';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { tokenize } from '../../shared/search/normalize';
import { NONE } from './indexed-entries';
import { forgetVerdicts } from './people-filters';
import type { SearchIndex } from './search-index';

/**
 * The warm-up queries for the index as it is: words taken from the first entry with words of
 * five and eight letters (so typo tolerance runs too), and the first letter of a source's name
 * (a people filter that names many sources). Empty when the workspace has no such text.
 */
export function warmUpQueries(index: SearchIndex, data: WorkspaceData): string[] {
  const codes = index.codes;
  let words: string[] = [];
  for (let doc = 0; doc < codes.length && words.length < 8; doc++) {
    if (codes[doc] === NONE) continue;
    const meta = index.metaAt(doc);
    const text = meta ? index.textOf(meta) : null;
    if (text !== null) words = tokenize(text);
  }
  const long = words.find((w) => w.length >= 8);
  const mid = words.find((w) => w.length >= 5 && w.length < 8) ?? long;
  if (long === undefined || mid === undefined) return [];
  const [a, b] = [words[0]!, words[1]!];
  const source = valuesOf(data.sources).find((s) => /^[a-z]/i.test(s.name.trim()));
  const name = source ? source.name.trim()[0]!.toLowerCase() : null;
  return [
    long[0]!,
    long.slice(0, 3),
    long.slice(0, 4),
    mid,
    long,
    `${mid} ${long.slice(0, 3)}`,
    `${a} ${b}`,
    `"${a} ${b}"`,
    `"${a} ${b}" ${mid.slice(0, 3)}`,
    `${long} -${b}`,
    ...(name === null
      ? []
      : [`speaker:${name}`, `source:${name} ${mid}`, `-speaker:${name} ${long.slice(0, 4)}`]),
    `kind:quote ${mid}`,
    'kind:quote',
  ];
}

/** At least as many as warmUpQueries gives. */
const MOST_QUERIES = 16;

/**
 * Steps for SearchIndex.start's afterBuild, one query each (every query twice), then one that
 * empties the caches: the queries are chosen when the first step runs (the build is done by
 * then), and `run` asks each as the Search view would.
 */
export function warmUpSteps(
  index: SearchIndex,
  data: () => WorkspaceData,
  run: (query: string) => void,
): (() => void)[] {
  let queries: string[] | null = null;
  const steps = Array.from({ length: 2 * MOST_QUERIES }, (_, i) => () => {
    queries ??= warmUpQueries(index, data());
    const query = queries[i % MOST_QUERIES];
    if (query !== undefined) run(query);
  });
  return [
    ...steps,
    () => {
      forgetVerdicts(index);
      index.engine.forgetExpansions();
    },
  ];
}
