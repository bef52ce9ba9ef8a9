import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_AT,
  WorkspaceBuilder,
  claimsWorkspace,
  sampleText,
  smallWorkspace,
} from '../../electron/export/test-support';
import { DEFAULT_COLUMNS } from './cells';
import { splitContext } from './context';
import {
  GROUP_BY,
  QuoteSheetOptionsSchema,
  buildQuoteSheet,
  buildQuoteSheetCore,
  compareDocuments,
} from './quote-sheet';
import type { GroupBy, QuoteSheet, QuoteSheetOptionsInput, QuoteSheetRow } from './quote-sheet';
import type { WorkspaceData } from '../domain/workspace';

const titles = (sheet: QuoteSheet) => sheet.groups.map((g) => g.title);
const quotes = (sheet: QuoteSheet) => sheet.groups.map((g) => g.rows.map((r) => r.text));

/** Two articles (one undated), a tag tree, speakers graded and not, quotes with and without claims. */
function twoArticles() {
  const b = new WorkspaceBuilder();
  const later = b.document({
    title: 'B later',
    publishedAt: '2025-03-20',
    text: 'Zed said "one". Amy said "two".',
  });
  const undated = b.document({ title: 'A undated', publishedAt: '', text: 'Amy said "three".' });
  const earlier = b.document({
    title: 'C earlier',
    publishedAt: '2025-03-01',
    text: 'Amy said "four". Zed "five".',
  });
  const amy = b.source('Amy');
  const zed = b.source('Zed');
  const wire = b.source('Wire', 'outlet');
  const q = {
    one: b.quote(later, 'one', { credibility: 2 }),
    two: b.quote(later, 'two'),
    three: b.quote(undated, 'three'),
    four: b.quote(earlier, 'four'),
    five: b.quote(earlier, 'five'),
  };
  b.attribute(q.one, zed);
  b.attribute(q.two, amy);
  b.attribute(q.three, amy);
  b.attribute(q.four, amy, 'speaker', 'inferred');
  b.attribute(q.four, wire, 'conduit');
  b.grade(amy, 'A', '2025-01-01');
  const politics = b.tag('Politics');
  const votes = b.tag('Votes', politics);
  const money = b.tag('Money');
  b.claim(q.one, 'false', [money, votes]);
  b.claim(q.two, 'verified', [politics]);
  b.claim(q.four, 'unverified', []);
  return {
    data: b.data,
    docs: { later, undated, earlier },
    amy,
    zed,
    wire,
    politics,
    votes,
    money,
    q,
  };
}

const build = (options: QuoteSheetOptionsInput) =>
  buildQuoteSheet(twoArticles().data, options, GENERATED_AT);

describe('buildQuoteSheet: rows', () => {
  const { data, ids } = smallWorkspace();
  const sheet = buildQuoteSheet(data, { groupBy: 'none', title: 'Riyadh' }, GENERATED_AT);
  const [q1, q2] = sheet.groups[0]!.rows;

  it('carries the speaker, the other attributions, the current grade and the claims', () => {
    expect(q1).toMatchObject({
      quoteId: ids.q1,
      text: 'justify these actions',
      kind: 'direct',
      speaker: {
        sourceId: ids.witkoff,
        name: 'Steve Witkoff',
        role: 'speaker',
        confidence: 'stated',
      },
      speakerRole: 'US special envoy',
      // B first, C later: the latest assessment is the current grade.
      grade: 'C',
      otherAttributions: [
        { sourceId: ids.fox, name: 'Fox News', role: 'conduit', confidence: 'stated' },
      ],
      credibility: 4,
      claims: [
        { id: ids.claim, status: 'disputed', tags: [{ id: ids.referendums, name: 'Referendums' }] },
      ],
      tags: [{ id: ids.referendums, name: 'Referendums' }],
      note: 'Contradicted by the UN.',
    });
    expect(q2).toMatchObject({ grade: null, claims: [], tags: [], otherAttributions: [] });
  });

  it("carries the article's metadata, shared by its rows; unknown parts empty", () => {
    expect(q1!.article).toEqual({
      title: 'US holds talks in Riyadh',
      outlet: 'Reuters',
      authors: [],
      publishedAt: '2025-03-18',
      url: '',
      language: 'en',
    });
    expect(q2!.article).toBe(q1!.article);
    const known = structuredClone(data);
    Object.assign(known.documents[ids.doc]!, {
      authors: ['Jane Doe', 'John Roe'],
      url: 'https://www.reuters.com/world/talks/',
      language: 'en-GB',
    });
    const row = buildQuoteSheet(known, { groupBy: 'none' }, GENERATED_AT).groups[0]!.rows[0]!;
    expect(row.article).toEqual({
      title: 'US holds talks in Riyadh',
      outlet: 'Reuters',
      authors: ['Jane Doe', 'John Roe'],
      publishedAt: '2025-03-18',
      url: 'https://www.reuters.com/world/talks/',
      language: 'en-GB',
    });
  });

  it('numbers paragraphs without the heading and gives the sentence around the quote', () => {
    expect([q1!.paragraph, q2!.paragraph]).toEqual([1, 2]);
    expect(splitContext(q1!.context!)).toEqual([
      'Witkoff told Fox News that the referendums "',
      'justify these actions',
      '".',
    ]);
  });

  it('stamps the title, time and default options, and builds the Sources and Claims tables', () => {
    expect(sheet.title).toBe('Riyadh');
    expect(sheet.generatedAt).toBe(GENERATED_AT);
    expect(sheet.columns).toEqual(DEFAULT_COLUMNS);
    expect(sheet.quoteCount).toBe(2);
    expect(sheet.sources.map((s) => [s.name, s.grade, s.assessedOn, s.quoteCount])).toEqual([
      ['A Ukrainian official', null, null, 1],
      ['Fox News', null, null, 1],
      ['Steve Witkoff', 'C', '2025-03-01', 1],
    ]);
    expect(sheet.claims).toEqual([
      expect.objectContaining({
        statement: 'justify these actions',
        status: 'disputed',
        claimants: ['Steve Witkoff'],
        tags: ['Referendums'],
        quote: 'justify these actions',
      }),
    ]);
  });

  it('leaves out context and notes when they are switched off, even if their columns are chosen', () => {
    const off = buildQuoteSheet(data, { includeContext: false, includeNotes: false }, GENERATED_AT);
    const rows = off.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.context, r.note])).toEqual([
      [null, ''],
      [null, ''],
    ]);
    expect(off.columns).toEqual(DEFAULT_COLUMNS.filter((c) => c !== 'context' && c !== 'note'));
  });

  it('gives no place to a quote that no longer matches its article', () => {
    const moved = structuredClone(data);
    moved.quotes[ids.q1]!.selector.position = { start: 0, end: 5 };
    const rows = buildQuoteSheet(moved, { groupBy: 'none' }, GENERATED_AT).groups[0]!.rows;
    const row = rows.find((r) => r.quoteId === ids.q1);
    expect(row).toMatchObject({ text: 'justify these actions', paragraph: null, context: null });
  });
});

describe('buildQuoteSheet: claims and their evidence', () => {
  it("carries each claim's evidence, oldest first: a span with its article's title, a reference with its URL", () => {
    const { data, ids } = claimsWorkspace();
    const sheet = buildQuoteSheet(data, { groupBy: 'none' }, GENERATED_AT);
    const row = sheet.groups[0]!.rows.find((r) => r.quoteId === ids.q1)!;
    expect(row.claims).toHaveLength(1);
    expect(row.claims[0]).toMatchObject({ id: ids.claim, status: 'false', credibility: 5 });
    expect(row.claims[0]!.evidence.map(({ id: _, ...e }) => e)).toEqual([
      {
        stance: 'refutes',
        target: { kind: 'span', text: 'a sham', articleTitle: 'US holds talks in Riyadh' },
        note: 'Called so in its report.',
      },
      {
        stance: 'supports',
        target: {
          kind: 'reference',
          title: 'Kremlin readout',
          url: 'https://example.org/readout?a=1&b=<2>',
        },
        note: '',
      },
    ]);
    // Its whole-sentence quote is shown with the sentence before it that names the speaker.
    expect(splitContext(row.context!)).toEqual([
      'Mr. Witkoff told Fox News on Sunday that the votes were fair. “',
      'They justify these actions.',
      '”',
    ]);
    const withoutNotes = buildQuoteSheet(data, { includeNotes: false }, GENERATED_AT);
    const notes = withoutNotes.groups.flatMap((g) =>
      g.rows.flatMap((r) => r.claims.flatMap((c) => c.evidence.map((e) => e.note))),
    );
    expect(notes).toEqual(['', '']);
  });

  it('takes a claim made from a plain selection of exactly a quote as made from that quote', () => {
    const b = new WorkspaceBuilder();
    const doc = b.document({ text: 'Kyiv said the talks were "likely" to go on.' });
    const quote = b.quote(doc, 'likely');
    const linked = b.claim(quote, 'unverified');
    // Made as from the quote, then unlinked: the same span, no quote id, as a selection makes it.
    const selected = b.claim(quote, 'verified', [], 'Talks go on');
    b.data.claims[selected]!.quoteId = null;
    // A selection that only overlaps the quote is not the quote's.
    const overlapping = b.claim(quote, 'false', [], 'Elsewhere');
    const claim = b.data.claims[overlapping]!;
    const { start, end } = claim.selector.position;
    claim.quoteId = null;
    claim.selector = { ...claim.selector, position: { start: start - 1, end } };
    const sheet = buildQuoteSheet(b.data, { groupBy: 'none' }, GENERATED_AT);
    expect(sheet.groups[0]!.rows[0]!.claims.map((c) => c.id)).toEqual([linked, selected]);
    expect(sheet.claims.map((c) => c.id)).toEqual([linked, selected]);
    expect(sheet.entities.claims.map((c) => c.id)).toEqual([linked, selected]);
  });
});

describe('buildQuoteSheet: order and groups', () => {
  it('orders articles by date, undated last, and quotes by their place in the text', () => {
    expect(quotes(build({ groupBy: 'none' }))).toEqual([['four', 'five', 'one', 'two', 'three']]);
  });

  it('groups by article in article order', () => {
    const sheet = build({ groupBy: 'article' });
    expect(titles(sheet)).toEqual(['C earlier', 'B later', 'A undated']);
    expect(quotes(sheet)).toEqual([['four', 'five'], ['one', 'two'], ['three']]);
  });

  it('groups by speaker by name, quotes without a speaker last', () => {
    const sheet = build({ groupBy: 'source' });
    expect(titles(sheet)).toEqual(['Amy', 'Zed', 'No speaker']);
    expect(quotes(sheet)).toEqual([['four', 'two', 'three'], ['one'], ['five']]);
  });

  it('groups by tag with parents in the name, a quote under each of its tags, untagged last', () => {
    const sheet = build({ groupBy: 'tag' });
    expect(titles(sheet)).toEqual(['Money', 'Politics', 'Politics › Votes', 'Untagged']);
    expect(quotes(sheet)).toEqual([['one'], ['two'], ['one'], ['four', 'five', 'three']]);
    expect(sheet.quoteCount).toBe(5);
  });

  it('with a tag filter, groups by the wanted tags only', () => {
    const { politics } = twoArticles();
    const sheet = build({ groupBy: 'tag', tagIds: [politics] });
    expect(titles(sheet)).toEqual(['Politics', 'Politics › Votes']);
    expect(quotes(sheet)).toEqual([['two'], ['one']]);
  });

  it('has no groups when nothing matches', () => {
    expect(build({ groupBy: 'none', grades: ['E'] }).groups).toEqual([]);
  });
});

describe('buildQuoteSheet: filters', () => {
  const fx = twoArticles();
  const pick = (options: QuoteSheetOptionsInput) =>
    quotes(build({ groupBy: 'none', ...options })).flat();

  it('scopes to the chosen articles', () => {
    expect(pick({ documentIds: [fx.docs.later, fx.docs.undated] })).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('matches a source in any role, the conduit included', () => {
    expect(pick({ sourceIds: [fx.wire] })).toEqual(['four']);
    expect(pick({ sourceIds: [fx.zed, fx.wire] })).toEqual(['four', 'one']);
  });

  it('matches a tag or any tag below it in the codebook', () => {
    expect(pick({ tagIds: [fx.politics] })).toEqual(['one', 'two']);
    expect(pick({ tagIds: [fx.votes] })).toEqual(['one']);
  });

  it('matches claim statuses, null meaning no claim made', () => {
    expect(pick({ claimStatuses: ['false', 'verified'] })).toEqual(['one', 'two']);
    expect(pick({ claimStatuses: [null] })).toEqual(['five', 'three']);
  });

  it("matches the speaker's current grade, null meaning not graded or no speaker", () => {
    expect(pick({ grades: ['A'] })).toEqual(['four', 'two', 'three']);
    expect(pick({ grades: [null] })).toEqual(['five', 'one']);
  });

  it('matches credibility, null meaning not graded, and combines filters with AND', () => {
    expect(pick({ credibility: [2] })).toEqual(['one']);
    expect(pick({ credibility: [null], grades: ['A'], claimStatuses: [null] })).toEqual(['three']);
  });
});

describe('QuoteSheetOptionsSchema', () => {
  it('fills every default from an empty object', () => {
    expect(QuoteSheetOptionsSchema.parse({})).toMatchObject({
      groupBy: 'source',
      includeContext: true,
      includeNotes: true,
    });
  });

  it('refuses a column listed twice, an unknown column and an empty column list', () => {
    for (const columns of [['quote', 'quote'], ['quote', 'secret'], []]) {
      expect(QuoteSheetOptionsSchema.safeParse({ columns }).success).toBe(false);
    }
  });
});

describe('buildQuoteSheet on the sample article', () => {
  it('finds paragraphs after the "The Russian delegation" heading and the sentence of each quote', () => {
    const b = new WorkspaceBuilder();
    const doc = b.document({ text: sampleText() });
    const umerov = b.quote(doc, 'The discussion was productive and focused');
    const peskov = b.quote(doc, 'Mr. Putin had personally selected negotiators');
    b.attribute(umerov, b.source('Rustem Umerov'));
    b.attribute(peskov, b.source('Dmitri S. Peskov'));
    const text = b.data.documents[doc]!.text;
    const blocks = b.data.documents[doc]!.blocks;
    const headingAt = blocks.findIndex(
      (x) => text.slice(x.start, x.end) === 'The Russian delegation',
    );
    const sheet = buildQuoteSheet(b.data, { groupBy: 'none' }, GENERATED_AT);
    const [first, second] = sheet.groups[0]!.rows;
    expect(first!.paragraph).toBe(4);
    expect(first!.context!.text).toBe(
      '“The discussion was productive and focused — we addressed key points including energy,” he wrote on social media, without offering details.',
    );
    // The heading is a block but not a paragraph: the quote right after it is paragraph headingAt + 1.
    expect(blocks[headingAt]!.kind).toBe('heading');
    expect(second!.paragraph).toBe(headingAt + 1);
    expect(second!.context!.text).toMatch(
      /^Dmitri S\. Peskov, the Kremlin’s spokesman, said on Friday that Mr\. Putin .* agency\.$/u,
    );
  });
});

describe('buildQuoteSheet: order, as a property', () => {
  // Rows are built in speaker-group order when grouping by source (for the writers' memory
  // access); whatever order they are built in, the sheet must read as if sorted the plain way.
  const ws = fc.record({
    docs: fc.array(fc.constantFrom('2025-03-01', '2025-03-02', ''), { minLength: 1, maxLength: 4 }),
    names: fc.array(fc.constantFrom('Amy', 'amy', 'Zed', 'Émile', 'Bo'), { maxLength: 5 }),
    quotes: fc.array(
      fc.record({
        doc: fc.nat(),
        start: fc.nat({ max: 12 }),
        length: fc.integer({ min: 1, max: 4 }),
        speakers: fc.array(fc.nat(), { maxLength: 2 }),
        conduit: fc.option(fc.nat(), { nil: null }),
        tags: fc.array(fc.nat({ max: 2 }), { maxLength: 2 }),
      }),
      { maxLength: 40 },
    ),
  });

  function workspace(w: typeof ws extends fc.Arbitrary<infer T> ? T : never) {
    const b = new WorkspaceBuilder();
    const docs = w.docs.map((publishedAt, i) =>
      b.document({ title: `Doc ${i % 2}`, publishedAt, text: 'abcdefghijklmnopqrstuvwxyz' }),
    );
    const sources = w.names.map((name) => b.source(name));
    const tags = ['T', 't', 'U'].map((name) => b.tag(name));
    for (const q of w.quotes) {
      const id = b.span(docs[q.doc % docs.length]!, q.start, q.start + q.length);
      if (sources.length === 0) continue;
      for (const s of q.speakers) b.attribute(id, sources[s % sources.length]!);
      if (q.conduit !== null) b.attribute(id, sources[q.conduit % sources.length]!, 'conduit');
      if (q.tags.length > 0)
        b.claim(
          id,
          'unverified',
          q.tags.map((t) => tags[t]!),
        );
    }
    return b.data;
  }

  /** The reference: every row sorted by article, start, end and id, then split into groups. */
  function expectedGroups(data: WorkspaceData, sheet: QuoteSheet, by: GroupBy) {
    const rows = [
      ...new Map(sheet.groups.flatMap((g) => g.rows.map((r) => [r.quoteId, r]))).values(),
    ];
    const docOrder = new Map(
      Object.values(data.documents)
        .sort(compareDocuments)
        .map((d, i) => [d.id, i]),
    );
    rows.sort(
      (a, b) =>
        docOrder.get(a.documentId)! - docOrder.get(b.documentId)! ||
        a.position.start - b.position.start ||
        a.position.end - b.position.end ||
        (a.quoteId < b.quoteId ? -1 : a.quoteId > b.quoteId ? 1 : 0),
    );
    const keys = (r: QuoteSheetRow): string[] =>
      by === 'source'
        ? [r.speaker?.sourceId ?? '']
        : by === 'article'
          ? [r.documentId]
          : by === 'tag'
            ? r.tags.length === 0
              ? ['']
              : r.tags.map((t) => t.id)
            : [''];
    return {
      flat: rows.map((r) => r.quoteId),
      groups: sheet.groups.map((g) => ({
        key: g.key,
        ids: rows.filter((r) => keys(r).includes(g.key)).map((r) => r.quoteId),
      })),
    };
  }

  it('lists every grouping in article then text order, the Claims table too', () => {
    fc.assert(
      fc.property(ws, fc.constantFrom(...GROUP_BY), (w, by) => {
        const data = workspace(w);
        const sheet = buildQuoteSheet(data, { groupBy: by }, GENERATED_AT);
        const want = expectedGroups(data, sheet, by);
        expect(
          sheet.groups.map((g) => ({ key: g.key, ids: g.rows.map((r) => r.quoteId) })),
        ).toEqual(want.groups);
        // Every quote is in the sheet once, whatever the grouping.
        expect(sheet.quoteCount).toBe(Object.keys(data.quotes).length);
        expect(want.flat).toHaveLength(sheet.quoteCount);
        // The Claims table follows the rows in article order, not in group order.
        const claimOrder = want.flat.flatMap((id) =>
          Object.values(data.claims)
            .filter((c) => c.quoteId === id)
            .map((c) => c.id),
        );
        expect(sheet.claims.map((c) => c.id)).toEqual(claimOrder);
        // The core (preview, CSV, briefings) is the same sheet without its tables and entities.
        const { sources: _s, claims: _c, entities: _e, ...core } = sheet;
        expect(buildQuoteSheetCore(data, { groupBy: by }, GENERATED_AT)).toEqual(core);
      }),
      { numRuns: 300 },
    );
  });
});
