// W3C Web Annotation Data Model export: highlights, quotes, claims and claim evidence as one
// AnnotationCollection in JSON-LD that other annotation tools can read. Pure: the caller passes
// the clock, so the output can be compared exactly.
import type { Annotation } from '../domain/annotations';
import { CLAIM_STATUS_LABELS } from '../domain/claim-rules';
import type { Claim, Evidence } from '../domain/claims';
import { ADMIRALTY_CREDIBILITY } from '../domain/reliability';
import type { CredibilityLevel } from '../domain/reliability';
import type {
  AnchorStatus,
  Attribution,
  Quote,
  Selector,
  Source,
  WorkbenchDocument,
} from '../domain/schema';
import type { WorkspaceData } from '../domain/workspace';
import { getRecord, hasRecord, valuesOf } from '../domain/workspace';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface WebAnnotationOptions {
  /** Only these articles (claims by the article they are made in); every article when omitted. */
  documentIds?: readonly string[];
  /** When the export is made: xsd:dateTime with a timezone, e.g. `2026-01-01T00:00:00.000Z`. */
  generatedAt: string;
  /** The analyst named as creator where the change log does not name who created an item. */
  analyst?: string;
  /** The collection's IRI; `urn:x-workbench:export:<generatedAt>` by default. */
  collectionId?: string;
  /** The collection's human label. */
  label?: string;
}

/** A JSON-LD node as emitted: plain JSON. */
export type JsonLd = { [key: string]: unknown };

/** The page of annotations; it names its collection (`partOf`) and can be served alone. */
export interface WebAnnotationPage extends JsonLd {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  /** The collection the page belongs to, described as the model's example does. */
  partOf: { id: string; label: string; total: number };
  startIndex: 0;
  items: JsonLd[];
}

export interface WebAnnotationCollection extends JsonLd {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** Absent when there is nothing to export (the model requires a first page only if total > 0). */
  first?: WebAnnotationPage;
  last?: string;
}

/** IRI of a workbench entity: `urn:x-workbench:<collection>:<id>`, the id percent-encoded. */
export function workbenchUrn(collection: string, id: string): string {
  return `urn:x-workbench:${collection}:${encodeURIComponent(id)}`;
}

/**
 * IRI of an article's exact text, from its SHA-256: selectors' offsets only hold for that text,
 * and two workbenches holding the same text name it the same way.
 */
export function articleUrn(contentHash: string): string {
  return `urn:x-workbench:text:sha256:${contentHash}`;
}

const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** The value when it is an xsd:dateTime with a timezone, as the model requires; else undefined. */
export function xsdDateTime(value: string | null | undefined): string | undefined {
  return value && DATE_TIME.test(value) ? value : undefined;
}

// Links the analyst typed are exported as links only when they are plain web addresses that
// every JSON Schema `uri` check accepts; anything else ("osce.org/statement 2022") stays text,
// so one badly typed link cannot make the whole export invalid.
const CHARS = String.raw`[\w\-.~!$&'()*+,;=:@/?]|%[0-9a-f]{2}`;
const WEB_ADDRESS = new RegExp(
  String.raw`^https?://[a-z0-9\-.]+(?::\d+)?(?:[/?](?:${CHARS})*)?(?:#(?:${CHARS})*)?$`,
  'i',
);

export function isWebAddress(value: string): boolean {
  return WEB_ADDRESS.test(value);
}

const GENERATOR = { type: 'Software', name: 'Attribution Workbench' };

// Light tints, so exported highlights read like the app's own.
const HIGHLIGHT_CSS: Record<Annotation['color'], string> = {
  yellow: '#fff3a3',
  green: '#c8f2c2',
  blue: '#c4e0ff',
  pink: '#ffd1e3',
  purple: '#e2d4ff',
};

const QUOTE_KIND_WORDS: Record<Quote['kind'], string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  indirect: 'Reported speech',
  paraphrase: 'Paraphrase',
};

/** The model's agent classes: foaf Person or Organization; none for groups and the anonymous. */
function agentType(kind: Source['kind']): string | undefined {
  switch (kind) {
    case 'person':
      return 'Person';
    case 'organisation':
    case 'government':
    case 'outlet':
      return 'Organization';
    case 'group':
    case 'anonymous':
      // "Protesters", "a Ukrainian official": not one identifiable person or organisation.
      return undefined;
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown source kind ${String(unreachable)}`);
    }
  }
}

function textBody(value: string, purpose: string): JsonLd {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

/** The article's canonical URL when it is a web address that can be an IRI; else null. */
export function articleWebAddress(doc: WorkbenchDocument): string | null {
  const url = doc.url.trim();
  return isWebAddress(url) ? url : null;
}

// A language tag as BCP 47 starts (a two- or three-letter language, then subtags): a typed
// "English" is not one, and the model wants a tag.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i;

/** The article's language tag when it looks like one; else undefined. */
export function languageTag(doc: WorkbenchDocument): string | undefined {
  return LANGUAGE_TAG.test(doc.language) ? doc.language : undefined;
}

/**
 * The article as a resource named `id`, with the metadata a reader needs to find it. `format`
 * only when `id` names the workbench's plain text: the web page's own format is not known.
 */
function articleResource(doc: WorkbenchDocument, id: string, plainText: boolean): JsonLd {
  const language = languageTag(doc);
  // Title, authors, outlet and date use the dcterms prefix that anno.jsonld declares: the model
  // has no term of its own for them. Its `language` is the resource's own.
  return {
    id,
    type: 'Text',
    ...(plainText ? { format: 'text/plain' } : {}),
    ...(language ? { language } : {}),
    'dcterms:title': doc.title || doc.fileName,
    ...(doc.authors.length > 0 ? { 'dcterms:creator': [...doc.authors] } : {}),
    ...(doc.outlet ? { 'dcterms:publisher': doc.outlet } : {}),
    ...(doc.publishedAt ? { 'dcterms:issued': doc.publishedAt } : {}),
  };
}

/**
 * A span of an article as a SpecificResource with a TextQuoteSelector and a TextPositionSelector.
 * An orphaned span keeps the selector of an earlier text, so it targets the earlier version its
 * offsets fit; when none fits, only the quote selector is given, for a reader to search with.
 *
 * The source is the article's web address when it has one, so other tools find the annotation
 * on the page. The offsets count in the workbench's text of it, not in the live page, so a
 * TimeState then says which copy they fit: `cached` is that text's IRI (articleUrn), and
 * `sourceDate` when it was imported. Without a web address the source is that IRI itself.
 */
function spanTarget(doc: WorkbenchDocument, selector: Selector, anchor: AnchorStatus | null) {
  const { position, quote } = selector;
  // The text the offsets fit: the article's own, an earlier version's, or none.
  let copy: { contentHash: string; importedAt: string } | undefined = doc;
  if (anchor?.method === 'orphaned') {
    const fits = (version: { text: string }) =>
      version.text.slice(position.start, position.end) === quote.exact;
    copy = [...doc.previousVersions].reverse().find(fits);
  }
  const quoteSelector = {
    type: 'TextQuoteSelector',
    exact: quote.exact,
    ...(quote.prefix ? { prefix: quote.prefix } : {}),
    ...(quote.suffix ? { suffix: quote.suffix } : {}),
  };
  const positionSelector = { type: 'TextPositionSelector', ...position };
  const selectors = copy ? [quoteSelector, positionSelector] : [quoteSelector];
  const url = articleWebAddress(doc);
  const sourceDate = copy && xsdDateTime(copy.importedAt);
  // A copy whose import date is not a date-time cannot be named in a TimeState, so its offsets
  // stay with its own IRI.
  if (url && (!copy || sourceDate)) {
    const state = copy && { type: 'TimeState', cached: articleUrn(copy.contentHash), sourceDate };
    return {
      type: 'SpecificResource',
      source: articleResource(doc, url, false),
      ...(state ? { state } : {}),
      selector: selectors,
    };
  }
  return {
    type: 'SpecificResource',
    source: articleResource(doc, articleUrn((copy ?? doc).contentHash), true),
    selector: selectors,
  };
}

/** Who created each entity (`collection:id`), from the first change-log entry that made it. */
function creatorsFromLog(data: WorkspaceData): Map<string, string> {
  const creators = new Map<string, string>();
  const entries = valuesOf(data.changes).sort((a, b) => a.seq - b.seq);
  for (const entry of entries) {
    for (const change of entry.changes) {
      const key = `${change.collection}:${change.id}`;
      if (change.before === null && change.after !== null && !creators.has(key)) {
        creators.set(key, entry.actor);
      }
    }
  }
  return creators;
}

interface Context {
  data: WorkspaceData;
  generated: string;
  creators: Map<string, string>;
  analyst: string | undefined;
  attributionsOf: Map<string, Attribution[]>;
}

/** What every annotation carries: context, id, type, creator, dates and generator. */
function common(ctx: Context, collection: string, id: string, created: string, modified?: string) {
  const actor = ctx.creators.get(`${collection}:${id}`) ?? ctx.analyst;
  const createdAt = xsdDateTime(created);
  const modifiedAt = xsdDateTime(modified);
  return {
    '@context': ANNO_CONTEXT,
    id: workbenchUrn(collection, id),
    type: 'Annotation',
    ...(actor ? { creator: { type: 'Person', name: actor } } : {}),
    ...(createdAt ? { created: createdAt } : {}),
    ...(modifiedAt ? { modified: modifiedAt } : {}),
    generated: ctx.generated,
    generator: GENERATOR,
  };
}

const tagBodies = (ctx: Context, tagIds: readonly string[]): JsonLd[] =>
  tagIds.flatMap((id) => {
    const tag = getRecord(ctx.data.tags, id);
    return tag ? [textBody(tag.name, 'tagging')] : [];
  });

/** A source as a body: a SpecificResource (the model lets only those carry a purpose). */
function sourceBodies(ctx: Context, sourceId: string, purpose: string): JsonLd[] {
  const source = getRecord(ctx.data.sources, sourceId);
  if (!source) return [];
  const type = agentType(source.kind);
  const agent = { id: workbenchUrn('sources', source.id), ...(type ? { type } : {}) };
  return [{ type: 'SpecificResource', purpose, source: { ...agent, name: source.name } }];
}

const noteBodies = (note: string): JsonLd[] => (note.trim() ? [textBody(note, 'commenting')] : []);

function highlightAnnotation(ctx: Context, a: Annotation, article: WorkbenchDocument): JsonLd {
  const body = [...noteBodies(a.note), ...tagBodies(ctx, a.tagIds)];
  return {
    ...common(ctx, 'annotations', a.id, a.createdAt, a.updatedAt),
    motivation: 'highlighting',
    // A bare highlight has no body at all, as the model's own highlighting example.
    ...(body.length > 0 ? { body } : {}),
    stylesheet: {
      type: 'CssStylesheet',
      value: `.aw-${a.color} { background-color: ${HIGHLIGHT_CSS[a.color]}; }`,
    },
    target: { ...spanTarget(article, a.selector, a.anchor), styleClass: `aw-${a.color}` },
  };
}

function quoteAnnotation(ctx: Context, q: Quote, article: WorkbenchDocument): JsonLd {
  const attributions = ctx.attributionsOf.get(q.id) ?? [];
  const speakers = attributions.filter((at) => at.role === 'speaker');
  const conduits = attributions.filter((at) => at.role === 'conduit');
  const names = (list: Attribution[]) =>
    list
      .map(
        (at) =>
          `${getRecord(ctx.data.sources, at.sourceId)?.name ?? 'unknown source'} (${at.confidence})`,
      )
      .join(', ');
  const description = [
    QUOTE_KIND_WORDS[q.kind],
    speakers.length ? `said by ${names(speakers)}` : 'speaker not attributed',
    ...(conduits.length ? [`reported via ${names(conduits)}`] : []),
    ...(q.cue ? [`cue “${q.cue}”`] : []),
    ...(q.medium ? [`medium: ${q.medium}`] : []),
    ...(q.saidAt ? [`said: ${q.saidAt}`] : []),
  ].join('; ');
  return {
    ...common(ctx, 'quotes', q.id, q.createdAt, q.updatedAt),
    motivation: 'identifying',
    body: [
      textBody(`${description}.`, 'describing'),
      ...speakers.flatMap((at) => sourceBodies(ctx, at.sourceId, 'identifying')),
      ...conduits.flatMap((at) => sourceBodies(ctx, at.sourceId, 'linking')),
      ...noteBodies(q.note),
    ],
    target: spanTarget(article, q.selector, q.anchor),
  };
}

function claimAnnotation(ctx: Context, c: Claim, article: WorkbenchDocument): JsonLd {
  const credibility = c.credibility as CredibilityLevel | null;
  const graded =
    credibility && `Information credibility ${credibility}: ${ADMIRALTY_CREDIBILITY[credibility]}`;
  const quote = c.quoteId && hasRecord(ctx.data.quotes, c.quoteId) ? c.quoteId : null;
  return {
    ...common(ctx, 'claims', c.id, c.createdAt, c.updatedAt),
    motivation: 'assessing',
    body: [
      textBody(CLAIM_STATUS_LABELS[c.status], 'assessing'),
      ...(graded ? [textBody(graded, 'assessing')] : []),
      textBody(c.statement, 'describing'),
      ...c.claimantIds.flatMap((id) => sourceBodies(ctx, id, 'identifying')),
      ...tagBodies(ctx, c.tagIds),
      ...(quote
        ? [{ type: 'SpecificResource', purpose: 'linking', source: workbenchUrn('quotes', quote) }]
        : []),
    ],
    target: spanTarget(article, c.selector, c.anchor),
  };
}

/** One piece of evidence as an annotation on its claim's annotation; null if its span is lost. */
function evidenceAnnotation(ctx: Context, c: Claim, e: Evidence): JsonLd | null {
  let resource: JsonLd;
  if (e.target.kind === 'span') {
    const article = getRecord(ctx.data.documents, e.target.documentId);
    if (!article) return null;
    resource = spanTarget(article, e.target.selector, e.target.anchor);
  } else if (isWebAddress(e.target.url)) {
    resource = { id: e.target.url, 'dcterms:title': e.target.title };
  } else {
    const text = e.target.url ? `${e.target.title} (${e.target.url})` : e.target.title;
    resource = { type: 'TextualBody', value: text, format: 'text/plain' };
  }
  const stance = e.stance === 'supports' ? 'Supports the claim' : 'Refutes the claim';
  return {
    ...common(ctx, 'claims', c.id, e.createdAt),
    id: `${workbenchUrn('claims', c.id)}:evidence:${encodeURIComponent(e.id)}`,
    motivation: 'assessing',
    body: [textBody(stance, 'assessing'), resource, ...noteBodies(e.note)],
    target: workbenchUrn('claims', c.id),
  };
}

/**
 * The workspace's highlights, quotes, claims and claim evidence as a W3C AnnotationCollection
 * whose first (and only) page embeds every annotation; `total` counts them.
 *
 * - Highlights: motivation `highlighting`; the note a `commenting` body, each tag a `tagging`
 *   body, the colour a CSS class.
 * - Quotes: motivation `identifying`; each speaker an `identifying` body and each conduit
 *   ("according to the Kremlin's readout") a `linking` body, both pointing at the source; a
 *   `describing` body says the kind, cue and medium in words; the note a `commenting` body.
 * - Claims: motivation `assessing`; the status label an `assessing` body (and the information
 *   credibility a second one), the statement a `describing` body, claimants `identifying`, tags
 *   `tagging`, the quote it was made from `linking`.
 * - Evidence: one annotation per item, targeting its claim's annotation, motivation `assessing`:
 *   "Supports the claim" or "Refutes the claim", the evidence span or reference, the note.
 *
 * Targets name the article by its web address when it has one (http or https only), with a
 * TimeState whose `cached` IRI is the text the selectors count in; otherwise by that IRI. The
 * article's title, authors, outlet, date and language go with it.
 *
 * The page and every annotation carry the `@context`, so each stays valid when taken out of
 * what holds it (a server pages a collection; the Web Annotation Protocol posts annotations one
 * by one). Items whose article is missing are skipped; dates that are not xsd:dateTime with a
 * timezone are left out. Throws when `generatedAt` is not such a date or a requested article
 * does not exist.
 */
export function toWebAnnotationCollection(
  data: WorkspaceData,
  options: WebAnnotationOptions,
): WebAnnotationCollection {
  const generated = xsdDateTime(options.generatedAt);
  if (!generated) throw new Error(`generatedAt is not a date-time: ${options.generatedAt}`);
  const docOrder = options.documentIds ?? Object.keys(data.documents);
  for (const id of docOrder) {
    if (!hasRecord(data.documents, id)) throw new Error(`no article with id ${id}`);
  }
  const attributionsOf = new Map<string, Attribution[]>();
  for (const at of valuesOf(data.attributions)) {
    attributionsOf.set(at.quoteId, [...(attributionsOf.get(at.quoteId) ?? []), at]);
  }
  const ctx: Context = {
    data,
    generated,
    creators: creatorsFromLog(data),
    analyst: options.analyst,
    attributionsOf,
  };

  // Article order, then place in the text; a claim's evidence follows it.
  const rank = new Map(docOrder.map((id, i) => [id, i]));
  const placed: { doc: number; start: number; order: number; items: JsonLd[] }[] = [];
  const add = (
    span: { documentId: string; selector: Selector },
    order: number,
    items: (article: WorkbenchDocument) => JsonLd[],
  ) => {
    const doc = rank.get(span.documentId);
    const article = getRecord(data.documents, span.documentId);
    if (doc === undefined || !article) return;
    placed.push({ doc, start: span.selector.position.start, order, items: items(article) });
  };
  for (const a of valuesOf(data.annotations)) {
    add(a, 0, (article) => [highlightAnnotation(ctx, a, article)]);
  }
  for (const q of valuesOf(data.quotes)) {
    add(q, 1, (article) => [quoteAnnotation(ctx, q, article)]);
  }
  for (const c of valuesOf(data.claims)) {
    add(c, 2, (article) => [
      claimAnnotation(ctx, c, article),
      ...c.evidence.flatMap<JsonLd>((e) => evidenceAnnotation(ctx, c, e) ?? []),
    ]);
  }
  placed.sort((a, b) => a.doc - b.doc || a.start - b.start || a.order - b.order);
  const items = placed.flatMap((p) => p.items);

  const id = options.collectionId ?? `urn:x-workbench:export:${generated}`;
  const pageId = `${id}:page:0`;
  const label = options.label ?? 'Attribution Workbench annotations';
  const page: WebAnnotationPage = {
    '@context': ANNO_CONTEXT,
    id: pageId,
    type: 'AnnotationPage',
    partOf: { id, label, total: items.length },
    startIndex: 0,
    items,
  };
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generated,
    generator: GENERATOR,
    ...(items.length > 0 ? { first: page, last: pageId } : {}),
  };
}
