// The people filters (speaker:, source:, grade:) on quotes and passages, answered from the
// sources' side: the sources that pass the filter, then the quotes attributed to them and the
// passages holding those quotes, marked per document number. Judging 100,000 quotes one by one
// through their attributions was most of a filter-only query's time; this walks the sources once
// and their lists (source-quotes.ts, made after the build and kept across edits) once, and is kept
// while the workspace does not change, so the keystrokes typed after a filter reuse it.
import { valuesOf } from '../../shared/domain/workspace';
import type { FilterContext } from '../../shared/search/filters';
import type { Filter } from '../../shared/search/query';
import type { SearchIndex } from './search-index';

/** The filters answered here for quotes and passages (other entries are judged one by one). */
export function isPeopleFilter(filter: Filter): boolean {
  return filter.field === 'speaker' || filter.field === 'source' || filter.field === 'grade';
}

/** Per index, the verdicts computed at one state of the workspace (its revisions, as a string),
 * by filter and by the sources it named. */
const cache = new WeakMap<SearchIndex, { stamp: string; verdicts: Map<string, Uint8Array> }>();

/**
 * Per document number, 1 where a quote's or a passage's verdict for the filter is true (as
 * `passesFilters` judges it, before negation), 0 elsewhere. `stamp` names the workspace's state:
 * verdicts made at another state are not reused. The index must be current.
 */
export function quoteVerdicts(
  index: SearchIndex,
  ctx: FilterContext,
  filter: Filter,
  stamp: string,
): Uint8Array {
  let cached = cache.get(index);
  // A new state of the workspace, or many filters tried at this one (each mark is a byte per entry).
  if (!cached || cached.stamp !== stamp || cached.verdicts.size > 32) {
    cached = { stamp, verdicts: new Map() };
    cache.set(index, cached);
  }
  const key = `${filter.field}:${filter.value}`;
  let out = cached.verdicts.get(key);
  if (out) return out;
  // speaker: and grade: look at who speaks a quote; source: at conduits too (as filters.ts's people()).
  const speakersOnly = filter.field !== 'source';
  const sources: string[] = [];
  for (const source of valuesOf(ctx.data.sources)) {
    const passes =
      filter.field === 'grade'
        ? ctx.grade(source.id) === filter.value
        : ctx.sourceNamed(filter, source);
    if (passes) sources.push(source.id);
  }
  // Typing "speaker:witkoff" one key at a time names the same sources several times over.
  const bySources = `${speakersOnly ? 'speaks' : 'any'}:${sources.join('\n')}`;
  out = cached.verdicts.get(bySources);
  if (!out) {
    out = new Uint8Array(index.engine.docLimit);
    // From each source's quote list, kept by the index (no lookup per quote).
    for (const id of sources) {
      const lists = index.quoteDocsOf(id);
      const docs = speakersOnly ? lists.speaks : lists.any;
      for (let k = 0; k < docs.length; k++) out[docs[k]!] = 1;
      const passages = speakersOnly ? lists.speaksIn : lists.anyIn;
      for (let k = 0; k < passages.length; k++) out[passages[k]!] = 1;
    }
    cached.verdicts.set(bySources, out);
  }
  cached.verdicts.set(key, out);
  return out;
}

/** Forgets the verdicts kept for the index (the warm-up's are no one's: see warm-up.ts). */
export function forgetVerdicts(index: SearchIndex): void {
  cache.delete(index);
}
