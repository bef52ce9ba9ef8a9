// The Web Annotation export checked against the W3C Working Group's MUST assertions (vendored in
// electron/export/fixtures), on a workspace made by the real service from the sample article.
// Over 500 lines on purpose: every section checks its output with the same conformance schemas,
// compiled once at the top of this file, and on the workspace the service builds in beforeAll.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, openTestWorkbench } from '../../electron/service/test-support';
import { stateOnDisk } from '../../electron/store/test-support';
import { describeSpan } from '../anchoring/selectors';
import type { Claim } from '../domain/claims';
import { WorkspaceSchema } from '../domain/workspace';
import type { WorkspaceData } from '../domain/workspace';
import {
  ANNO_CONTEXT,
  articleUrn,
  toWebAnnotationCollection,
  workbenchUrn,
} from './web-annotation';
import type { JsonLd, WebAnnotationCollection } from './web-annotation';

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../electron/export/fixtures/w3c-annotation-model',
);
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as Record<string, unknown>;

// One Ajv for every assertion: the definitions are registered under their own ids, which the
// assertions' relative $refs name, and each assertion is compiled once (Ajv refuses a second
// schema with the same id).
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const name of ['annotations', 'bodyTarget', 'choiceSet', 'collections', 'id']) {
  ajv.addSchema(readJson(`definitions/${name}.json`));
}
ajv.addSchema(readJson('definitions/otherProperties.json'));
ajv.addSchema(readJson('definitions/specificResource.json'));

interface Assertion {
  file: string;
  expected: 'valid' | 'invalid';
  severity: string;
  message: string;
  validate: ValidateFunction;
}
const compiled = new Map<string, Assertion>();
function assertions(testFile: string): Assertion[] {
  const list = readJson(testFile).assertions as string[];
  return list.map((file) => {
    let assertion = compiled.get(file);
    if (!assertion) {
      const schema = readJson(file);
      assertion = {
        file,
        expected: schema.expectedResult === 'invalid' ? 'invalid' : 'valid',
        severity: typeof schema.assertionType === 'string' ? schema.assertionType : 'must',
        message: String(schema.errorMessage ?? ''),
        validate: ajv.compile(schema),
      };
      compiled.set(file, assertion);
    }
    return assertion;
  });
}
const ANNOTATION_MUSTS = assertions('annotations/annotationMusts.test');
const COLLECTION_MUSTS = assertions('collections/collectionMusts.test');
const PAGE_MUSTS = assertions('collections/pages/pageMusts.test');

/** The MUST assertions the document misses, each as "file: message (Ajv's errors)". */
function mustFailures(list: Assertion[], doc: unknown): string[] {
  return list.flatMap((a) => {
    const valid = a.validate(doc) === true;
    if (valid === (a.expected === 'valid') || a.severity !== 'must') return [];
    return [`${a.file}: ${a.message} (${ajv.errorsText(a.validate.errors)})`];
  });
}

const AT = '2026-01-02T03:04:05.000Z';
const REFERENDUM = 'There are referendums within these territories that justify these actions.';
const DENOUNCED =
  'Those referendums were widely denounced as fraudulent and illegal by the international community.';

/** The sample article worked the way an analyst would: quotes, a conduit, highlights, a claim. */
async function sampleWorkspace(): Promise<WorkspaceData> {
  const { call, doc, span, mark } = await openTestWorkbench('aw-webanno');
  const witkoff = await mark(REFERENDUM, {
    newSource: { kind: 'person', name: 'Steve Witkoff', role: 'Special envoy' },
  });
  const fox = await call('sources.create', { kind: 'outlet', name: 'Fox News', aliases: [] });
  await call('attributions.add', {
    quoteId: witkoff.quote.id,
    sourceId: fox.id,
    role: 'conduit',
  });
  await call('quotes.create', {
    documentId: doc.id,
    position: span('might hold additional discussions with U.S. officials on Monday'),
    kind: 'indirect',
    cue: 'said',
    speaker: { newSource: { kind: 'anonymous', name: 'A Ukrainian official' } },
  });
  const highlight = await call('annotations.create', {
    documentId: doc.id,
    position: span(DENOUNCED),
    color: 'pink',
    note: 'Context the envoy left out.',
    tags: ['Referendums', 'Kremlin talking point'],
  });
  await call('annotations.create', { documentId: doc.id, position: span('Riyadh') });
  const { dataDir } = await call('workspace.info');
  const data = WorkspaceSchema.parse(await stateOnDisk(dataDir));

  // Claims are built directly: their channels are not part of this export's contract.
  const refuting = describeSpan(doc.text, span(DENOUNCED).start, span(DENOUNCED).end)!;
  const claim: Claim = {
    id: 'claim-referendums',
    statement: 'Referendums in the occupied territories justify their annexation by Russia.',
    documentId: doc.id,
    selector: witkoff.quote.selector,
    anchor: null,
    quoteId: witkoff.quote.id,
    claimantIds: [witkoff.source.id],
    tagIds: highlight.tagIds.slice(0, 1),
    status: 'disputed',
    credibility: 5,
    evidence: [
      {
        id: 'ev-span',
        stance: 'refutes',
        note: 'Denounced as fraudulent.',
        target: { kind: 'span', documentId: doc.id, selector: refuting, anchor: null },
        createdAt: AT,
      },
      {
        id: 'ev-un',
        stance: 'refutes',
        note: '',
        target: {
          kind: 'reference',
          title: 'UN General Assembly resolution ES-11/4',
          url: 'https://digitallibrary.un.org/record/3990673',
        },
        createdAt: AT,
      },
      {
        id: 'ev-typed',
        stance: 'refutes',
        note: '',
        target: { kind: 'reference', title: 'OSCE statement', url: 'osce.org/statement 2022' },
        createdAt: AT,
      },
    ],
    statusChangedAt: AT,
    createdAt: AT,
    updatedAt: AT,
  };
  data.claims[claim.id] = claim;
  return data;
}

let data: WorkspaceData;
let exported: WebAnnotationCollection;
const items = (): JsonLd[] => exported.first?.items ?? [];
const byId = (id: string): JsonLd => {
  const found = items().find((item) => item.id === id);
  if (!found) throw new Error(`no annotation ${id}`);
  return found;
};

beforeAll(async () => {
  data = await sampleWorkspace();
  exported = toWebAnnotationCollection(data, { generatedAt: AT, analyst: 'desk' });
});
afterAll(closeTestWorkbenches);

describe('conformance with the W3C MUST assertions', () => {
  it('the assertion checker catches what it should (an annotation without target, a collection without type)', () => {
    const annotation = { ...byId(items()[0]!.id as string) };
    delete annotation.target;
    expect(mustFailures(ANNOTATION_MUSTS, annotation).map((f) => f.split(':')[0])).toEqual([
      'annotations/3.1-targetKeyFound.json',
      'annotations/3.2-targetObjectsRecognized.json',
    ]);
    const { type: _type, ...untyped } = exported;
    expect(mustFailures(COLLECTION_MUSTS, untyped).map((f) => f.split(':')[0])).toEqual([
      'collections/5.1-collectionTypeValidated.json',
    ]);
  });

  it('the collection meets every collection MUST and, with its embedded page, every page MUST', () => {
    expect(exported.total).toBe(items().length);
    expect(mustFailures(COLLECTION_MUSTS, exported)).toEqual([]);
    expect(mustFailures(PAGE_MUSTS, exported)).toEqual([]);
  });

  it('the page meets every page MUST served alone, and names its collection', () => {
    const page = exported.first!;
    expect(mustFailures(PAGE_MUSTS, page)).toEqual([]);
    expect(page['@context']).toBe(ANNO_CONTEXT);
    const { id, label, total } = exported;
    expect(page.partOf).toEqual({ id, label, total });
    expect(exported.last).toBe(page.id);
    // The checker sees a page without its context for what it is.
    const { '@context': _context, ...contextless } = page;
    expect(mustFailures(PAGE_MUSTS, contextless).map((f) => f.split(':')[0])).toEqual([
      'collections/pages/5.2-pageContextValidated.json',
    ]);
  });

  it('every annotation meets every annotation MUST, one by one', () => {
    // 2 highlights, 2 quotes, 1 claim and its 3 pieces of evidence.
    expect(items()).toHaveLength(8);
    for (const item of items()) {
      // Each carries the context itself, so it stays valid taken out of the page.
      expect(item['@context']).toBe(ANNO_CONTEXT);
      expect([item.id, mustFailures(ANNOTATION_MUSTS, item)]).toEqual([item.id, []]);
    }
  });

  it('an empty export is a valid empty collection', () => {
    const empty = toWebAnnotationCollection(data, { generatedAt: AT, documentIds: [] });
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
    expect(mustFailures(COLLECTION_MUSTS, empty)).toEqual([]);
  });

  // Typed links: garbage, real URLs, and scheme-like prefixes on garbage (the near misses).
  const LINKS = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.string().map((rest) => `https:${rest}`),
    fc.string({ unit: 'grapheme-ascii' }).map((rest) => `urn:${rest}`),
  );
  it('stays valid whatever the analyst typed as a reference link, note or tag', () => {
    const base = data.claims['claim-referendums']!;
    fc.assert(
      fc.property(LINKS, fc.string(), fc.string({ minLength: 1 }), (url, note, title) => {
        const claim: Claim = {
          ...base,
          evidence: [{ ...base.evidence[1]!, note, target: { kind: 'reference', title, url } }],
        };
        const one = toWebAnnotationCollection(
          { ...data, claims: { [claim.id]: claim } },
          { generatedAt: AT },
        );
        for (const item of one.first?.items ?? []) {
          expect(mustFailures(ANNOTATION_MUSTS, item)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('what each annotation says', () => {
  const kinds = () => items().map((item) => `${String(item.motivation)} ${String(item.id)}`);
  const quoteId = () =>
    Object.values(data.quotes).find((q) => q.selector.quote.exact === REFERENDUM)!.id;
  const sourceId = (name: string) => Object.values(data.sources).find((s) => s.name === name)!.id;

  it('in article order, each claim followed by its evidence', () => {
    const witkoff = workbenchUrn('quotes', quoteId());
    const claim = workbenchUrn('claims', 'claim-referendums');
    expect(kinds().slice(2, 7)).toEqual([
      `identifying ${witkoff}`,
      `assessing ${claim}`,
      `assessing ${claim}:evidence:ev-span`,
      `assessing ${claim}:evidence:ev-un`,
      `assessing ${claim}:evidence:ev-typed`,
    ]);
  });

  it('targets the article by the hash of its text, with its title, and both selectors', () => {
    const doc = Object.values(data.documents)[0]!;
    const target = byId(workbenchUrn('quotes', quoteId())).target as JsonLd;
    expect(target.source).toMatchObject({
      id: articleUrn(doc.contentHash),
      'dcterms:title': doc.title || doc.fileName,
    });
    const start = doc.text.indexOf(REFERENDUM);
    expect(target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: REFERENDUM,
        prefix: doc.text.slice(start - 32, start),
        suffix: doc.text.slice(start + REFERENDUM.length, start + REFERENDUM.length + 32),
      },
      { type: 'TextPositionSelector', start, end: start + REFERENDUM.length },
    ]);
  });

  it('a quote identifies its speaker and links its conduit, by source kind', () => {
    const quote = byId(workbenchUrn('quotes', quoteId()));
    expect(quote.motivation).toBe('identifying');
    expect(quote.body).toEqual([
      expect.objectContaining({
        purpose: 'describing',
        value: 'Direct quote; said by Steve Witkoff (stated); reported via Fox News (stated).',
      }),
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: {
          id: workbenchUrn('sources', sourceId('Steve Witkoff')),
          type: 'Person',
          name: 'Steve Witkoff',
        },
      },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: {
          id: workbenchUrn('sources', sourceId('Fox News')),
          type: 'Organization',
          name: 'Fox News',
        },
      },
    ]);
    // An anonymous official is neither a known person nor an organisation: no agent class.
    const anonymous = items().find((i) =>
      JSON.stringify(i.body ?? null).includes('A Ukrainian official'),
    )!;
    expect((anonymous.body as JsonLd[])[1]!.source).toEqual({
      id: workbenchUrn('sources', sourceId('A Ukrainian official')),
      name: 'A Ukrainian official',
    });
  });

  it('a highlight carries its note as commenting, its tags as tagging, its colour as a style class', () => {
    const pink = items().find((i) => (i.target as JsonLd).styleClass === 'aw-pink')!;
    expect(pink.motivation).toBe('highlighting');
    expect((pink.body as JsonLd[]).map((b) => [b.purpose, b.value])).toEqual([
      ['commenting', 'Context the envoy left out.'],
      ['tagging', 'Referendums'],
      ['tagging', 'Kremlin talking point'],
    ]);
    expect(pink.stylesheet).toEqual({
      type: 'CssStylesheet',
      value: '.aw-pink { background-color: #ffd1e3; }',
    });
    const bare = items().find((i) => (i.target as JsonLd).styleClass === 'aw-yellow')!;
    expect(bare).not.toHaveProperty('body');
  });

  it('a claim assesses: status, credibility, statement, claimant, tag, and the quote it came from', () => {
    const claim = byId(workbenchUrn('claims', 'claim-referendums'));
    expect(claim.motivation).toBe('assessing');
    expect((claim.body as JsonLd[]).map((b) => [b.purpose, b.value ?? b.source])).toEqual([
      ['assessing', 'Disputed'],
      ['assessing', 'Information credibility 5: Improbable'],
      ['describing', 'Referendums in the occupied territories justify their annexation by Russia.'],
      ['identifying', expect.objectContaining({ name: 'Steve Witkoff' })],
      ['tagging', 'Referendums'],
      ['linking', workbenchUrn('quotes', quoteId())],
    ]);
  });

  it('evidence targets its claim; a typed link that is not a web address stays text', () => {
    const claim = workbenchUrn('claims', 'claim-referendums');
    const un = byId(`${claim}:evidence:ev-un`);
    expect(un.target).toBe(claim);
    expect(un.body).toEqual([
      expect.objectContaining({ purpose: 'assessing', value: 'Refutes the claim' }),
      {
        id: 'https://digitallibrary.un.org/record/3990673',
        'dcterms:title': 'UN General Assembly resolution ES-11/4',
      },
    ]);
    expect((byId(`${claim}:evidence:ev-typed`).body as JsonLd[])[1]).toEqual({
      type: 'TextualBody',
      value: 'OSCE statement (osce.org/statement 2022)',
      format: 'text/plain',
    });
  });

  it('names as creator who made the item per the change log, else the analyst given', () => {
    const actors = new Set(Object.values(data.changes).map((entry) => entry.actor));
    expect(byId(workbenchUrn('quotes', quoteId())).creator).toEqual({
      type: 'Person',
      name: [...actors][0],
    });
    // The claim was not made through the service, so the log does not name its creator.
    expect(byId(workbenchUrn('claims', 'claim-referendums')).creator).toEqual({
      type: 'Person',
      name: 'desk',
    });
    const anonymous = toWebAnnotationCollection({ ...data, changes: {} }, { generatedAt: AT });
    expect(anonymous.first?.items.every((item) => !('creator' in item))).toBe(true);
  });

  it('is a pure function of the data and the clock; rejects a bad clock or an unknown article', () => {
    expect(toWebAnnotationCollection(data, { generatedAt: AT, analyst: 'desk' })).toEqual(exported);
    expect(() => toWebAnnotationCollection(data, { generatedAt: '2026-01-02 03:04' })).toThrow(
      /date-time/,
    );
    expect(() =>
      toWebAnnotationCollection(data, { generatedAt: AT, documentIds: ['nope'] }),
    ).toThrow(/nope/);
  });

  it('an orphaned span targets the earlier text its offsets fit, or gives only its quote', () => {
    const doc = Object.values(data.documents)[0]!;
    const quote = Object.values(data.quotes).find((q) => q.id === quoteId())!;
    const earlier = {
      ...doc.previousVersions[0],
      contentHash: 'e'.repeat(64),
      text: doc.text,
      blocks: [],
      importedAt: AT,
    };
    const orphan = {
      ...quote,
      anchor: {
        method: 'orphaned' as const,
        score: 0,
        needsReview: true,
        previousExact: REFERENDUM,
        versionHash: doc.contentHash,
      },
    };
    const changed = { ...doc, text: 'A rewritten article.', contentHash: 'f'.repeat(64) };
    const run = (previousVersions: (typeof earlier)[]) => {
      const one = toWebAnnotationCollection(
        {
          ...data,
          documents: { [doc.id]: { ...changed, previousVersions } },
          quotes: { [orphan.id]: orphan },
          annotations: {},
          claims: {},
        },
        { generatedAt: AT },
      );
      return one.first!.items[0]!.target as JsonLd;
    };
    const onEarlier = run([earlier]);
    expect(onEarlier.source).toMatchObject({ id: articleUrn(earlier.contentHash) });
    expect(onEarlier.selector).toHaveLength(2);
    const lost = run([]);
    expect(lost.source).toMatchObject({ id: articleUrn(changed.contentHash) });
    expect(lost.selector).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: REFERENDUM }),
    ]);
  });
});

describe("the article's web address and metadata", () => {
  const URL_ =
    'https://www.nytimes.com/2025/03/23/world/europe/ukraine-russia-talks-saudi-arabia.html';
  const doc = () => Object.values(data.documents)[0]!;
  /** The export with the article's metadata replaced. */
  const withArticle = (fields: Partial<WorkspaceData['documents'][string]>) =>
    toWebAnnotationCollection(
      { ...data, documents: { [doc().id]: { ...doc(), ...fields } } },
      { generatedAt: AT, analyst: 'desk' },
    );
  const quoteTarget = (collection: WebAnnotationCollection): JsonLd => {
    const quote = Object.values(data.quotes).find((q) => q.selector.quote.exact === REFERENDUM)!;
    const item = collection.first!.items.find((i) => i.id === workbenchUrn('quotes', quote.id));
    return item!.target as JsonLd;
  };

  it('names the article by its URL, with a TimeState caching the text the offsets count in', () => {
    const known = withArticle({
      url: URL_,
      authors: ['Constant Méheut', 'Michael Crowley'],
      language: 'en-US',
      outlet: 'The New York Times',
      publishedAt: '2025-03-23',
    });
    const start = doc().text.indexOf(REFERENDUM);
    const target = quoteTarget(known);
    expect(target).toEqual({
      type: 'SpecificResource',
      source: {
        id: URL_,
        type: 'Text',
        language: 'en-US',
        'dcterms:title': doc().title || doc().fileName,
        'dcterms:creator': ['Constant Méheut', 'Michael Crowley'],
        'dcterms:publisher': 'The New York Times',
        'dcterms:issued': '2025-03-23',
      },
      state: {
        type: 'TimeState',
        cached: articleUrn(doc().contentHash),
        sourceDate: doc().importedAt,
      },
      selector: [
        expect.objectContaining({ type: 'TextQuoteSelector', exact: REFERENDUM }),
        { type: 'TextPositionSelector', start, end: start + REFERENDUM.length },
      ],
    });
    for (const item of known.first!.items) {
      expect([item.id, mustFailures(ANNOTATION_MUSTS, item)]).toEqual([item.id, []]);
    }
    // The assertions do look at the state: one without its date fails them.
    const item = known.first!.items.find((i) => i.target === target)!;
    const undated = { ...item, target: { ...target, state: { type: 'TimeState', cached: 'x:y' } } };
    expect(mustFailures(ANNOTATION_MUSTS, undated).map((f) => f.split(':')[0])).toContain(
      'annotations/specificResource/4.3.1-timeStateValid.json',
    );
    expect(mustFailures(COLLECTION_MUSTS, known)).toEqual([]);
  });

  it('without a web address, names the text by its hash; unknown metadata is left out', () => {
    const bare = withArticle({ url: '', authors: [], language: '', outlet: '', publishedAt: '' });
    expect(quoteTarget(bare).source).toEqual({
      id: articleUrn(doc().contentHash),
      type: 'Text',
      format: 'text/plain',
      'dcterms:title': doc().title || doc().fileName,
    });
    expect(quoteTarget(bare)).not.toHaveProperty('state');
    // Only an http(s) address becomes an IRI; a typed language that is not a tag stays out.
    for (const url of ['javascript:alert(1)', 'nytimes.com/2025/03/23', 'ftp://x.example/a b']) {
      const typed = withArticle({ url, language: 'English' });
      expect(quoteTarget(typed).source).toMatchObject({ id: articleUrn(doc().contentHash) });
      expect(JSON.stringify(typed)).not.toContain(url);
      expect(quoteTarget(typed).source).not.toHaveProperty('language');
    }
  });

  it('stays valid whatever the URL, authors and language hold', () => {
    const LINKS = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string().map((rest) => `https:${rest}`),
    );
    fc.assert(
      fc.property(
        LINKS,
        fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
        fc.string(),
        (url, authors, language) => {
          for (const item of withArticle({ url, authors, language }).first!.items) {
            expect(mustFailures(ANNOTATION_MUSTS, item)).toEqual([]);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('an orphaned span on a page with a URL: the earlier text it fits is the cached copy, or none', () => {
    const quote = Object.values(data.quotes).find((q) => q.selector.quote.exact === REFERENDUM)!;
    const earlier = {
      ...doc().previousVersions[0],
      contentHash: 'e'.repeat(64),
      text: doc().text,
      blocks: [],
      importedAt: '2025-12-01T00:00:00.000Z',
    };
    const orphan = {
      ...quote,
      anchor: {
        method: 'orphaned' as const,
        score: 0,
        needsReview: true,
        previousExact: REFERENDUM,
        versionHash: doc().contentHash,
      },
    };
    const run = (previousVersions: (typeof earlier)[]) =>
      toWebAnnotationCollection(
        {
          ...data,
          documents: {
            [doc().id]: {
              ...doc(),
              url: URL_,
              text: 'A rewritten article.',
              contentHash: 'f'.repeat(64),
              previousVersions,
            },
          },
          quotes: { [orphan.id]: orphan },
          annotations: {},
          claims: {},
        },
        { generatedAt: AT },
      ).first!.items[0]!.target as JsonLd;
    expect(run([earlier])).toMatchObject({
      source: { id: URL_ },
      state: {
        type: 'TimeState',
        cached: articleUrn(earlier.contentHash),
        sourceDate: '2025-12-01T00:00:00.000Z',
      },
    });
    // No copy fits: the live page and the quote to search it for, nothing cached.
    const lost = run([]);
    expect(lost.source).toMatchObject({ id: URL_ });
    expect(lost).not.toHaveProperty('state');
    expect(lost.selector).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: REFERENDUM }),
    ]);
  });
});
