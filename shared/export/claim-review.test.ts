// The ClaimReview export, field by field on Witkoff's referendum claim marked disputed, and the
// rating scale across every status.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../anchoring/selectors';
import { CLAIM_STATUSES } from '../domain/claims';
import type { Claim, ClaimStatus } from '../domain/claims';
import type { Source, SourceKind, WorkbenchDocument } from '../domain/schema';
import { emptyWorkspace } from '../domain/workspace';
import type { WorkspaceData } from '../domain/workspace';
import { BEST_RATING, WORST_RATING, toClaimReviews } from './claim-review';
import type { ClaimReviewOptions } from './claim-review';
import type { JsonLd } from './web-annotation';

const TEXT = readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../resources/sample/riyadh-ceasefire-talks.txt',
  ),
  'utf8',
);
const HASH = createHash('sha256').update(TEXT).digest('hex');
const AT = '2025-03-24T10:00:00.000Z';
const REFERENDUM = 'There are referendums within these territories that justify these actions.';
const OPTIONS: ClaimReviewOptions = {
  author: { type: 'Organization', name: 'Verification Desk', url: 'https://desk.example/' },
  datePublished: '2025-03-25',
};

const doc: WorkbenchDocument = {
  id: 'doc-riyadh',
  title: 'U.S. Holds Talks With Ukraine and Russia in Saudi Arabia',
  outlet: 'The New York Times',
  authors: ['Constant Méheut'],
  url: '',
  language: 'en',
  description: '',
  format: 'text',
  publishedAt: '2025-03-23',
  fileName: 'riyadh-ceasefire-talks.txt',
  contentHash: HASH,
  text: TEXT,
  blocks: [],
  importedAt: AT,
  previousVersions: [],
};

function source(id: string, kind: SourceKind, name: string, extra: Partial<Source> = {}): Source {
  const base = { aliases: [], role: '', affiliation: '', notes: '', createdAt: AT, updatedAt: AT };
  return { id, kind, name, ...base, ...extra };
}

function claim(id: string, status: ClaimStatus, exact: string, claimantIds: string[]): Claim {
  const start = TEXT.indexOf(exact);
  return {
    id,
    statement: exact,
    documentId: doc.id,
    selector: describeSpan(TEXT, start, start + exact.length)!,
    anchor: null,
    quoteId: null,
    claimantIds,
    tagIds: [],
    status,
    credibility: null,
    evidence: [],
    statusChangedAt: AT,
    createdAt: AT,
    updatedAt: AT,
  };
}

function workspace(claims: Claim[], article: WorkbenchDocument = doc): WorkspaceData {
  const data = emptyWorkspace(AT);
  data.documents[doc.id] = article;
  data.sources.witkoff = source('witkoff', 'person', 'Steve Witkoff', {
    aliases: ['Mr. Witkoff'],
    role: 'Special envoy',
    affiliation: 'Trump administration',
  });
  data.sources.kremlin = source('kremlin', 'government', 'The Kremlin');
  data.sources.official = source('official', 'anonymous', 'A Ukrainian official');
  for (const c of claims) data.claims[c.id] = c;
  return data;
}

describe('ClaimReview', () => {
  it("Witkoff's referendum claim marked disputed, field by field", () => {
    const referendum: Claim = {
      ...claim('c-ref', 'disputed', REFERENDUM, ['witkoff']),
      statement: 'Referendums in occupied Ukrainian territories justify their annexation.',
    };
    const [review, ...rest] = toClaimReviews(workspace([referendum]), OPTIONS);
    expect(rest).toEqual([]);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      '@id': 'urn:x-workbench:claim-reviews:c-ref',
      claimReviewed: 'Referendums in occupied Ukrainian territories justify their annexation.',
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Disputed',
        ratingValue: 3,
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: {
        '@type': 'Claim',
        author: {
          '@type': 'Person',
          '@id': 'urn:x-workbench:sources:witkoff',
          name: 'Steve Witkoff',
          alternateName: ['Mr. Witkoff'],
          jobTitle: 'Special envoy',
          affiliation: { '@type': 'Organization', name: 'Trump administration' },
        },
        appearance: {
          '@type': 'NewsArticle',
          identifier: `urn:x-workbench:text:sha256:${HASH}`,
          headline: 'U.S. Holds Talks With Ukraine and Russia in Saudi Arabia',
          author: { '@type': 'Person', name: 'Constant Méheut' },
          datePublished: '2025-03-23',
          publisher: { '@type': 'Organization', name: 'The New York Times' },
          inLanguage: 'en',
        },
      },
      datePublished: '2025-03-25',
      author: { '@type': 'Organization', name: 'Verification Desk', url: 'https://desk.example/' },
    });
  });

  it('describes the article the claim appears in with its URL, authors and language', () => {
    const referendum = claim('c-ref', 'disputed', REFERENDUM, ['witkoff']);
    const appearanceIn = (article: WorkbenchDocument) =>
      (toClaimReviews(workspace([referendum], article), OPTIONS)[0]!.itemReviewed as JsonLd)
        .appearance;
    expect(
      appearanceIn({
        ...doc,
        url: 'https://www.nytimes.com/2025/03/23/world/europe/ukraine-russia-talks-saudi-arabia.html',
        authors: ['Constant Méheut', 'Michael Crowley'],
        language: 'en-US',
      }),
    ).toEqual({
      '@type': 'NewsArticle',
      identifier: `urn:x-workbench:text:sha256:${HASH}`,
      url: 'https://www.nytimes.com/2025/03/23/world/europe/ukraine-russia-talks-saudi-arabia.html',
      headline: 'U.S. Holds Talks With Ukraine and Russia in Saudi Arabia',
      author: [
        { '@type': 'Person', name: 'Constant Méheut' },
        { '@type': 'Person', name: 'Michael Crowley' },
      ],
      datePublished: '2025-03-23',
      publisher: { '@type': 'Organization', name: 'The New York Times' },
      inLanguage: 'en-US',
    });
    // Nothing known but the text: only its identifier, no empty or undefined field.
    const bare = { ...doc, title: '', outlet: '', authors: [], publishedAt: '', language: '' };
    expect(appearanceIn(bare)).toEqual({
      '@type': 'NewsArticle',
      identifier: `urn:x-workbench:text:sha256:${HASH}`,
    });
    // A link that is not a web address, and a language that is not a tag, stay out.
    for (const url of ['javascript:alert(1)', 'nytimes.com/2025/03/23', 'ftp://x.example/a']) {
      expect(appearanceIn({ ...bare, url, language: 'English' })).toEqual({
        '@type': 'NewsArticle',
        identifier: `urn:x-workbench:text:sha256:${HASH}`,
      });
    }
  });

  it('reviews only verdicts, each rated on the documented 1-5 scale, in text order', () => {
    const claims = CLAIM_STATUSES.map((status, i) =>
      claim(`c-${status}`, status, TEXT.slice(i * 100, i * 100 + 20), ['witkoff']),
    );
    const reviews = toClaimReviews(workspace([...claims].reverse()), OPTIONS);
    const ratings = reviews.map((r) => r.reviewRating as JsonLd);
    expect(ratings).toEqual([
      {
        '@type': 'Rating',
        alternateName: 'Verified',
        ratingValue: 5,
        bestRating: 5,
        worstRating: 1,
      },
      {
        '@type': 'Rating',
        alternateName: 'Disputed',
        ratingValue: 3,
        bestRating: 5,
        worstRating: 1,
      },
      {
        '@type': 'Rating',
        alternateName: 'Misleading',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
      },
      { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
      // Not a point on a truth scale: the label alone.
      { '@type': 'Rating', alternateName: 'Unverifiable' },
    ]);
    for (const r of ratings.filter((rating) => 'ratingValue' in rating)) {
      expect(r.ratingValue).toBeGreaterThanOrEqual(WORST_RATING);
      expect(r.ratingValue).toBeLessThanOrEqual(BEST_RATING);
    }
  });

  it('names claimants by kind: several as a list, none left out', () => {
    const shared = claim('c-two', 'false', 'staged referendums', ['kremlin', 'official']);
    const nobody = claim('c-none', 'verified', 'Riyadh', []);
    const reviews = toClaimReviews(workspace([shared, nobody]), OPTIONS);
    const authorOf = (id: string) =>
      (
        reviews.find((r) => r['@id'] === `urn:x-workbench:claim-reviews:${id}`)!
          .itemReviewed as JsonLd
      ).author;
    expect(authorOf('c-two')).toEqual([
      {
        '@type': 'GovernmentOrganization',
        '@id': 'urn:x-workbench:sources:kremlin',
        name: 'The Kremlin',
      },
      {
        '@type': 'Person',
        '@id': 'urn:x-workbench:sources:official',
        name: 'A Ukrainian official',
      },
    ]);
    expect(authorOf('c-none')).toBeUndefined();
  });

  it('filters by article, and rejects a bad date or an unknown article', () => {
    const data = workspace([claim('c1', 'false', REFERENDUM, ['witkoff'])]);
    expect(toClaimReviews(data, { ...OPTIONS, documentIds: [] })).toEqual([]);
    expect(toClaimReviews(data, { ...OPTIONS, documentIds: [doc.id] })).toHaveLength(1);
    expect(() => toClaimReviews(data, { ...OPTIONS, datePublished: 'today' })).toThrow(/ISO 8601/);
    expect(() => toClaimReviews(data, { ...OPTIONS, documentIds: ['gone'] })).toThrow(/gone/);
  });

  it('cites the evidence, oldest first: passages as Quotations, references with a web link only', () => {
    const denounced =
      'Those referendums were widely denounced as fraudulent and illegal by the international community.';
    const start = TEXT.indexOf(denounced);
    const disputed: Claim = {
      ...claim('c-ev', 'disputed', REFERENDUM, ['witkoff']),
      evidence: [
        {
          id: 'e2',
          stance: 'refutes',
          note: '  ',
          target: {
            kind: 'reference',
            title: 'UN GA resolution ES-11/4',
            url: 'javascript:alert(1)',
          },
          createdAt: '2025-03-24T12:00:00.000Z',
        },
        {
          id: 'e1',
          stance: 'refutes',
          note: 'The article itself reports the verdict.',
          target: {
            kind: 'span',
            documentId: doc.id,
            selector: describeSpan(TEXT, start, start + denounced.length)!,
            anchor: null,
          },
          createdAt: '2025-03-24T11:00:00.000Z',
        },
        {
          id: 'e3',
          stance: 'supports',
          note: 'Russian-installed officials announced the results.',
          target: { kind: 'reference', title: 'TASS report', url: ' https://tass.example/1 ' },
          createdAt: '2025-03-24T13:00:00.000Z',
        },
      ],
    };
    const [review] = toClaimReviews(workspace([disputed]), OPTIONS);
    expect(review!['citation']).toEqual([
      {
        '@type': 'Quotation',
        text: denounced,
        isPartOf: {
          '@type': 'NewsArticle',
          identifier: `urn:x-workbench:text:sha256:${HASH}`,
          headline: 'U.S. Holds Talks With Ukraine and Russia in Saudi Arabia',
          author: { '@type': 'Person', name: 'Constant Méheut' },
          datePublished: '2025-03-23',
          publisher: { '@type': 'Organization', name: 'The New York Times' },
          inLanguage: 'en',
        },
        description: 'Refutes the claim: The article itself reports the verdict.',
      },
      {
        '@type': 'CreativeWork',
        name: 'UN GA resolution ES-11/4',
        description: 'Refutes the claim',
      },
      {
        '@type': 'CreativeWork',
        name: 'TASS report',
        url: 'https://tass.example/1',
        description: 'Supports the claim: Russian-installed officials announced the results.',
      },
    ]);
    const none = toClaimReviews(workspace([claim('c-no', 'false', REFERENDUM, [])]), OPTIONS);
    expect(none[0]).not.toHaveProperty('citation');
  });
});
