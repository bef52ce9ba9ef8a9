// Workspaces for the exporters' tests: a small hand-made one whose exports are compared exactly,
// and the bundled sample article with a few quotes marked, built with the app's own text code.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Claim,
  ClaimStatus,
  EvidenceStance,
  EvidenceTarget,
} from '../../shared/domain/claims';
import type { Tag } from '../../shared/domain/annotations';
import type {
  Assessment,
  Attribution,
  AttributionConfidence,
  AttributionRole,
  Quote,
  ReliabilityGrade,
  Source,
  SourceKind,
  WorkbenchDocument,
} from '../../shared/domain/schema';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { emptyWorkspace } from '../../shared/domain/workspace';
import { canonicalizeText, findBlocks } from '../../shared/text/canonical';

export const T0 = '2026-01-01T00:00:00.000Z';
export const GENERATED_AT = '2026-02-03T04:05:06.000Z';

/** Builds a workspace one entity at a time; spans are found by their text. */
export class WorkspaceBuilder {
  readonly data: WorkspaceData = emptyWorkspace(T0);
  private n = 0;
  private readonly speakers = new Map<string, string[]>();
  private readonly id = (prefix: string) => `${prefix}${++this.n}`;

  document(fields: Partial<WorkbenchDocument> & { text: string }, id = this.id('d')): string {
    const text = canonicalizeText(fields.text);
    this.data.documents[id] = {
      id,
      title: `Article ${id}`,
      outlet: 'Reuters',
      authors: [],
      url: '',
      language: 'en',
      description: '',
      format: 'text',
      publishedAt: '2025-03-18',
      fileName: `${id}.txt`,
      importedAt: T0,
      previousVersions: [],
      blocks: findBlocks(text),
      ...fields,
      text,
      contentHash: createHash('sha256').update(text).digest('hex'),
    };
    return id;
  }

  source(name: string, kind: SourceKind = 'person', role = '', id = this.id('s')): string {
    const source: Source = {
      ...{ id, kind, name, aliases: [], role, affiliation: '', notes: '' },
      ...{ createdAt: T0, updatedAt: T0 },
    };
    this.data.sources[id] = source;
    return id;
  }

  /** Marks the first occurrence of `exact` (after `after`, if given) in the document. */
  quote(
    documentId: string,
    exact: string,
    fields: Partial<Omit<Quote, 'selector'>> & { after?: string } = {},
  ): string {
    const text = this.data.documents[documentId]!.text;
    const { after, ...rest } = fields;
    const start = text.indexOf(exact, after ? text.indexOf(after) : 0);
    if (start === -1) throw new Error(`not in the article: ${exact}`);
    return this.span(documentId, start, start + exact.length, rest);
  }

  /** Marks text[start, end) of the document as a quote. */
  span(documentId: string, start: number, end: number, fields: Partial<Quote> = {}): string {
    const id = this.id('q');
    this.data.quotes[id] = {
      id,
      documentId,
      selector: this.selector(documentId, start, end),
      kind: 'direct',
      cue: '',
      medium: '',
      saidAt: '',
      credibility: null,
      note: '',
      anchor: null,
      createdAt: T0,
      updatedAt: T0,
      ...fields,
    };
    return id;
  }

  private selector(documentId: string, start: number, end: number): Quote['selector'] {
    const text = this.data.documents[documentId]!.text;
    return {
      position: { start, end },
      quote: {
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
      },
    };
  }

  attribute(
    quoteId: string,
    sourceId: string,
    role: AttributionRole = 'speaker',
    confidence: AttributionConfidence = 'stated',
  ): string {
    const id = this.id('a');
    const a: Attribution = { id, quoteId, sourceId, role, confidence, basis: '', createdAt: T0 };
    this.data.attributions[id] = a;
    if (role === 'speaker')
      this.speakers.set(quoteId, [...(this.speakers.get(quoteId) ?? []), sourceId]);
    return id;
  }

  grade(sourceId: string, grade: ReliabilityGrade, assessedOn: string, rationale = ''): string {
    const id = this.id('g');
    const a: Assessment = { id, sourceId, grade, rationale, assessedOn, createdAt: T0 };
    this.data.assessments[id] = a;
    return id;
  }

  tag(name: string, parentId: string | null = null): string {
    const id = this.id('t');
    const tag: Tag = {
      ...{ id, name, description: '', color: '#aa3300', parentId, shortcut: null },
      ...{ createdAt: T0, updatedAt: T0 },
    };
    this.data.tags[id] = tag;
    return id;
  }

  /** A claim made from the quote, its claimants the quote's speakers. */
  claim(quoteId: string, status: ClaimStatus, tagIds: string[] = [], statement?: string): string {
    const id = this.id('c');
    const quote = this.data.quotes[quoteId]!;
    const claimantIds = this.speakers.get(quoteId) ?? [];
    const claim: Claim = {
      id,
      statement: statement ?? quote.selector.quote.exact,
      documentId: quote.documentId,
      selector: quote.selector,
      anchor: null,
      quoteId,
      claimantIds,
      tagIds,
      status,
      credibility: null,
      evidence: [],
      statusChangedAt: null,
      createdAt: `2026-01-01T00:00:${String(this.n).padStart(2, '0')}.000Z`,
      updatedAt: T0,
    };
    this.data.claims[id] = claim;
    return id;
  }

  /** Evidence for the claim: the first occurrence of `exact` in an article, or a reference. */
  evidence(
    claimId: string,
    stance: EvidenceStance,
    target: { documentId: string; exact: string } | { title: string; url: string },
    note = '',
  ): string {
    const id = this.id('e');
    const claim = this.data.claims[claimId]!;
    let evidenceTarget: EvidenceTarget;
    if ('documentId' in target) {
      const start = this.data.documents[target.documentId]!.text.indexOf(target.exact);
      if (start === -1) throw new Error(`not in the article: ${target.exact}`);
      const selector = this.selector(target.documentId, start, start + target.exact.length);
      evidenceTarget = { kind: 'span', documentId: target.documentId, selector, anchor: null };
    } else {
      evidenceTarget = { kind: 'reference', ...target };
    }
    const createdAt = `2026-01-02T00:00:${String(this.n).padStart(2, '0')}.000Z`;
    claim.evidence.push({ id, stance, note, target: evidenceTarget, createdAt });
    return id;
  }
}

export const SMALL_TEXT = [
  'Talks in Riyadh',
  'Witkoff told Fox News that the referendums "justify these actions". He spoke on Sunday.',
  'A Ukrainian official, speaking on condition of anonymity, said the talks were "likely" to go on.',
].join('\n\n');

/** The small workspace: two quotes, one graded speaker with a disputed, tagged claim. */
export function smallWorkspace() {
  const b = new WorkspaceBuilder();
  const doc = b.document({ title: 'US holds talks in Riyadh', text: SMALL_TEXT }, 'd1');
  const witkoff = b.source('Steve Witkoff', 'person', 'US special envoy', 's1');
  const fox = b.source('Fox News', 'outlet', '', 's2');
  const official = b.source('A Ukrainian official', 'anonymous', '', 's3');
  const q1 = b.quote(doc, 'justify these actions', {
    cue: 'told Fox News',
    credibility: 4,
    note: 'Contradicted by the UN.',
  });
  b.attribute(q1, witkoff);
  b.attribute(q1, fox, 'conduit');
  const q2 = b.quote(doc, 'likely', { kind: 'partial', cue: 'said' });
  b.attribute(q2, official, 'speaker', 'inferred');
  b.grade(witkoff, 'B', '2025-01-01');
  b.grade(witkoff, 'C', '2025-03-01', 'Two claims disputed');
  const referendums = b.tag('Referendums');
  const claim = b.claim(q1, 'disputed', [referendums]);
  return { data: b.data, ids: { doc, witkoff, fox, official, q1, q2, referendums, claim } };
}

export const CLAIMS_TEXT = [
  'Talks in Riyadh',
  'Mr. Witkoff told Fox News on Sunday that the votes were fair. “They justify these actions.”',
  'The UN called the referendums “a sham” in a report.',
  'A Ukrainian official said the talks were "likely" to go on.',
].join('\n\n');

/**
 * Claims with and without evidence: Witkoff's whole-sentence quote (its attribution in the
 * sentence before) with a false claim graded 5 that rests on a span of the article and an
 * outside reference, and the official's partial quote with an unverified claim and no evidence.
 */
export function claimsWorkspace() {
  const b = new WorkspaceBuilder();
  const ids = addClaimsStory(b);
  return { data: b.data, ids };
}

/** The story of claimsWorkspace, added to `b` (other test workspaces build on it). */
export function addClaimsStory(b: WorkspaceBuilder) {
  const doc = b.document({ title: 'US holds talks in Riyadh', text: CLAIMS_TEXT }, 'd1');
  const witkoff = b.source('Steve Witkoff', 'person', 'US special envoy', 's1');
  const official = b.source('A Ukrainian official', 'anonymous', '', 's2');
  const q1 = b.quote(doc, 'They justify these actions.', { cue: 'told Fox News' });
  b.attribute(q1, witkoff);
  const q2 = b.quote(doc, 'likely', { kind: 'partial', cue: 'said' });
  b.attribute(q2, official);
  const claim = b.claim(q1, 'false', [], 'The referendums justify the annexation');
  b.data.claims[claim]!.credibility = 5;
  b.evidence(claim, 'refutes', { documentId: doc, exact: 'a sham' }, 'Called so in its report.');
  b.evidence(claim, 'supports', {
    title: 'Kremlin readout',
    url: 'https://example.org/readout?a=1&b=<2>',
  });
  const open = b.claim(q2, 'unverified');
  return { doc, witkoff, official, q1, q2, claim, open };
}

/**
 * Three articles with a quote each, for the article's metadata in exports: one with everything
 * known, one with its authors alone (no outlet, no date), one with nothing but its title.
 * Articles come out in that order but for the last two: undated, they sort by title.
 */
export function articlesWorkspace() {
  const b = new WorkspaceBuilder();
  const known = b.document(
    {
      title: 'US holds talks in Riyadh',
      authors: ['Jane Doe', 'John Roe'],
      url: 'https://www.reuters.com/world/us-talks-riyadh-2025-03-18/',
      format: 'html',
      text: 'Witkoff said the talks were "constructive".',
    },
    'd1',
  );
  const authorsOnly = b.document(
    {
      title: 'Talks resume',
      outlet: '',
      authors: ['Olena Kovalenko'],
      publishedAt: '',
      text: 'An official said there was "no deal yet".',
    },
    'd2',
  );
  const bare = b.document(
    {
      title: 'Pasted note',
      outlet: '',
      publishedAt: '',
      language: '',
      format: 'paste',
      text: 'Someone said "maybe".',
    },
    'd3',
  );
  const witkoff = b.source('Steve Witkoff', 'person', '', 's1');
  b.attribute(b.quote(known, 'constructive'), witkoff);
  b.attribute(b.quote(authorsOnly, 'no deal yet'), b.source('A Ukrainian official', 'anonymous'));
  b.quote(bare, 'maybe');
  return { data: b.data, ids: { known, authorsOnly, bare, witkoff } };
}

const SAMPLE_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../resources/sample/riyadh-ceasefire-talks.txt',
);

/** The bundled sample article as the app imports it. */
export function sampleText(): string {
  return canonicalizeText(readFileSync(SAMPLE_FILE, 'utf8'));
}

/**
 * A large workspace for benchmarks and progress tests: `articles` copies of the sample article,
 * each with `quotesPerArticle` quotes of a few words spread over its paragraphs, spoken by 200
 * sources (graded A-F in turn, every fifth via a conduit), a claim on every third quote.
 */
export function syntheticWorkspace(articles: number, quotesPerArticle: number): WorkspaceData {
  const b = new WorkspaceBuilder();
  const text = sampleText();
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const grades = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
  const sources = Array.from({ length: 200 }, (_, i) =>
    b.source(`Source ${i}`, 'person', 'Official'),
  );
  sources.forEach((s, i) => b.grade(s, grades[i % 6]!, '2025-01-01'));
  const wire = b.source('Wire service', 'outlet');
  const tags = Array.from({ length: 20 }, (_, i) => b.tag(`Tag ${i}`));
  const statuses = ['unverified', 'verified', 'disputed', 'misleading', 'false'] as const;
  for (let d = 0; d < articles; d++) {
    const day = String((d % 28) + 1).padStart(2, '0');
    const doc = b.document({ title: `Talks, day ${d}`, publishedAt: `2025-03-${day}`, text });
    for (let q = 0; q < quotesPerArticle; q++) {
      const first = words[(q * 7919) % (words.length - 8)]!;
      const last = words[((q * 7919) % (words.length - 8)) + 1 + (q % 6)]!;
      const quote = b.span(doc, first.start, last.end, {
        cue: 'said',
        credibility: q % 7 === 0 ? null : (q % 6) + 1,
        note: q % 4 === 0 ? 'Check against the readout.' : '',
      });
      b.attribute(quote, sources[(d * quotesPerArticle + q) % sources.length]!);
      if (q % 5 === 0) b.attribute(quote, wire, 'conduit');
      if (q % 3 === 0) b.claim(quote, statuses[q % statuses.length]!, [tags[q % tags.length]!]);
    }
  }
  return b.data;
}
