// The quote sheet: the analyst's quotes with speakers, attributions, grades, claims and tags,
// filtered and grouped as they chose. Pure, so every export format renders the same rows.
import { z } from 'zod';
import { ClaimStatus } from '../domain/claims';
import type { Claim, Evidence, EvidenceStance } from '../domain/claims';
import {
  Credibility,
  Id,
  ReliabilityGrade,
  type Assessment,
  type AttributionConfidence,
  type AttributionRole,
  type QuoteKind,
  type SourceKind,
} from '../domain/schema';
import type { WorkspaceData } from '../domain/workspace';
import { getRecord, valuesOf } from '../domain/workspace';
import { latestBySource } from '../domain/reliability';
import { DEFAULT_COLUMNS, QUOTE_SHEET_COLUMNS } from './cells';
import type { QuoteSheetColumn } from './cells';
import { contextFinder, paragraphLookup } from './context';
import type { QuoteContext } from './context';
import {
  buildTables,
  rowOrder,
  compareDocuments,
  group,
  involvedEntities,
  ordinal,
  tagPaths,
  withDescendants,
} from './quote-sheet-tables';
import type {
  Candidate,
  ClaimTableRow,
  InvolvedEntities,
  SourceTableRow,
} from './quote-sheet-tables';

export const GROUP_BY = ['source', 'article', 'tag', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
export { compareDocuments };
export type { ClaimTableRow, InvolvedEntities, SourceTableRow };

/**
 * What to export. Empty lists do not filter; a filter list matches a quote when any of its
 * values does, and the filters combine with AND. In grades, credibility and claimStatuses a null
 * entry matches quotes that have none (speaker not graded, quote not graded, no claim made).
 */
export const QuoteSheetOptionsSchema = z.object({
  title: z.string().trim().min(1).max(300).default('Quote sheet'),
  /** Articles to export; empty means every article. */
  documentIds: z
    .array(Id)
    .max(10_000)
    .default(() => []),
  /** Quotes attributed to any of these sources, as speaker or conduit. */
  sourceIds: z
    .array(Id)
    .max(10_000)
    .default(() => []),
  /** Quotes with a claim tagged with any of these tags or their sub-tags. */
  tagIds: z
    .array(Id)
    .max(10_000)
    .default(() => []),
  claimStatuses: z
    .array(ClaimStatus.nullable())
    .max(20)
    .default(() => []),
  /** The speaker's current grade. */
  grades: z
    .array(ReliabilityGrade.nullable())
    .max(20)
    .default(() => []),
  /** The quote's information credibility. */
  credibility: z
    .array(Credibility.nullable())
    .max(20)
    .default(() => []),
  groupBy: z.enum(GROUP_BY).default('source'),
  /** Columns of the tabular formats and facts of the briefings, in this order. */
  columns: z
    .array(z.enum(QUOTE_SHEET_COLUMNS))
    .min(1)
    .refine((cs) => new Set(cs).size === cs.length, { message: 'a column is listed twice' })
    .default(() => [...DEFAULT_COLUMNS]),
  /** Master switches: when off, no format shows the context or the note, whatever the columns. */
  includeContext: z.boolean().default(true),
  includeNotes: z.boolean().default(true),
});
export type QuoteSheetOptions = z.output<typeof QuoteSheetOptionsSchema>;
/** Options as the renderer sends them: every field may be left out for its default. */
export type QuoteSheetOptionsInput = z.input<typeof QuoteSheetOptionsSchema>;

export interface SheetAttribution {
  sourceId: string;
  name: string;
  role: AttributionRole;
  confidence: AttributionConfidence;
}
export interface SheetTag {
  id: string;
  /** With its parents: "Territory › Referendums". */
  name: string;
}
/** What a piece of evidence is: a span of an article, or something outside the workspace. */
export type SheetEvidenceTarget =
  /** The span's text as stored, and its article's title ('' when the article is gone). */
  | { kind: 'span'; text: string; articleTitle: string }
  /** The reference's title and its URL as text, never fetched ('' when it has none). */
  | { kind: 'reference'; title: string; url: string };

export interface SheetEvidence {
  id: string;
  stance: EvidenceStance;
  target: SheetEvidenceTarget;
  /** '' when notes are not included. */
  note: string;
}

export interface SheetClaim {
  id: string;
  statement: string;
  status: ClaimStatus;
  credibility: Credibility | null;
  tags: SheetTag[];
  /** The evidence the verdict rests on, oldest first. */
  evidence: SheetEvidence[];
}

/** The article a quote is in, as the sheet shows it; '' (or no authors) where it is not known. */
export interface SheetArticle {
  title: string;
  outlet: string;
  /** In byline order. */
  authors: readonly string[];
  /** YYYY-MM-DD or ''. */
  publishedAt: string;
  /** The canonical URL as stored: text, not checked to be a link. */
  url: string;
  /** BCP-47 tag or ''. */
  language: string;
}

/** One quote with everything a reader of the sheet needs to judge it. */
export interface QuoteSheetRow {
  quoteId: string;
  documentId: string;
  /** Where the quote sits in its article's text (UTF-16 offsets, as stored). */
  position: { start: number; end: number };
  /** The quote's exact text. */
  text: string;
  kind: QuoteKind;
  cue: string;
  medium: string;
  saidAt: string;
  /** The main speaker (stated before inferred before uncertain); null when none is attributed. */
  speaker: SheetAttribution | null;
  speakerKind: SourceKind | null;
  speakerRole: string;
  /** The speaker's current (latest) Admiralty grade; null when never graded. */
  grade: ReliabilityGrade | null;
  /** Every other attribution: conduits and further speakers. */
  otherAttributions: SheetAttribution[];
  credibility: Credibility | null;
  /** Claims made from this quote (or from exactly its span), oldest first. */
  claims: SheetClaim[];
  /** The tags of those claims, by name. */
  tags: SheetTag[];
  article: SheetArticle;
  /** 1-based among the article's paragraphs; null in a heading or when the quote lost its place. */
  paragraph: number | null;
  /** Null when context is not included or the quote no longer matches its article's text. */
  context: QuoteContext | null;
  /** '' when notes are not included. */
  note: string;
}

export interface QuoteSheetGroup {
  /** A source, article or tag id, or '' for the rest ("No speaker", "Untagged") and for 'none'. */
  key: string;
  title: string;
  rows: QuoteSheetRow[];
}

/**
 * The sheet's rows and how to show them: everything the preview and the briefing and CSV writers
 * read. Building it skips the Sources and Claims tables and the stored entities, a third of
 * the work at 100,000 rows.
 */
export interface QuoteSheetCore {
  title: string;
  generatedAt: string;
  options: QuoteSheetOptions;
  /** The columns to show: the chosen ones less context and note when those are switched off. */
  columns: QuoteSheetColumn[];
  groups: QuoteSheetGroup[];
  /** Distinct quotes (a quote appears in several tag groups but counts once). */
  quoteCount: number;
}

/** The whole sheet: its rows with the Sources and Claims tables (XLSX) and the entities (JSON). */
export interface QuoteSheet extends QuoteSheetCore {
  sources: SourceTableRow[];
  claims: ClaimTableRow[];
  /** The stored entities behind the rows (references, not copies), for the JSON export. */
  entities: InvolvedEntities;
}

const CONFIDENCE_RANK: Record<AttributionConfidence, number> = {
  stated: 0,
  inferred: 1,
  uncertain: 2,
};

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name) || ordinal(a.id, b.id);

/** A filter over optional values: empty lets everything through, null matches "none". */
function passes<T>(wanted: readonly (T | null)[], values: readonly T[]): boolean {
  if (wanted.length === 0) return true;
  if (values.length === 0) return wanted.includes(null);
  return values.some((v) => wanted.includes(v));
}

/**
 * Builds the quote sheet for the options (validated here; throws a ZodError when invalid).
 * Groups come in a stable order: sources and tags by name, articles by date then title, with
 * "No speaker" and "Untagged" last. Inside a group, rows follow article order, then text order.
 */
export function buildQuoteSheet(
  data: WorkspaceData,
  input: QuoteSheetOptionsInput,
  generatedAt: string,
): QuoteSheet {
  const { core, rows, grades } = buildCore(data, input, generatedAt);
  return { ...core, ...buildTables(data, rows, grades), entities: involvedEntities(data, rows) };
}

/** The sheet without its tables and entities, for whatever reads only the rows. */
export function buildQuoteSheetCore(
  data: WorkspaceData,
  input: QuoteSheetOptionsInput,
  generatedAt: string,
): QuoteSheetCore {
  return buildCore(data, input, generatedAt).core;
}

/** The core, with the distinct rows in article order and the current grades the tables need. */
function buildCore(
  data: WorkspaceData,
  input: QuoteSheetOptionsInput,
  generatedAt: string,
): { core: QuoteSheetCore; rows: QuoteSheetRow[]; grades: Map<string, Assessment> } {
  const options = QuoteSheetOptionsSchema.parse(input);
  const scope = new Set(options.documentIds);
  const docs = valuesOf(data.documents)
    .filter((d) => scope.size === 0 || scope.has(d.id))
    .sort(compareDocuments);
  const docOrder = new Map(docs.map((d, i) => [d.id, i]));
  const grades = latestBySource(valuesOf(data.assessments));
  const tags = tagPaths(data);
  const wantedTags = withDescendants(data, options.tagIds);
  const wantedSources = new Set(options.sourceIds);

  const attributionsByQuote = new Map<string, SheetAttribution[]>();
  for (const a of valuesOf(data.attributions)) {
    const source = getRecord(data.sources, a.sourceId);
    if (!source) continue;
    const list = attributionsByQuote.get(a.quoteId) ?? [];
    list.push({ sourceId: source.id, name: source.name, role: a.role, confidence: a.confidence });
    attributionsByQuote.set(a.quoteId, list);
  }
  const claimsByQuote = claimsOfQuotes(data);
  const evidenceOf = (e: Evidence): SheetEvidence => ({
    id: e.id,
    stance: e.stance,
    target:
      e.target.kind === 'reference'
        ? { kind: 'reference', title: e.target.title, url: e.target.url }
        : {
            kind: 'span',
            text: e.target.selector.quote.exact,
            articleTitle: getRecord(data.documents, e.target.documentId)?.title ?? '',
          },
    note: options.includeNotes ? e.note : '',
  });
  const sheetTags = (ids: readonly string[]): SheetTag[] =>
    [...new Set(ids)]
      .flatMap((id) => {
        const name = tags.get(id);
        return name === undefined ? [] : [{ id, name }];
      })
      .sort(byName);

  // One article object per document, shared by its rows: 100,000 rows then hold 100 of them,
  // and a writer reading row after row finds the article's fields already in the cache.
  const articleOf = new Map(
    docs.map((d): [string, SheetArticle] => [
      d.id,
      {
        title: d.title,
        outlet: d.outlet,
        authors: d.authors,
        publishedAt: d.publishedAt,
        url: d.url,
        language: d.language,
      },
    ]),
  );
  const paragraphOf = new Map(docs.map((d) => [d.id, paragraphLookup(d.blocks)]));
  const contextOf = new Map(
    options.includeContext ? docs.map((d) => [d.id, contextFinder(d.text, d.blocks)]) : [],
  );
  // The quotes in scope with their attributions, main speaker first: the speaker decides both
  // the source filter and, when grouping by source, where the row goes.
  const candidates: Candidate[] = [];
  for (const quote of valuesOf(data.quotes)) {
    const docIndex = docOrder.get(quote.documentId);
    if (docIndex === undefined) continue;
    const attributions = [...(attributionsByQuote.get(quote.id) ?? [])].sort(
      (a, b) =>
        Number(a.role !== 'speaker') - Number(b.role !== 'speaker') ||
        CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
        a.name.localeCompare(b.name) ||
        ordinal(a.sourceId, b.sourceId),
    );
    const speaker = attributions[0]?.role === 'speaker' ? attributions[0] : null;
    if (wantedSources.size > 0 && !attributions.some((a) => wantedSources.has(a.sourceId)))
      continue;
    candidates.push({
      quote,
      doc: getRecord(data.documents, quote.documentId)!,
      docIndex,
      attributions,
      speaker,
    });
  }
  const { canonical, built } = rowOrder(candidates, options.groupBy);

  // Rows are made in the order the writers read them (`built`: by speaker group when grouping
  // by source), so a writer walking 100,000 rows walks memory forwards instead of hopping
  // across the heap; in interleaved runs that took the CSV writer from ~1,000 to ~780 ms.
  const rowAt: (QuoteSheetRow | undefined)[] = new Array<QuoteSheetRow | undefined>(
    candidates.length,
  );
  const builtRows: QuoteSheetRow[] = [];
  for (const index of built) {
    const { quote, doc, attributions, speaker } = candidates[index]!;
    const grade = speaker ? (grades.get(speaker.sourceId)?.grade ?? null) : null;
    const claims = (claimsByQuote.get(quote.id) ?? [])
      .sort((a, b) => ordinal(a.createdAt, b.createdAt) || ordinal(a.id, b.id))
      .map((c) => ({
        id: c.id,
        statement: c.statement,
        status: c.status,
        credibility: c.credibility,
        tags: sheetTags(c.tagIds),
        evidence:
          c.evidence.length === 0
            ? []
            : [...c.evidence]
                .sort((a, b) => ordinal(a.createdAt, b.createdAt) || ordinal(a.id, b.id))
                .map(evidenceOf),
      }));
    const rowTags = sheetTags(claims.flatMap((c) => c.tags.map((t) => t.id)));

    if (wantedTags.size > 0 && !rowTags.some((t) => wantedTags.has(t.id))) continue;
    const statuses = claims.map((c) => c.status);
    if (!passes(options.claimStatuses, statuses)) continue;
    if (!passes(options.grades, grade === null ? [] : [grade])) continue;
    if (!passes(options.credibility, quote.credibility === null ? [] : [quote.credibility]))
      continue;

    const { start, end } = quote.selector.position;
    // A span that no longer matches its article's text has no trustworthy place in it.
    const exact = quote.selector.quote.exact;
    const inPlace = end - start === exact.length && doc.text.startsWith(exact, start);
    const source = speaker ? getRecord(data.sources, speaker.sourceId) : undefined;
    const row: QuoteSheetRow = {
      quoteId: quote.id,
      documentId: doc.id,
      position: { start, end },
      text: quote.selector.quote.exact,
      kind: quote.kind,
      cue: quote.cue,
      medium: quote.medium,
      saidAt: quote.saidAt,
      speaker,
      speakerKind: source?.kind ?? null,
      speakerRole: source?.role ?? '',
      grade,
      otherAttributions: attributions.filter((a) => a !== speaker),
      credibility: quote.credibility,
      claims,
      tags: rowTags,
      article: articleOf.get(doc.id)!,
      paragraph: inPlace ? (paragraphOf.get(doc.id)?.(start) ?? null) : null,
      context: inPlace ? (contextOf.get(doc.id)?.(start, end, quote.cue) ?? null) : null,
      note: options.includeNotes ? quote.note : '',
    };
    rowAt[index] = row;
    builtRows.push(row);
  }
  // Article order, then text order: the order of every grouping but by source, and of the
  // Claims table.
  const rows = built === canonical ? builtRows : [];
  if (built !== canonical)
    for (const index of canonical) {
      const row = rowAt[index];
      if (row) rows.push(row);
    }

  const core: QuoteSheetCore = {
    title: options.title,
    generatedAt,
    options,
    columns: options.columns.filter(
      (c) => (c !== 'context' || options.includeContext) && (c !== 'note' || options.includeNotes),
    ),
    // Built order keeps article order inside each speaker group, so the groups come out the same.
    groups: group(builtRows, options.groupBy, docs, options.tagIds.length > 0 ? wantedTags : null),
    quoteCount: rows.length,
  };
  return { core, rows, grades };
}

/**
 * The claims made from each quote, by quote id: those linked to it, and those made from a plain
 * selection of exactly its span (the same article and offsets). A selection that matches several
 * quotes' spans goes with the first of them by id, so a claim is on one row only.
 */
export function claimsOfQuotes(data: WorkspaceData): Map<string, Claim[]> {
  const byQuote = new Map<string, Claim[]>();
  const add = (quoteId: string, claim: Claim) => {
    const list = byQuote.get(quoteId);
    if (list) list.push(claim);
    else byQuote.set(quoteId, [claim]);
  };
  const unlinked: Claim[] = [];
  for (const claim of valuesOf(data.claims)) {
    if (claim.quoteId === null) unlinked.push(claim);
    else add(claim.quoteId, claim);
  }
  if (unlinked.length === 0) return byQuote;
  const spanKey = (documentId: string, position: { start: number; end: number }) =>
    `${documentId}\u0000${position.start}:${position.end}`;
  const quoteAt = new Map<string, string>();
  for (const quote of valuesOf(data.quotes)) {
    const key = spanKey(quote.documentId, quote.selector.position);
    const held = quoteAt.get(key);
    if (held === undefined || ordinal(quote.id, held) < 0) quoteAt.set(key, quote.id);
  }
  for (const claim of unlinked) {
    const quoteId = quoteAt.get(spanKey(claim.documentId, claim.selector.position));
    if (quoteId !== undefined) add(quoteId, claim);
  }
  return byQuote;
}
