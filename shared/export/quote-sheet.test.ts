import { describe, expect, it } from 'vitest';
import {
  GENERATED_AT,
  WorkspaceBuilder,
  sampleText,
  smallWorkspace,
} from '../../electron/export/test-support';
import { DEFAULT_COLUMNS } from './cells';
import { splitContext } from './context';
import { QuoteSheetOptionsSchema, buildQuoteSheet } from './quote-sheet';
import type { QuoteSheet, QuoteSheetOptionsInput } from './quote-sheet';

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
      article: { title: 'US holds talks in Riyadh', outlet: 'Reuters', publishedAt: '2025-03-18' },
      note: 'Contradicted by the UN.',
    });
    expect(q2).toMatchObject({ grade: null, claims: [], tags: [], otherAttributions: [] });
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
