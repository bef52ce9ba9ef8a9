import { describe, expect, it } from 'vitest';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import { writeMarkdown } from './markdown';
import { isAbortError } from './progress';
import { GENERATED_AT, WorkspaceBuilder, smallWorkspace, syntheticWorkspace } from './test-support';
import { escapeMarkdown } from './text';

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
        '- **Claim status:** Disputed',
        '- **Tags:** Referendums',
        '- **Paragraph:** 1',
        '- **Note:** Contradicted by the UN.',
        '',
      ].join('\n'),
    );
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
