import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildQuoteSheet } from '../../shared/export/quote-sheet';
import { writeDocx } from './docx';
import { isAbortError } from './progress';
import {
  GENERATED_AT,
  WorkspaceBuilder,
  articlesWorkspace,
  claimsWorkspace,
  smallWorkspace,
  syntheticWorkspace,
} from './test-support';

const COLUMNS = [
  'quote',
  'speaker',
  'grade',
  'claimStatus',
  'tags',
  'paragraph',
  'context',
  'note',
] as const;
const buffer = (bytes: Uint8Array) => Buffer.from(bytes);

describe('writeDocx', () => {
  const { data } = smallWorkspace();
  const sheet = buildQuoteSheet(
    data,
    { title: 'Riyadh talks', columns: [...COLUMNS] },
    GENERATED_AT,
  );

  it('reads back in mammoth as the briefing: title, groups, quotes in context, facts, notes', async () => {
    const { value, messages } = await mammoth.extractRawText({
      buffer: buffer(await writeDocx(sheet)),
    });
    expect(messages).toEqual([]);
    expect(value.split('\n\n')).toEqual([
      'Riyadh talks',
      '2 quotes · grouped by speaker · exported 2026-02-03 04:05 UTC',
      'A Ukrainian official',
      'A Ukrainian official, speaking on condition of anonymity, said the talks were "likely" to go on.',
      'Speaker: A Ukrainian official · Paragraph: 2',
      'Steve Witkoff',
      'Witkoff told Fox News that the referendums "justify these actions".',
      'Speaker: Steve Witkoff · Speaker grade: C (Fairly reliable) · Tags: Referendums · Paragraph: 1',
      'Note: Contradicted by the UN.',
      'Claim: justify these actions',
      'Verdict: Disputed',
      '',
    ]);
  });

  it('makes group titles headings and sets the quote in bold italic inside its sentence', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: buffer(await writeDocx(sheet)) });
    expect(value).toContain('<h1>Steve Witkoff</h1>');
    expect(value).toContain(
      '<p>Witkoff told Fox News that the referendums "<strong><em>justify these actions</em></strong>".</p>',
    );
  });

  it('puts each claim under its quote with its verdict, credibility and evidence, and none where there is none', async () => {
    const claims = buildQuoteSheet(
      claimsWorkspace().data,
      { title: 'Claims', columns: ['quote', 'speaker', 'claimStatus', 'context'] },
      GENERATED_AT,
    );
    const bytes = buffer(await writeDocx(claims));
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value.split('\n\n')).toEqual([
      'Claims',
      '2 quotes · grouped by speaker · exported 2026-02-03 04:05 UTC',
      'A Ukrainian official',
      'A Ukrainian official said the talks were "likely" to go on.',
      'Speaker: A Ukrainian official',
      'Claim: likely',
      'Verdict: Unverified',
      'Steve Witkoff',
      'Mr. Witkoff told Fox News on Sunday that the votes were fair. “They justify these actions.”',
      'Speaker: Steve Witkoff',
      'Claim: The referendums justify the annexation',
      'Verdict: False · Credibility: 5 (Improbable)',
      'Refutes: “a sham” (US holds talks in Riyadh) · Called so in its report.',
      'Supports: Kremlin readout (https://example.org/readout?a=1&b=<2>)',
      '',
    ]);
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).not.toContain('<a');
    expect(html).toContain(
      '<p><strong>Refutes: </strong>“a sham” (US holds talks in Riyadh) · <em>Called so in its report.</em></p>',
    );
  });

  it("puts each article's outlet, authors and date, and its URL as text, under its heading", async () => {
    const { data } = articlesWorkspace();
    const columns = ['quote', 'speaker', 'article', 'outlet', 'authors', 'date', 'url'] as const;
    const byArticle = buildQuoteSheet(
      data,
      { title: 'Articles', groupBy: 'article', columns: [...columns] },
      GENERATED_AT,
    );
    const bytes = buffer(await writeDocx(byArticle));
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value.split('\n\n')).toEqual([
      'Articles',
      '3 quotes · grouped by article · exported 2026-02-03 04:05 UTC',
      'US holds talks in Riyadh',
      'Reuters · Jane Doe; John Roe · 2025-03-18',
      'https://www.reuters.com/world/us-talks-riyadh-2025-03-18/',
      'constructive',
      'Speaker: Steve Witkoff',
      'Pasted note',
      'maybe',
      'Talks resume',
      'Olena Kovalenko',
      'no deal yet',
      'Speaker: A Ukrainian official',
      '',
    ]);
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).not.toContain('<a');
    // Not grouped by article, they are facts of each quote, the unknown ones left out.
    const flat = buildQuoteSheet(
      data,
      { title: 'Articles', groupBy: 'none', columns: [...columns] },
      GENERATED_AT,
    );
    const { value: facts } = await mammoth.extractRawText({
      buffer: buffer(await writeDocx(flat)),
    });
    expect(facts.split('\n\n').slice(2)).toEqual([
      'constructive',
      'Speaker: Steve Witkoff · Article: US holds talks in Riyadh · Outlet: Reuters · ' +
        'Authors: Jane Doe; John Roe · Date: 2025-03-18 · ' +
        'URL: https://www.reuters.com/world/us-talks-riyadh-2025-03-18/',
      'maybe',
      'Article: Pasted note',
      'no deal yet',
      'Speaker: A Ukrainian official · Article: Talks resume · Authors: Olena Kovalenko',
      '',
    ]);
  });

  it('keeps markup and characters XML cannot hold from breaking the file', async () => {
    const b = new WorkspaceBuilder();
    const doc = b.document({ title: '<w:p>x</w:p> & "q"', text: 'He said <b>bold</b> & more.' });
    const q = b.quote(doc, '<b>bold</b>', { note: 'line one\nline two \u0001 \uFFFF' });
    b.attribute(q, b.source(']]><x/>'));
    const claim = b.claim(q, 'false', [], ']]><w:p/>');
    b.evidence(claim, 'refutes', { title: '<w:t>x</w:t> \u0001', url: 'a&b' }, 'n\u0000');
    const hostile = buildQuoteSheet(
      b.data,
      { title: 'T\u0000', columns: ['quote', 'speaker', 'claims', 'context', 'note'] },
      GENERATED_AT,
    );
    const bytes = buffer(await writeDocx(hostile));
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain('He said <b>bold</b> & more.');
    expect(value).toContain('Speaker: ]]><x/>');
    expect(value).toContain('Claim: ]]><w:p/>');
    expect(value).toContain('Refutes: <w:t>x</w:t> \uFFFD (a&b) · n\uFFFD');
    expect(value.startsWith('T\uFFFD')).toBe(true);
    // The note's line break is a Word line break (raw text drops it; the HTML shows it).
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).toContain('<em>line one<br />line two \uFFFD \uFFFD</em>');
  });

  it('can be cancelled while it builds the document', async () => {
    const big = buildQuoteSheet(syntheticWorkspace(2, 1000), {}, GENERATED_AT);
    const controller = new AbortController();
    await expect(
      writeDocx(big, { signal: controller.signal, onProgress: () => controller.abort() }),
    ).rejects.toSatisfy(isAbortError);
  });
});
