// schema.org ClaimReview export: one review per claim with a verdict, the JSON-LD that fact-check
// aggregators and search engines read. Pure: the caller passes the publication date.
import { CLAIM_STATUS_LABELS } from '../domain/claim-rules';
import type { Claim, ClaimStatus, Evidence } from '../domain/claims';
import type { Source, WorkbenchDocument } from '../domain/schema';
import type { WorkspaceData } from '../domain/workspace';
import { getRecord, hasRecord, valuesOf } from '../domain/workspace';
import { articleUrn, articleWebAddress, languageTag, workbenchUrn } from './web-annotation';
import type { JsonLd } from './web-annotation';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

export interface ClaimReviewOptions {
  /** Who publishes the reviews: the analyst or the desk. */
  author: { type: 'Person' | 'Organization'; name: string; url?: string };
  /** The reviews' publication date, ISO 8601 (date or date-time): the injectable clock. */
  datePublished: string;
  /** Only claims made in these articles; every article when omitted. */
  documentIds?: readonly string[];
}

/**
 * The rating scale, on the usual five-point truthfulness scale of fact-checkers (1 false … 5
 * true), so aggregators that average or compare ratings place our verdicts sensibly:
 * false 1, misleading 2 (mostly false), disputed 3 (contested: mixed evidence), verified 5.
 * 4 ("mostly true") is a verdict the desk does not give. "Unverifiable" is no point on a truth
 * scale, so its rating has the label (`alternateName`) alone; "unverified" is no verdict and
 * gets no review at all.
 */
export const RATING_VALUES = { false: 1, misleading: 2, disputed: 3, verified: 5 } as const;
export const WORST_RATING = 1;
export const BEST_RATING = 5;

/** The statuses that are a verdict, so a claim with one is reviewed. */
export function hasVerdict(status: ClaimStatus): boolean {
  return status !== 'unverified';
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

function rating(status: ClaimStatus): JsonLd {
  const label = { '@type': 'Rating', alternateName: CLAIM_STATUS_LABELS[status] };
  switch (status) {
    case 'verified':
    case 'disputed':
    case 'misleading':
    case 'false':
      return {
        ...label,
        ratingValue: RATING_VALUES[status],
        bestRating: BEST_RATING,
        worstRating: WORST_RATING,
      };
    case 'unverifiable':
    case 'unverified':
      return label;
    default: {
      const unreachable: never = status;
      throw new Error(`unknown claim status ${String(unreachable)}`);
    }
  }
}

/** schema.org's type for a source: Person, or the Organization subtype its kind names. */
export function schemaOrgType(kind: Source['kind']): string {
  switch (kind) {
    case 'person':
    case 'anonymous': // "a Ukrainian official": a person, though unnamed
      return 'Person';
    case 'government':
      return 'GovernmentOrganization';
    case 'outlet':
      return 'NewsMediaOrganization';
    case 'organisation':
    case 'group':
      return 'Organization';
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown source kind ${String(unreachable)}`);
    }
  }
}

/** A claimant as the claim's author: name, aliases, and for a person the role and affiliation. */
function claimant(source: Source): JsonLd {
  const type = schemaOrgType(source.kind);
  const person = type === 'Person';
  return {
    '@type': type,
    '@id': workbenchUrn('sources', source.id),
    name: source.name,
    ...(source.aliases.length > 0 ? { alternateName: source.aliases } : {}),
    ...(person && source.role ? { jobTitle: source.role } : {}),
    ...(person && source.affiliation
      ? { affiliation: { '@type': 'Organization', name: source.affiliation } }
      : {}),
  };
}

/**
 * The article the claim appears in, with what is known of it: its link (http and https only),
 * headline, authors, date, outlet and language. The identifier is the IRI of the article's text
 * in the Web Annotation export, so the two exports can be joined.
 */
function appearance(doc: WorkbenchDocument): JsonLd {
  const url = articleWebAddress(doc);
  const authors = doc.authors.map((name) => ({ '@type': 'Person', name }));
  const language = languageTag(doc);
  return {
    '@type': 'NewsArticle',
    identifier: articleUrn(doc.contentHash),
    ...(url ? { url } : {}),
    ...(doc.title ? { headline: doc.title } : {}),
    // One author as an object, several as a list, as for the claim's.
    ...(authors.length === 1 ? { author: authors[0] } : {}),
    ...(authors.length > 1 ? { author: authors } : {}),
    ...(ISO_DATE.test(doc.publishedAt) ? { datePublished: doc.publishedAt } : {}),
    ...(doc.outlet ? { publisher: { '@type': 'Organization', name: doc.outlet } } : {}),
    ...(language ? { inLanguage: language } : {}),
  };
}

const STANCE_LABELS: Record<Evidence['stance'], string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
};
const WEB_URL = /^https?:\/\/[^\s]+$/i;

/**
 * One piece of evidence as a work the review cites: a passage of an article in the workspace as
 * a Quotation that is part of that article, or an outside reference as a CreativeWork with its
 * link (http and https only: the link is text the analyst typed, never fetched here). schema.org
 * has no property for a stance, so it leads the description, with the analyst's note after it.
 */
function citation(data: WorkspaceData, evidence: Evidence): JsonLd {
  const description = evidence.note.trim()
    ? `${STANCE_LABELS[evidence.stance]}: ${evidence.note.trim()}`
    : STANCE_LABELS[evidence.stance];
  const { target } = evidence;
  if (target.kind === 'reference') {
    return {
      '@type': 'CreativeWork',
      name: target.title,
      ...(WEB_URL.test(target.url.trim()) ? { url: target.url.trim() } : {}),
      description,
    };
  }
  const doc = getRecord(data.documents, target.documentId);
  return {
    '@type': 'Quotation',
    text: target.selector.quote.exact,
    ...(doc ? { isPartOf: appearance(doc) } : {}),
    description,
  };
}

/** One claim's review. */
function claimReview(data: WorkspaceData, claim: Claim, options: ClaimReviewOptions): JsonLd {
  const authors = claim.claimantIds.flatMap((id) => {
    const source = getRecord(data.sources, id);
    return source ? [claimant(source)] : [];
  });
  const doc = getRecord(data.documents, claim.documentId);
  const { author } = options;
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'ClaimReview',
    '@id': workbenchUrn('claim-reviews', claim.id),
    claimReviewed: claim.statement,
    reviewRating: rating(claim.status),
    itemReviewed: {
      '@type': 'Claim',
      // One claimant as an object, several as a list, none left out: schema.org's idiom.
      ...(authors.length === 1 ? { author: authors[0] } : {}),
      ...(authors.length > 1 ? { author: authors } : {}),
      ...(doc ? { appearance: appearance(doc) } : {}),
    },
    // The evidence the verdict rests on, oldest first.
    ...(claim.evidence.length > 0
      ? {
          citation: [...claim.evidence]
            .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
            .map((e) => citation(data, e)),
        }
      : {}),
    datePublished: options.datePublished,
    author: {
      '@type': author.type,
      name: author.name,
      ...(author.url ? { url: author.url } : {}),
    },
  };
}

/**
 * A schema.org ClaimReview for every claim with a verdict (any status but "unverified"), in
 * article order then place in the text. Each review is a complete JSON-LD document with its own
 * `@context`, ready to embed on a page by itself or to save together as a JSON array.
 *
 * `claimReviewed` is the statement; `reviewRating` is a Rating whose `alternateName` is the status
 * label and whose value is on the scale of RATING_VALUES; `itemReviewed` is the Claim, with its
 * claimants as `author` and the article as `appearance` (a NewsArticle with its URL, headline,
 * authors, date, outlet and language where known); `citation` lists the evidence. Throws when
 * `datePublished` is not an ISO 8601 date or a requested article does not exist.
 */
export function toClaimReviews(data: WorkspaceData, options: ClaimReviewOptions): JsonLd[] {
  if (!ISO_DATE.test(options.datePublished)) {
    throw new Error(`datePublished is not an ISO 8601 date: ${options.datePublished}`);
  }
  const order = options.documentIds ?? Object.keys(data.documents);
  for (const id of order) {
    if (!hasRecord(data.documents, id)) throw new Error(`no article with id ${id}`);
  }
  const rank = new Map(order.map((id, i) => [id, i]));
  const at = (c: Claim) => rank.get(c.documentId) ?? -1;
  return valuesOf(data.claims)
    .filter((c) => hasVerdict(c.status) && rank.has(c.documentId))
    .sort((a, b) => at(a) - at(b) || a.selector.position.start - b.selector.position.start)
    .map((c) => claimReview(data, c, options));
}
