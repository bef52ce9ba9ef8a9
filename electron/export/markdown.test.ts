// The Markdown export, compared exactly for known sheets and read back with the CommonMark
// reference parser for hostile ones: every article string must come back as literal text, in the
// heading, block quote or list item the exporter meant, with no HTML, link or image anywhere.
// Over 500 lines on purpose: the CommonMark read-back helpers at the top serve the exact-output,
// escaping and hostile-text tests alike, and they are test code, not a module to export.
import { readFileSync } from 'node:fs';
import { Parser } from 'commonmark';
import type { Node } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUOTE_SHEET_COLUMNS } from '../../shared/export/cells';
import { splitContext } from '../../shared/export/context';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import type { QuoteSheet, QuoteSheetOptionsInput } from '../../shared/export/quote-sheet';
import { canonicalizeText } from '../../shared/text/canonical';
import {
  articleHeading,
  filterLine,
  rowClaims,
  rowFacts,
  showsContext,
  showsNote,
  summaryLine,
} from './briefing';
import { writeMarkdown } from './markdown';
import { isAbortError } from './progress';
import {
  GENERATED_AT,
  WorkspaceBuilder,
  articlesWorkspace,
  claimsWorkspace,
  smallWorkspace,
  syntheticWorkspace,
} from './test-support';
import { escapeMarkdown, xmlSafe } from './text';

const COLUMNS = [
  'quote',
  'speaker',
  'grade',
  'credibility',
  'claimStatus',
  'tags',
  'paragraph',
  'context',
  'note',
] as const;

/**
 * What a reader of the rendered Markdown sees, block by block: each block's literal text (text
 * nodes joined, escapes and references decoded) and the text of its bold runs. Any block the
 * exporter never writes keeps its node type, so a comparison shows it.
 */
type Shown =
  | { block: 'heading'; level: number; text: string; bold: string[] }
  | { block: 'paragraph'; text: string; bold: string[] }
  | { block: 'block_quote'; content: Shown[] }
  | { block: 'list'; type: string; items: Shown[][] }
  | { block: string; text: string };

const children = (node: Node): Node[] => {
  const out: Node[] = [];
  for (let child = node.firstChild; child; child = child.next) out.push(child);
  return out;
};

/** The literal text under a node: what the reader sees, whatever the markup. */
const literal = (node: Node): string => node.literal ?? children(node).map(literal).join('');

function inline(node: Node): { text: string; bold: string[] } {
  const parts = children(node);
  return {
    text: parts.map(literal).join(''),
    bold: parts.filter((n) => n.type === 'strong').map(literal),
  };
}

function shown(node: Node): Shown {
  switch (node.type) {
    case 'heading':
      return { block: 'heading', level: node.level, ...inline(node) };
    case 'paragraph':
      return { block: 'paragraph', ...inline(node) };
    case 'block_quote':
      return { block: 'block_quote', content: children(node).map(shown) };
    case 'list':
      return {
        block: 'list',
        type: node.listType,
        items: children(node).map((item) => children(item).map(shown)),
      };
    default:
      return { block: node.type, text: literal(node) };
  }
}

/** Parses the export with commonmark.js, the CommonMark reference implementation. */
const parse = (markdown: string): Node => new Parser().parse(markdown);
const read = (markdown: string): Shown[] => children(parse(markdown)).map(shown);

/**
 * Every node type in the parsed document, inline ones included; a node inside bold is listed as
 * `strong/<type>`, since the bold the exporter writes holds plain text only.
 */
function nodeTypes(document: Node): Set<string> {
  const types = new Set<string>();
  const walker = document.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const { node } = step;
    types.add(node.parent?.type === 'strong' ? `strong/${node.type}` : node.type);
  }
  return types;
}
// All the exporter means to write. No html_block/html_inline, link, image, code, emphasis,
// thematic break or line break: an article string that made one has escaped its escaping.
const INTENDED_NODES = [
  ...['document', 'heading', 'paragraph', 'block_quote', 'list', 'item'],
  ...['text', 'strong', 'strong/text'],
];

/**
 * An article string as the export shows it: characters XML cannot hold become U+FFFD, and every
 * run of whitespace (line breaks included) becomes one space, since each field sits on one line.
 * A field at the start or end of a line also loses that edge's space, as Markdown strips it.
 */
const flat = (text: string): string => xmlSafe(text).replace(/\s+/g, ' ');

/** The bold part of a quote line: the quote less its edge whitespace. */
function expectedBold(before: string, quote: string, after: string): string[] {
  let bold = flat(quote).trim();
  if (bold === '') return [];
  // A C1 control beside a quote that starts or ends with punctuation is moved into the bold
  // (markdown.ts says why); it is invisible either way.
  const punctuation = /^[\p{P}\p{S}]$/u;
  const c1 = /^[\u0080-\u009F]$/;
  const head = Array.from(flat(before).trimStart() + flat(quote).match(/^\s*/)![0]);
  const tail = Array.from(flat(quote).match(/\s*$/)![0] + flat(after));
  const core = Array.from(bold);
  if (punctuation.test(core[0]!) && c1.test(head.at(-1) ?? '')) bold = head.at(-1)! + bold;
  if (punctuation.test(core.at(-1)!) && c1.test(tail[0] ?? '')) bold += tail[0]!;
  return [bold];
}

/** The blocks a sheet's export must read as, worked out from the sheet's own (raw) strings. */
function expectedBlocks(sheet: QuoteSheet): Shown[] {
  const paragraph = (text: string): Shown => ({ block: 'paragraph', text, bold: [] });
  const item = (label: string, value: string): Shown[] => [
    { block: 'paragraph', text: `${label}: ${flat(value)}`.trimEnd(), bold: [`${label}:`] },
  ];
  const blocks: Shown[] = [
    { block: 'heading', level: 1, text: flat(sheet.title).trim(), bold: [] },
    paragraph(summaryLine(sheet)),
  ];
  const filters = filterLine(sheet);
  if (filters) blocks.push(paragraph(filters));
  if (sheet.groups.length === 0) blocks.push(paragraph('No quotes match these filters.'));
  for (const group of sheet.groups) {
    if (sheet.options.groupBy !== 'none') {
      blocks.push({ block: 'heading', level: 2, text: flat(group.title).trim(), bold: [] });
    }
    const heading = articleHeading(sheet, group);
    for (const line of [heading?.byline, heading?.url]) {
      if (line) blocks.push(paragraph(flat(line)));
    }
    for (const row of group.rows) {
      const [before, quote, after] =
        showsContext(sheet) && row.context ? splitContext(row.context) : ['', row.text, ''];
      const text = (flat(before) + flat(quote) + flat(after)).trim();
      blocks.push({
        block: 'block_quote',
        content:
          text === ''
            ? []
            : [{ block: 'paragraph', text, bold: expectedBold(before, quote, after) }],
      });
      const items = rowFacts(sheet, row).map((f) => item(f.label, f.value));
      if (showsNote(sheet) && row.note.trim() !== '') items.push(item('Note', row.note));
      for (const claim of rowClaims(sheet, row)) {
        const nested = [
          ...claim.facts.map((f) => item(f.label, f.value)),
          ...claim.evidence.map((e) =>
            item(e.stance, e.note === '' ? e.what : `${flat(e.what)} · Note: ${flat(e.note)}`),
          ),
        ];
        items.push([
          ...item('Claim', claim.statement),
          { block: 'list', type: 'bullet', items: nested },
        ]);
      }
      if (items.length > 0) blocks.push({ block: 'list', type: 'bullet', items });
    }
  }
  return blocks;
}

/** Reads the export back and checks it against the sheet: structure, nodes and every string. */
async function expectReadsBack(sheet: QuoteSheet): Promise<string> {
  const markdown = await writeMarkdown(sheet);
  const document = parse(markdown);
  expect([...nodeTypes(document)].filter((t) => !INTENDED_NODES.includes(t))).toEqual([]);
  expect(children(document).map(shown)).toEqual(expectedBlocks(sheet));
  return markdown;
}

describe('writeMarkdown', () => {
  it('writes the small sheet exactly', async () => {
    const { data } = smallWorkspace();
    const sheet = buildQuoteSheet(
      data,
      { title: 'Riyadh talks', columns: [...COLUMNS], grades: ['C', null] },
      GENERATED_AT,
    );
    expect(await writeMarkdown(sheet)).toBe(
      [
        '# Riyadh talks',
        '',
        '2 quotes · grouped by speaker · exported 2026-02-03 04:05 UTC',
        '',
        'Filtered: grades C, none',
        '',
        '## A Ukrainian official',
        '',
        '> A Ukrainian official, speaking on condition of anonymity, said the talks were "**likely**" to go on.',
        '',
        '- **Speaker:** A Ukrainian official',
        '- **Paragraph:** 2',
        '',
        '## Steve Witkoff',
        '',
        '> Witkoff told Fox News that the referendums "**justify these actions**".',
        '',
        '- **Speaker:** Steve Witkoff',
        '- **Speaker grade:** C (Fairly reliable)',
        '- **Credibility:** 4 (Doubtful)',
        '- **Tags:** Referendums',
        '- **Paragraph:** 1',
        '- **Note:** Contradicted by the UN.',
        '- **Claim:** justify these actions',
        '  - **Verdict:** Disputed',
        '',
      ].join('\n'),
    );
  });

  it('reads back with a CommonMark parser as the headings, block quotes and lists it means', async () => {
    const { data } = smallWorkspace();
    const sheet = buildQuoteSheet(
      data,
      { title: 'Riyadh talks', columns: [...COLUMNS], grades: ['C', null] },
      GENERATED_AT,
    );
    const item = (text: string, label: string): Shown[] => [
      { block: 'paragraph', text, bold: [label] },
    ];
    expect(read(await expectReadsBack(sheet))).toEqual([
      { block: 'heading', level: 1, text: 'Riyadh talks', bold: [] },
      {
        block: 'paragraph',
        text: '2 quotes · grouped by speaker · exported 2026-02-03 04:05 UTC',
        bold: [],
      },
      { block: 'paragraph', text: 'Filtered: grades C, none', bold: [] },
      { block: 'heading', level: 2, text: 'A Ukrainian official', bold: [] },
      {
        block: 'block_quote',
        content: [
          {
            block: 'paragraph',
            text: 'A Ukrainian official, speaking on condition of anonymity, said the talks were "likely" to go on.',
            bold: ['likely'],
          },
        ],
      },
      {
        block: 'list',
        type: 'bullet',
        items: [
          item('Speaker: A Ukrainian official', 'Speaker:'),
          item('Paragraph: 2', 'Paragraph:'),
        ],
      },
      { block: 'heading', level: 2, text: 'Steve Witkoff', bold: [] },
      {
        block: 'block_quote',
        content: [
          {
            block: 'paragraph',
            text: 'Witkoff told Fox News that the referendums "justify these actions".',
            bold: ['justify these actions'],
          },
        ],
      },
      {
        block: 'list',
        type: 'bullet',
        items: [
          item('Speaker: Steve Witkoff', 'Speaker:'),
          item('Speaker grade: C (Fairly reliable)', 'Speaker grade:'),
          item('Credibility: 4 (Doubtful)', 'Credibility:'),
          item('Tags: Referendums', 'Tags:'),
          item('Paragraph: 1', 'Paragraph:'),
          item('Note: Contradicted by the UN.', 'Note:'),
          [
            ...item('Claim: justify these actions', 'Claim:'),
            { block: 'list', type: 'bullet', items: [item('Verdict: Disputed', 'Verdict:')] },
          ],
        ],
      },
    ]);
  });

  it('puts each claim under its quote with its verdict, credibility and evidence, and none where there is none', async () => {
    const sheet = buildQuoteSheet(
      claimsWorkspace().data,
      { title: 'Claims', columns: ['quote', 'speaker', 'claimStatus', 'context'] },
      GENERATED_AT,
    );
    expect(await expectReadsBack(sheet)).toBe(
      [
        '# Claims',
        '',
        '2 quotes · grouped by speaker · exported 2026-02-03 04:05 UTC',
        '',
        '## A Ukrainian official',
        '',
        '> A Ukrainian official said the talks were "**likely**" to go on.',
        '',
        '- **Speaker:** A Ukrainian official',
        '- **Claim:** likely',
        '  - **Verdict:** Unverified',
        '',
        '## Steve Witkoff',
        '',
        '> Mr. Witkoff told Fox News on Sunday that the votes were fair. “**They justify these actions.**”',
        '',
        '- **Speaker:** Steve Witkoff',
        '- **Claim:** The referendums justify the annexation',
        '  - **Verdict:** False',
        '  - **Credibility:** 5 (Improbable)',
        '  - **Refutes:** “a sham” (US holds talks in Riyadh) · Note: Called so in its report.',
        '  - **Supports:** Kremlin readout (https://example.org/readout?a=1\\&b=\\<2\\>)',
        '',
      ].join('\n'),
    );
    // Without the claim columns, no claims; without notes, no evidence notes.
    const bare = buildQuoteSheet(
      claimsWorkspace().data,
      { title: 'Claims', columns: ['quote', 'speaker'], includeNotes: false },
      GENERATED_AT,
    );
    expect(await writeMarkdown(bare)).not.toContain('**Claim:**');
    const noNotes = buildQuoteSheet(
      claimsWorkspace().data,
      { title: 'Claims', columns: ['quote', 'claims'], includeNotes: false },
      GENERATED_AT,
    );
    const markdown = await writeMarkdown(noNotes);
    expect(markdown).toContain('  - **Refutes:** “a sham” (US holds talks in Riyadh)\n');
    expect(markdown).not.toContain('Called so');
  });

  it("says each article's outlet, authors, date and URL once under its heading, leaving out what is not known", async () => {
    const { data } = articlesWorkspace();
    const columns = ['quote', 'speaker', 'article', 'outlet', 'authors', 'date', 'url'] as const;
    const sheet = buildQuoteSheet(
      data,
      { title: 'Articles', groupBy: 'article', columns: [...columns] },
      GENERATED_AT,
    );
    expect(await expectReadsBack(sheet)).toBe(
      [
        '# Articles',
        '',
        '3 quotes · grouped by article · exported 2026-02-03 04:05 UTC',
        '',
        '## US holds talks in Riyadh',
        '',
        'Reuters · Jane Doe; John Roe · 2025-03-18',
        '',
        'https://www.reuters.com/world/us-talks-riyadh-2025-03-18/',
        '',
        '> **constructive**',
        '',
        '- **Speaker:** Steve Witkoff',
        '',
        '## Pasted note',
        '',
        '> **maybe**',
        '',
        '## Talks resume',
        '',
        'Olena Kovalenko',
        '',
        '> **no deal yet**',
        '',
        '- **Speaker:** A Ukrainian official',
        '',
      ].join('\n'),
    );
    // Not grouped by article, they are facts of each quote; the unknown ones are left out.
    const flatSheet = buildQuoteSheet(
      data,
      { title: 'Articles', groupBy: 'none', columns: [...columns] },
      GENERATED_AT,
    );
    const md = await expectReadsBack(flatSheet);
    expect(md).toContain(
      [
        '> **constructive**',
        '',
        '- **Speaker:** Steve Witkoff',
        '- **Article:** US holds talks in Riyadh',
        '- **Outlet:** Reuters',
        '- **Authors:** Jane Doe; John Roe',
        '- **Date:** 2025-03-18',
        '- **URL:** https://www.reuters.com/world/us-talks-riyadh-2025-03-18/',
        '',
        '> **maybe**',
        '',
        '- **Article:** Pasted note',
        '',
        '> **no deal yet**',
        '',
        '- **Speaker:** A Ukrainian official',
        '- **Article:** Talks resume',
        '- **Authors:** Olena Kovalenko',
        '',
      ].join('\n'),
    );
    expect(md).not.toMatch(/undefined|· ·|^·|· $/m);
  });

  it('shows the bare quote and no note when context and notes are left out, and says when nothing matched', async () => {
    const { data } = smallWorkspace();
    const bare = buildQuoteSheet(
      data,
      { groupBy: 'none', columns: ['quote', 'speaker'], includeNotes: false },
      GENERATED_AT,
    );
    expect(await writeMarkdown(bare)).toContain(
      '> **justify these actions**\n\n- **Speaker:** Steve Witkoff\n',
    );
    const none = buildQuoteSheet(data, { grades: ['A'] }, GENERATED_AT);
    expect(await writeMarkdown(none)).toContain('No quotes match these filters.');
  });

  it('escapes markup from the article so it reads as text', async () => {
    const b = new WorkspaceBuilder();
    const doc = b.document({
      title: '<script>alert(1)</script>',
      text: 'He said <script>alert("x")</script> *now* [click](javascript:alert(1)).',
    });
    const q = b.quote(doc, '<script>alert("x")</script>', {
      note: '# not a heading\n\n- not a list',
    });
    b.attribute(q, b.source('_Under_ | pipe & amp;'));
    const sheet = buildQuoteSheet(
      b.data,
      { title: '**Bold** title', columns: ['quote', 'speaker', 'article', 'context', 'note'] },
      GENERATED_AT,
    );
    const md = await writeMarkdown(sheet);
    expect(md).toContain('# \\*\\*Bold\\*\\* title\n');
    expect(md).toContain('## \\_Under\\_ \\| pipe \\& amp;\n');
    expect(md).toContain(
      '> He said **\\<script\\>alert("x")\\</script\\>** \\*now\\* \\[click\\](javascript:alert(1)).\n',
    );
    expect(md).toContain('- **Article:** \\<script\\>alert(1)\\</script\\>\n');
    expect(md).toContain('- **Note:** \\# not a heading - not a list\n');
    expect(md).not.toMatch(/(^|[^\\])<script/);
    await expectReadsBack(sheet);
  });

  // CommonMark's flanking rules: `**` beside punctuation inside and a letter outside stays literal
  // text, so the neighbour is written as a character reference; the reader sees the same text.
  it.each([
    ['He said a"likely" thing.', '"likely"', '> He said &#x61;**"likely"** thing.'],
    ['He said "likely".Then he left.', '"likely".', '> He said **"likely".**&#x54;hen he left.'],
    ['It costs 5$ now.', '$', '> It costs &#x35;**$** now.'],
    ['Un “oui”à Riyad.', '“oui”', '> Un **“oui”**&#xE0; Riyad.'],
    ['Emoji 😀"yes" here.', '"yes"', '> Emoji &#x1F600;**"yes"** here.'],
    ['Control \u0085"yes" here.', '"yes"', '> Control **\u0085"yes"** here.'],
    ['x  y z', ' y ', '> x **y** z'],
    ['one two', 'two', '> one **two**'],
  ])('bolds the quote in %j', async (text, exact, line) => {
    const b = new WorkspaceBuilder();
    const doc = b.document({ text });
    b.quote(doc, exact);
    const sheet = buildQuoteSheet(
      b.data,
      { groupBy: 'none', columns: ['quote', 'context'] },
      GENERATED_AT,
    );
    expect(await expectReadsBack(sheet)).toContain(`\n${line}\n`);
  });

  it('can be cancelled', async () => {
    const sheet = buildQuoteSheet(syntheticWorkspace(2, 1000), {}, GENERATED_AT);
    const controller = new AbortController();
    await expect(
      writeMarkdown(sheet, { signal: controller.signal, onProgress: () => controller.abort() }),
    ).rejects.toSatisfy(isAbortError);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain text, with punctuation.', 'plain text, with punctuation.'],
    ['- a list', '\\- a list'],
    ['+ a list', '\\+ a list'],
    ['1. ordered', '1\\. ordered'],
    ['12) ordered', '12\\) ordered'],
    ['=== setext', '\\=== setext'],
    ['> quote', '\\> quote'],
    ['a `code` b', 'a \\`code\\` b'],
    ['~~strike~~', '\\~\\~strike\\~\\~'],
    ['![img](x)', '\\!\\[img\\](x)'],
    ['&copy; entity', '\\&copy; entity'],
    ['back\\slash', 'back\\\\slash'],
    ['two\n\nlines', 'two lines'],
    ['nul\0char', 'nul\uFFFDchar'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('writeMarkdown with hostile text', () => {
  // Markdown and HTML metacharacters and the fragments that start blocks, links, images, HTML,
  // entities and code, so generated strings are made of what could break out of the escaping.
  const FRAGMENTS = [
    ...'\\`*_[]()#+-.!|<>&~:"\'=',
    ...[' ', '  ', '    ', '\t', '\n', '\r\n', '\n\n', '\u00A0', '\u2028', '\u0085', '\0'],
    ...['1.', '1)', '12345.', '===', '---', '***', '___', '- - -', '```', '~~~', '> ', '# '],
    ...['<script>', '</script>', '<img src=x onerror=alert(1)>', '<!--', '-->', '<![CDATA['],
    ...['[x](javascript:alert(1))', '![x](http://e/x.png)', '<http://e/>', '<a@b.c>', '[x]: /u'],
    ...['&amp;', '&#x3C;', '&#60;', '&copy;', '\\*', '\\\n', 'a', 'B', '7', 'é', '“', '😀'],
  ];
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 12 }),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
  );

  interface HostileFields {
    before: string;
    quote: string;
    after: string;
    note: string;
    speaker: string;
    article: string;
    tag: string;
    claim: string;
    title: string;
    outlet: string;
    author: string;
    url: string;
  }

  /** A sheet with the strings in every article field; the quote is a span of the article text. */
  function hostileSheet(
    fields: HostileFields,
    span: [number, number],
    groupBy: QuoteSheetOptionsInput['groupBy'],
  ): QuoteSheet {
    const b = new WorkspaceBuilder();
    const raw = fields.before + fields.quote + fields.after;
    const article = canonicalizeText(raw) === '' ? `${raw}x` : raw;
    const doc = b.document({
      title: fields.article,
      outlet: fields.outlet,
      authors: fields.author === '' ? [] : [fields.author, fields.title],
      url: fields.url,
      text: article,
    });
    const length = b.data.documents[doc]!.text.length;
    const start = span[0] % length;
    const q = b.span(doc, start, start + 1 + (span[1] % (length - start)), { note: fields.note });
    b.attribute(q, b.source(fields.speaker));
    const claim = b.claim(q, 'disputed', [b.tag(fields.tag)], fields.claim);
    b.data.claims[claim]!.credibility = 4;
    const exact = b.data.quotes[q]!.selector.quote.exact;
    b.evidence(claim, 'refutes', { documentId: doc, exact }, fields.note);
    b.evidence(claim, 'supports', { title: fields.outlet, url: fields.url }, fields.after);
    // The sheet's title is the analyst's, but it is escaped the same way; the schema wants 1-300.
    const title = fields.title.trim().slice(0, 300) || 'Sheet';
    return buildQuoteSheet(
      b.data,
      { title, groupBy, columns: [...QUOTE_SHEET_COLUMNS] },
      GENERATED_AT,
    );
  }

  it('reads back every string exactly, with no block, link or HTML the exporter did not write', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          before: text,
          quote: text,
          after: text,
          note: text,
          speaker: text,
          article: text,
          tag: text,
          claim: text,
          title: text,
          outlet: text,
          author: text,
          url: text,
        }),
        fc.tuple(fc.nat(), fc.nat()),
        fc.constantFrom('source', 'article', 'tag', 'none' as const),
        async (fields, span, groupBy) => {
          await expectReadsBack(hostileSheet(fields, span, groupBy));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back each vendored XSS payload as literal text in every field', async () => {
    // The corpus the hostile-article e2e spec renders, vendored once (sources and licences there).
    const payloads = ['dompurify-expect-payloads.json', 'payloadbox-xss-payloads.json'].flatMap(
      (name) =>
        JSON.parse(
          readFileSync(new URL(`../../e2e/fixtures/xss-payloads/${name}`, import.meta.url), 'utf8'),
        ) as string[],
    );
    expect(payloads).toHaveLength(1981);
    // Sheets of 200 quotes: parsing the whole 1.7 MB export at once took several times longer.
    const groupings = ['source', 'article', 'tag', 'none'] as const;
    for (let from = 0; from < payloads.length; from += 200) {
      const b = new WorkspaceBuilder();
      for (const payload of payloads.slice(from, from + 200)) {
        const doc = b.document({
          title: payload,
          outlet: payload,
          authors: [payload, payload],
          url: payload,
          text: `He said ${payload} and left.`,
        });
        const q = b.quote(doc, canonicalizeText(payload), { note: payload });
        b.attribute(q, b.source(payload));
        const claim = b.claim(q, 'false', [b.tag(payload)], payload);
        b.evidence(
          claim,
          'refutes',
          { documentId: doc, exact: canonicalizeText(payload) },
          payload,
        );
        b.evidence(claim, 'supports', { title: payload, url: payload }, payload);
      }
      const sheet = buildQuoteSheet(
        b.data,
        { groupBy: groupings[(from / 200) % 4], columns: [...QUOTE_SHEET_COLUMNS] },
        GENERATED_AT,
      );
      expect(sheet.quoteCount).toBe(Math.min(200, payloads.length - from));
      await expectReadsBack(sheet);
    }
  });
});
