// Turns annotations read from a Hypothesis or Web Annotation file into workspace records: each
// passage anchored in its article with the same scoring re-anchoring uses (what is not found,
// or found with low confidence, goes to the review queue), tags and speakers matched by name or
// created, quotes and claims where our own export marks them. Builds changes; commits nothing.
import { anchorAll, REVIEW_THRESHOLD } from '../../shared/anchoring/reanchor';
import type { Annotation, Tag } from '../../shared/domain/annotations';
import type { Claim, Evidence } from '../../shared/domain/claims';
import { statusProblem, CLAIM_STATUS_LABELS } from '../../shared/domain/claim-rules';
import type {
  AnchorStatus,
  Attribution,
  Quote,
  Selector,
  Source,
  WorkbenchDocument,
} from '../../shared/domain/schema';
import type { Change } from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import { articleUrn } from '../../shared/export/web-annotation';
import type {
  ForeignAgent,
  ForeignAnnotation,
  ForeignTarget,
  Skipped,
} from '../../shared/interchange/annotations-read';
import { resolveTags } from './annotations';
import { newSource } from './sources';
import type { ServiceContext } from './context';
import { stamp } from './context';

export interface AnnotationImportReport {
  highlights: number;
  quotes: number;
  claims: number;
  evidence: number;
  /** Placed, but found only approximately or not at all: listed in the review queue. */
  needsReview: number;
  newTags: number;
  newSources: number;
  articles: string[];
  skipped: Skipped[];
}

/** A web address without its fragment, trailing slash or letter case of the host. */
function normaliseUri(uri: string): string {
  const bare = uri.trim().replace(/#.*$/, '').replace(/\/+$/, '');
  return bare.replace(
    /^(https?:\/\/)([^/]+)/i,
    (_m, scheme: string, host: string) => `${scheme.toLowerCase()}${host.toLowerCase()}`,
  );
}

/** The workspace's articles by every address that names them (web address, text IRIs). */
function articleIndex(docs: readonly WorkbenchDocument[]): Map<string, WorkbenchDocument> {
  const index = new Map<string, WorkbenchDocument>();
  for (const doc of docs) {
    if (doc.url) index.set(normaliseUri(doc.url), doc);
    index.set(articleUrn(doc.contentHash), doc);
    for (const v of doc.previousVersions) index.set(articleUrn(v.contentHash), doc);
  }
  return index;
}

function selectorOf(t: ForeignTarget): Selector {
  const start = t.start ?? 0;
  return {
    position: { start, end: t.end ?? start + t.exact.length },
    quote: { exact: t.exact, prefix: t.prefix, suffix: t.suffix },
  };
}

/** Where a passage sits in the article's text, and how sure that is. */
function place(doc: WorkbenchDocument, targets: readonly ForeignTarget[]) {
  const selectors = targets.map(selectorOf);
  const found = anchorAll(doc.text, selectors);
  return selectors.map((selector, i): { selector: Selector; anchor: AnchorStatus | null } => {
    const hit = found[i];
    if (!hit) {
      return {
        selector,
        anchor: {
          method: 'orphaned',
          score: 0,
          needsReview: true,
          previousExact: selector.quote.exact,
          versionHash: doc.contentHash,
        },
      };
    }
    const exact = doc.text.slice(hit.start, hit.end);
    const placed: Selector = {
      position: { start: hit.start, end: hit.end },
      quote: { exact, prefix: selector.quote.prefix, suffix: selector.quote.suffix },
    };
    // Found where the file said, word for word: a span made on this very text.
    if (hit.method === 'position' && exact === selector.quote.exact) {
      return { selector: placed, anchor: null };
    }
    const fuzzy = hit.method === 'fuzzy';
    return {
      selector: placed,
      anchor: {
        method: fuzzy ? 'fuzzy' : hit.method,
        score: Math.round(hit.score * 1000) / 1000,
        needsReview: fuzzy || hit.score < REVIEW_THRESHOLD,
        previousExact: selector.quote.exact,
        versionHash: doc.contentHash,
      },
    };
  });
}

/**
 * Records for the annotations read. `documentId` puts every passage in that article; null
 * matches each annotation's addresses against the workspace's articles. Items whose article
 * cannot be found are skipped with the reason.
 */
export function planAnnotationImport(
  ctx: ServiceContext,
  items: readonly ForeignAnnotation[],
  skippedOnRead: readonly Skipped[],
  documentId: string | null,
): { changes: Change[]; report: AnnotationImportReport } {
  const data = ctx.store.data;
  const at = stamp(ctx);
  const chosen = documentId ? getRecord(data.documents, documentId) : undefined;
  const index = articleIndex(valuesOf(data.documents));
  const docFor = (t: ForeignTarget) =>
    chosen ?? t.uris.map((u) => index.get(normaliseUri(u))).find((d) => d !== undefined) ?? null;
  const report: AnnotationImportReport = {
    highlights: 0,
    quotes: 0,
    claims: 0,
    evidence: 0,
    needsReview: 0,
    newTags: 0,
    newSources: 0,
    articles: [],
    skipped: [...skippedOnRead],
  };
  const changes: Change[] = [];
  const articles = new Set<string>();

  // Anchor every passage of one article in one pass (shared normalisation and index).
  const spanned = items.flatMap((item, i) => {
    const target = item.kind === 'evidence' ? item.span : item.target;
    return target ? [{ i, target, doc: docFor(target) }] : [];
  });
  const placements = new Map<
    number,
    { doc: WorkbenchDocument; selector: Selector; anchor: AnchorStatus | null }
  >();
  const byDoc = new Map<WorkbenchDocument, typeof spanned>();
  for (const s of spanned) if (s.doc) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  for (const [doc, list] of byDoc) {
    place(
      doc,
      list.map((s) => s.target),
    ).forEach((p, k) => {
      placements.set(list[k]!.i, { doc, ...p });
    });
  }

  // Tags by name, the codebook's first; those it lacks are made once for the whole file.
  const placedTags = items.flatMap((item, i) =>
    item.kind !== 'evidence' && placements.has(i) ? item.tags : [],
  );
  const made = resolveTags(
    ctx,
    placedTags.filter((n) => n.trim() !== ''),
  );
  changes.push(...made.changes);
  report.newTags = made.changes.length;
  const tagKey = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();
  const tagByName = new Map(valuesOf(data.tags).map((t) => [tagKey(t.name), t.id] as const));
  for (const c of made.changes)
    if (c.op === 'put') tagByName.set(tagKey((c.value as Tag).name), c.value.id);
  const tagIds = (names: readonly string[]) => [
    ...new Set(names.flatMap((n) => tagByName.get(tagKey(n)) ?? [])),
  ];
  const sources = new Map(valuesOf(data.sources).map((s) => [s.name.toLowerCase(), s] as const));
  for (const s of valuesOf(data.sources)) {
    for (const alias of s.aliases)
      if (!sources.has(alias.toLowerCase())) sources.set(alias.toLowerCase(), s);
  }
  const sourceFor = (agent: ForeignAgent): Source => {
    const known = sources.get(agent.name.toLowerCase());
    if (known) return known;
    // Built as the Sources view builds one (tidied name, names checked free).
    const source = newSource(ctx, {
      kind:
        agent.type === 'Person'
          ? 'person'
          : agent.type === 'Organization'
            ? 'organisation'
            : /anonym|condition of/i.test(agent.name)
              ? 'anonymous'
              : 'group',
      name: agent.name,
      aliases: [],
      role: '',
      affiliation: '',
    });
    sources.set(agent.name.toLowerCase(), source);
    changes.push({ op: 'put', collection: 'sources', value: source });
    report.newSources += 1;
    return source;
  };

  const quoteIds = new Map<string, string>();
  const claims = new Map<string, Claim>();
  items.forEach((item, i) => {
    if (item.kind === 'evidence') return;
    const placed = placements.get(i);
    if (!placed) {
      report.skipped.push({ ref: item.ref, reason: 'its article is not in the workspace' });
      return;
    }
    const { doc, selector, anchor } = placed;
    articles.add(doc.title);
    if (anchor?.needsReview) report.needsReview += 1;
    const created = validDate(item.created) ?? at;
    const updated = validDate(item.modified) ?? created;
    const note = item.notes.join('\n\n');
    if (item.kind === 'highlight') {
      const value: Annotation = {
        id: ctx.newId(),
        documentId: doc.id,
        selector,
        color: item.color,
        note,
        tagIds: tagIds(item.tags),
        anchor,
        ...(item.author ? { author: item.author } : {}),
        createdAt: created,
        updatedAt: updated,
      };
      changes.push({ op: 'put', collection: 'annotations', value });
      report.highlights += 1;
    } else if (item.kind === 'quote') {
      const quote: Quote = {
        id: ctx.newId(),
        documentId: doc.id,
        selector,
        kind: item.quoteKind,
        cue: item.cue,
        medium: item.medium,
        saidAt: item.saidAt,
        credibility: null,
        note,
        anchor,
        createdAt: created,
        updatedAt: updated,
      };
      quoteIds.set(item.ref, quote.id);
      changes.push({ op: 'put', collection: 'quotes', value: quote });
      const attribute = (agent: ForeignAgent, role: Attribution['role']) => {
        const value: Attribution = {
          id: ctx.newId(),
          quoteId: quote.id,
          sourceId: sourceFor(agent).id,
          role,
          confidence: agent.confidence,
          basis: '',
          createdAt: created,
        };
        changes.push({ op: 'put', collection: 'attributions', value });
      };
      item.speakers.forEach((s) => attribute(s, 'speaker'));
      item.conduits.forEach((s) => attribute(s, 'conduit'));
      report.quotes += 1;
    } else {
      const claim: Claim = {
        id: ctx.newId(),
        statement: item.statement,
        documentId: doc.id,
        selector,
        anchor,
        quoteId: item.quoteRef ? (quoteIds.get(item.quoteRef) ?? null) : null,
        claimantIds: [...new Set(item.claimants.map((c) => sourceFor(c).id))],
        tagIds: tagIds(item.tags),
        status: item.status,
        credibility: item.credibility,
        evidence: [],
        statusChangedAt: item.status === 'unverified' ? null : updated,
        createdAt: created,
        updatedAt: updated,
      };
      claims.set(item.ref, claim);
      report.claims += 1;
    }
  });

  items.forEach((item, i) => {
    if (item.kind !== 'evidence') return;
    const claim = claims.get(item.claimRef);
    if (!claim) {
      report.skipped.push({
        ref: item.ref,
        reason: 'evidence for a claim that is not in the file',
      });
      return;
    }
    const placed = placements.get(i);
    let target: Evidence['target'] | null = null;
    if (placed)
      target = {
        kind: 'span',
        documentId: placed.doc.id,
        selector: placed.selector,
        anchor: placed.anchor,
      };
    else if (item.reference) target = { kind: 'reference', ...item.reference };
    if (!target) {
      report.skipped.push({
        ref: item.ref,
        reason: 'its passage is in an article not in the workspace',
      });
      return;
    }
    claim.evidence.push({
      id: ctx.newId(),
      stance: item.stance,
      note: item.note,
      target,
      createdAt: validDate(item.created) ?? at,
    });
    report.evidence += 1;
  });
  for (const claim of claims.values()) {
    // A verdict must rest on its evidence here too; one the file cannot back stays unverified.
    if (statusProblem(claim.status, claim.evidence)) {
      report.skipped.push({
        ref: claim.statement.slice(0, 80),
        reason: `marked ${CLAIM_STATUS_LABELS[claim.status]} without the evidence it needs: imported as Unverified`,
      });
      claim.status = 'unverified';
      claim.statusChangedAt = null;
    }
    changes.push({ op: 'put', collection: 'claims', value: claim });
  }
  report.articles = [...articles];
  return { changes, report };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** The date as our timestamps are (UTC ISO), or null when it is not a date-time. */
function validDate(value: string | null): string | null {
  if (!value || !ISO.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
