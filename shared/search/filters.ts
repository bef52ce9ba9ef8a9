// Field filters judged on the live workspace (speaker:, status:, outlet:…). They read related
// records (a quote's speakers, an article's outlet, a source's current grade) at query time, so
// a renamed source or a new grade never leaves the index stale.
import type { Quote, Source, WorkbenchDocument } from '../domain/schema';
import type { WorkspaceData } from '../domain/workspace';
import { getRecord, valuesOf } from '../domain/workspace';
import { latestBySource } from '../domain/reliability';
import type { EntryMeta } from './entries';
import { normalizeText } from './normalize';
import { quoteInPassage, quotesByArticle } from './passage-quotes';
import type { Filter } from './query';
import { resultKindOf } from './query';

/** A quote's attributions (source and role), in any order. */
export type QuoteAttributions = (
  quoteId: string,
) => Iterable<{ readonly sourceId: string; readonly role: string }>;

/** Lookups a query's filters need, each built on first use and only once per query. */
export class FilterContext {
  private attributions: Map<string, { sourceId: string; role: string }[]> | null = null;
  private grades: Map<string, string> | null = null;
  private articleQuotes: Map<string, Quote[]> | null = null;
  /** Per speaker:/source: filter, whether each source's name or an alias holds its value. */
  private readonly named = new Map<Filter, Map<string, boolean>>();

  /**
   * `attributionsOf`, when given, answers who is attributed each quote (the index keeps that
   * map current); without it the first question reads every attribution of `data`, which on
   * 100,000 quotes costs a tenth of a second. `folded` may be a cache kept from query to query
   * (folding is pure: a text's search form never changes).
   */
  constructor(
    readonly data: WorkspaceData,
    private readonly attributionsOf?: QuoteAttributions,
    private readonly folded = new Map<string, string>(),
  ) {}

  /** The sources attributed to a quote; `speakersOnly` leaves out conduits. */
  quoteSources(quoteId: string, speakersOnly: boolean): Source[] {
    if (this.attributionsOf) {
      const out: Source[] = [];
      for (const a of this.attributionsOf(quoteId)) {
        if (speakersOnly && a.role !== 'speaker') continue;
        const s = getRecord(this.data.sources, a.sourceId);
        if (s) out.push(s);
      }
      return out;
    }
    if (this.attributions === null) {
      this.attributions = new Map();
      for (const a of valuesOf(this.data.attributions)) {
        const list = this.attributions.get(a.quoteId);
        const item = { sourceId: a.sourceId, role: a.role };
        if (list) list.push(item);
        else this.attributions.set(a.quoteId, [item]);
      }
    }
    const out: Source[] = [];
    for (const a of this.attributions.get(quoteId) ?? []) {
      if (speakersOnly && a.role !== 'speaker') continue;
      const s = getRecord(this.data.sources, a.sourceId);
      if (s) out.push(s);
    }
    return out;
  }

  /**
   * The sources attributed to the quotes a passage of an article holds (passage-quotes.ts says
   * when it holds one). The first question reads every quote of `data`: the index does not ask.
   */
  passageSources(documentId: string, start: number, end: number, speakersOnly: boolean): Source[] {
    this.articleQuotes ??= quotesByArticle(this.data);
    const out: Source[] = [];
    for (const q of this.articleQuotes.get(documentId) ?? []) {
      if (quoteInPassage(q, start, end)) out.push(...this.quoteSources(q.id, speakersOnly));
    }
    return out;
  }

  /** A source's current reliability grade, or null when never graded. */
  grade(sourceId: string): string | null {
    this.grades ??= new Map(
      [...latestBySource(valuesOf(this.data.assessments))].map(([id, a]) => [id, a.grade]),
    );
    return this.grades.get(sourceId) ?? null;
  }

  /** Whether the source's name or one of its aliases holds the filter's value; once per source. */
  sourceNamed(filter: Filter, source: Source): boolean {
    let verdicts = this.named.get(filter);
    if (!verdicts) this.named.set(filter, (verdicts = new Map()));
    let verdict = verdicts.get(source.id);
    if (verdict === undefined) {
      const has = (text: string) => this.fold(text).includes(filter.value);
      verdict = has(source.name) || source.aliases.some(has);
      verdicts.set(source.id, verdict);
    }
    return verdict;
  }

  /** A text in search form, cached (names and titles are asked about once per entry). */
  fold(text: string): string {
    let out = this.folded.get(text);
    if (out === undefined) {
      out = normalizeText(text);
      this.folded.set(text, out);
    }
    return out;
  }
}

/** The article an entry belongs to, if any. */
export function entryDocumentId(data: WorkspaceData, entry: EntryMeta): string | null {
  switch (entry.collection) {
    case 'documents':
      return entry.recordId;
    case 'quotes':
      return getRecord(data.quotes, entry.recordId)?.documentId ?? null;
    case 'claims':
      return getRecord(data.claims, entry.recordId)?.documentId ?? null;
    case 'annotations':
      return getRecord(data.annotations, entry.recordId)?.documentId ?? null;
    case 'memos': {
      const m = getRecord(data.memos, entry.recordId);
      return m?.subject === 'documents' ? m.subjectId : null;
    }
    default:
      return null;
  }
}

/**
 * The people an entry is by or about: a quote's speakers, those of the quotes a passage holds, a
 * claim's claimants, a source itself.
 */
function people(ctx: FilterContext, entry: EntryMeta, speakersOnly: boolean): Source[] | null {
  const { data } = ctx;
  if (entry.collection === 'quotes') return ctx.quoteSources(entry.recordId, speakersOnly);
  if (entry.collection === 'documents') {
    const { recordId, start = 0, end = 0 } = entry;
    return ctx.passageSources(recordId, start, end, speakersOnly);
  }
  if (entry.collection === 'claims') {
    const claim = getRecord(data.claims, entry.recordId);
    return (claim?.claimantIds ?? []).flatMap((id) => getRecord(data.sources, id) ?? []);
  }
  if (entry.collection === 'sources') {
    const s = getRecord(data.sources, entry.recordId);
    return s ? [s] : [];
  }
  return null;
}

function tagIdsOf(data: WorkspaceData, entry: EntryMeta): readonly string[] | null {
  if (entry.collection === 'claims') return getRecord(data.claims, entry.recordId)?.tagIds ?? [];
  if (entry.collection === 'annotations') {
    return getRecord(data.annotations, entry.recordId)?.tagIds ?? [];
  }
  if (entry.collection === 'tags') return [entry.recordId];
  if (entry.collection === 'memos') {
    const m = getRecord(data.memos, entry.recordId);
    return m?.subject === 'tags' ? [m.subjectId] : [];
  }
  return null;
}

/** Whether a text, in search form, holds the filter's value. */
function holds(ctx: FilterContext, text: string, filter: Filter): boolean {
  return ctx.fold(text).includes(filter.value);
}

/** Dates compare on the filter's own precision: before:2025 is before 2025 began. */
function dateTest(date: string, filter: Filter): boolean {
  if (date === '') return false;
  const d = date.slice(0, filter.value.length);
  return filter.field === 'before' ? d < filter.value : d > filter.value;
}

/**
 * Whether the entry passes one filter: true, false, or null when the filter says nothing about
 * entries of this kind (status: of a source). A filter that does not apply leaves the entry out,
 * negated or not: "-status:false" finds claims of other statuses, not every passage.
 */
function judge(ctx: FilterContext, entry: EntryMeta, filter: Filter): boolean | null {
  const { data } = ctx;
  // No closures here: this runs once per entry per filter, up to hundreds of thousands of times.
  switch (filter.field) {
    case 'speaker':
    case 'source': {
      const list = people(ctx, entry, filter.field === 'speaker');
      if (list === null) return null;
      for (const s of list) if (ctx.sourceNamed(filter, s)) return true;
      return false;
    }
    case 'grade': {
      const list = people(ctx, entry, true);
      return list === null ? null : list.some((s) => ctx.grade(s.id) === filter.value);
    }
    case 'tag': {
      const ids = tagIdsOf(data, entry);
      if (ids === null) return null;
      return ids.some((id) => {
        const tag = getRecord(data.tags, id);
        return tag !== undefined && holds(ctx, tag.name, filter);
      });
    }
    case 'status': {
      if (entry.collection !== 'claims') return null;
      return getRecord(data.claims, entry.recordId)?.status === filter.value;
    }
    case 'kind': {
      const kind = resultKindOf(filter.value);
      if (kind !== undefined) return entry.kind === kind;
      if (entry.collection === 'quotes') {
        return getRecord(data.quotes, entry.recordId)?.kind === filter.value;
      }
      if (entry.collection === 'sources') {
        return getRecord(data.sources, entry.recordId)?.kind === filter.value;
      }
      return null;
    }
    case 'outlet':
    case 'article':
    case 'before':
    case 'after': {
      const docId = entryDocumentId(data, entry);
      const doc: WorkbenchDocument | undefined = docId
        ? getRecord(data.documents, docId)
        : undefined;
      if (!doc) return null;
      if (filter.field === 'outlet') return holds(ctx, doc.outlet, filter);
      if (filter.field === 'article') {
        return holds(ctx, doc.title, filter) || holds(ctx, doc.fileName, filter);
      }
      return dateTest(doc.publishedAt, filter);
    }
    default: {
      const unreachable: never = filter.field;
      return unreachable;
    }
  }
}

/** True when the entry passes every filter of the query. */
export function passesFilters(
  ctx: FilterContext,
  entry: EntryMeta,
  filters: readonly Filter[],
): boolean {
  for (const filter of filters) {
    const verdict = judge(ctx, entry, filter);
    if (verdict === null) return false;
    if (verdict === filter.negated) return false;
  }
  return true;
}
