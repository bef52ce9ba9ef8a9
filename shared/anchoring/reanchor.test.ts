// Table tests of re-anchoring on the sample article: each case edits the article the way a
// newer version would, and checks where each stored quote lands, by which method and score.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Selector } from '../domain/schema';
import { canonicalizeText } from '../text/canonical';
import { normaliseString } from './normalise';
import { REVIEW_THRESHOLD, anchorAll, anchorSelector } from './reanchor';
import type { AnchorResult } from './reanchor';
import { describeSpan } from './selectors';

const SAMPLE = canonicalizeText(
  readFileSync(
    new URL('../../resources/sample/riyadh-ceasefire-talks.txt', import.meta.url),
    'utf8',
  ),
);
const PARAGRAPHS = SAMPLE.split('\n\n');

function indexOfNth(text: string, needle: string, nth = 0): number {
  let at = text.indexOf(needle);
  for (let k = 0; k < nth && at !== -1; k++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`not in text: ${needle} #${nth}`);
  return at;
}

function select(quote: string, nth = 0): Selector {
  const at = indexOfNth(SAMPLE, quote, nth);
  return describeSpan(SAMPLE, at, at + quote.length)!;
}

function editParagraphs(edit: (paragraphs: string[]) => void): string {
  const copy = [...PARAGRAPHS];
  edit(copy);
  return copy.join('\n\n');
}

/** Asserts the result covers `found` at its `nth` occurrence in `text`. */
function expectSpan(result: AnchorResult | null, text: string, found: string, nth = 0) {
  expect(result).not.toBeNull();
  const at = indexOfNth(text, found, nth);
  expect(text.slice(result!.start, result!.end)).toBe(found);
  expect([result!.start, result!.end]).toEqual([at, at + found.length]);
}

const QUOTES = [
  '“The discussion was productive and focused — we addressed key points including energy,”',
  '“very problematic person”',
  '“has done a lot of evil.”',
  '“There are referendums within these territories that justify these actions.”',
  '“eliminate the root causes of the crisis”',
  '“I do not believe in a cease-fire. We’ve been through this before,”',
  '“likely”',
  'speaking on condition of anonymity',
  'according to the Kremlin’s readout of the call',
  'The Russian delegation',
];

describe('anchorSelector on the sample article', () => {
  it.each(QUOTES)('keeps %s in place, score 1, when nothing changed', (quote) => {
    const at = SAMPLE.indexOf(quote);
    expect(anchorSelector(SAMPLE, select(quote))).toEqual({
      start: at,
      end: at + quote.length,
      method: 'position',
      score: 1,
    });
  });

  it.each(QUOTES)('follows %s past a paragraph inserted before it', (quote) => {
    const text = `Editor’s note: this article was updated on Monday.\n\n${SAMPLE}`;
    const result = anchorSelector(text, select(quote));
    expectSpan(result, text, quote);
    expect(result!.method).toBe('exact');
    expect(result!.score).toBeGreaterThanOrEqual(0.99);
  });

  describe('deletion of a nearby paragraph', () => {
    const text = editParagraphs((p) => p.splice(11, 1)); // "An influential spymaster..."

    it('keeps a quote inside the next paragraph at full score', () => {
      const result = anchorSelector(text, select('“very problematic person”'));
      expectSpan(result, text, '“very problematic person”');
      expect(result).toMatchObject({ method: 'exact' });
      expect(result!.score).toBeGreaterThanOrEqual(0.99);
    });

    it('anchors a quote that lost its prefix, with a lower score above review', () => {
      const result = anchorSelector(text, select('In 2023, Kyrylo Budanov'));
      expectSpan(result, text, 'In 2023, Kyrylo Budanov');
      expect(result!.method).toBe('exact');
      expect(result!.score).toBeLessThan(0.99);
      expect(result!.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    });

    it('keeps the position of a quote before the cut, which lost its suffix', () => {
      const result = anchorSelector(text, select('came as a surprise to some.'));
      expectSpan(result, text, 'came as a surprise to some.');
      expect(result!.method).toBe('position');
      expect(result!.score).toBeLessThan(0.99);
      expect(result!.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    });
  });

  it('finds a quote with a typo by approximate match', () => {
    const quote =
      '“Both sides still believe that they can continue the war regardless of the American position,”';
    const edited = quote.replace('believe', 'beleive');
    const text = `New lead paragraph.\n\n${SAMPLE.replace(quote, edited)}`;
    const result = anchorSelector(text, select(quote));
    expectSpan(result, text, edited);
    expect(result!.method).toBe('fuzzy');
    expect(result!.score).toBeGreaterThanOrEqual(0.97);
  });

  it('finds an edited quote in place although an unedited copy stands elsewhere', () => {
    const text =
      SAMPLE.slice(0, indexOfNth(SAMPLE, 'Mr. Putin', 2)) +
      SAMPLE.slice(indexOfNth(SAMPLE, 'Mr. Putin', 2)).replace('Mr. Putin', 'Mr. Putn');
    const result = anchorSelector(text, select('Mr. Putin', 2));
    expectSpan(result, text, 'Mr. Putn');
    expect(result!.method).toBe('fuzzy');
    expect(result!.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it('finds a long quote whose beginning was rewritten', () => {
    const quote = PARAGRAPHS[28]!; // a whole paragraph, about 200 characters
    const edited = `Many analysts${quote.slice('Many Ukrainian officials and analysts'.length)}`;
    const text = `Inserted.\n\n${SAMPLE.replace(quote, edited)}`;
    const result = anchorSelector(text, select(quote));
    expectSpan(result, text, edited);
    expect(result!.method).toBe('fuzzy');
    expect(result!.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it('moves an edge to where the context says, when the quote lost its first letters', () => {
    const quote = 'demanded the complete halt of foreign military aid and intelligence to Kyiv';
    const text = `Inserted.\n\n${SAMPLE.replace(quote, quote.slice(2))}`;
    const result = anchorSelector(text, select(quote));
    expectSpan(result, text, quote.slice(2));
    expect(result!.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it('does not stretch a quote into a paragraph added after it', () => {
    const quote = PARAGRAPHS[9]!.slice(PARAGRAPHS[9]!.indexOf('a delegation led by'));
    const edited = quote.replace('senior', 'seinor').replace('adviser', 'advisor');
    const text = SAMPLE.replace(quote, `${edited}\n\nA new paragraph the editors added.`);
    const result = anchorSelector(text, select(quote));
    expectSpan(result, text, edited);
  });

  describe('a moved paragraph', () => {
    const text = editParagraphs((p) => p.splice(5, 0, ...p.splice(23, 1)));

    it('follows a quote inside it with its context', () => {
      const quote = '“There are referendums within these territories that justify these actions.”';
      const result = anchorSelector(text, select(quote));
      expectSpan(result, text, quote);
      expect(result!.method).toBe('exact');
      expect(result!.score).toBeGreaterThanOrEqual(0.97);
    });

    it('follows its first words, which lost their prefix', () => {
      const result = anchorSelector(text, select('Mr. Witkoff echoed a Kremlin talking point'));
      expectSpan(result, text, 'Mr. Witkoff echoed a Kremlin talking point');
      expect(result!.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    });
  });

  describe.each([
    ['straight quotes, hyphens for em dashes', (t: string) => straighten(t).replace(/—/g, '-')],
    ['double hyphens for em dashes', (t: string) => straighten(t).replace(/ — /g, '--')],
    [
      'no-break spaces and doubled spaces',
      (t: string) => t.replace(/Mr\. /g, 'Mr.\u00A0').replace(/, /g, ',  '),
    ],
    ['decomposed Unicode', (t: string) => t.normalize('NFD')],
  ])('typographic change across the article: %s', (_name, change) => {
    const text = change(SAMPLE);
    it.each(QUOTES)('anchors %s exactly, score >= 0.99', (quote) => {
      const result = anchorSelector(text, select(quote));
      expect(result).not.toBeNull();
      expect(['position', 'exact']).toContain(result!.method);
      expect(result!.score).toBeGreaterThanOrEqual(0.99);
      expect(normaliseString(text.slice(result!.start, result!.end))).toBe(normaliseString(quote));
    });
  });

  it('keeps offsets of the original text when an ellipsis is spelled out', () => {
    const before = 'He said the referendums “justify these actions…” and left the studio.';
    const after = `Updated. ${before.replace(/[“”]/g, '"').replace('…', '...')}`;
    const quote = '“justify these actions…”';
    const at = before.indexOf(quote);
    const result = anchorSelector(after, describeSpan(before, at, at + quote.length)!);
    expectSpan(result, after, '"justify these actions..."');
    expect(result!.score).toBeGreaterThanOrEqual(0.99);
  });

  it.each([
    ['a sentence', '“There are referendums within these territories that justify these actions.”'],
    ['a paragraph', PARAGRAPHS[33]!],
    ['a short quote', '“very problematic person”'],
  ])('finds nothing plausible when %s is deleted', (_name, quote) => {
    const text = SAMPLE.replace(quote, '');
    const result = anchorSelector(text, select(quote));
    if (result) expect(result.score).toBeLessThan(REVIEW_THRESHOLD);
  });

  it('tells apart copies of the same words by their context', () => {
    const count = SAMPLE.split('Mr. Putin').length - 1;
    const selectors = Array.from({ length: count }, (_v, n) => select('Mr. Putin', n));
    const removed = PARAGRAPHS[20]!; // holds the fourth copy
    const inserted = 'Mr. Putin did not comment.\n\n';
    const text = inserted + SAMPLE.replace(`${removed}\n\n`, '');
    const removedAt = SAMPLE.indexOf(removed);
    const results = anchorAll(text, selectors);
    selectors.forEach((s, n) => {
      const result = results[n]!;
      if (s.position.start >= removedAt && s.position.start < removedAt + removed.length) {
        expect(result === null || result.score < REVIEW_THRESHOLD).toBe(true);
        return;
      }
      const shift = inserted.length - (s.position.start > removedAt ? removed.length + 2 : 0);
      expect(result).toMatchObject({ start: s.position.start + shift, method: 'exact' });
      // Copies beside the cut lost some context; the rest kept all of it.
      expect(result.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    });
  });

  it('reports a result below minScore as not found', () => {
    const quote = '“Both sides still believe that they can continue the war';
    const text = SAMPLE.replace(quote, quote.replace('believe', 'beleive'));
    const found = anchorSelector(text, select(quote));
    expect(found!.score).toBeLessThan(0.99);
    expect(anchorSelector(text, select(quote), { minScore: 0.99 })).toBeNull();
    expect(anchorSelector(text, select(quote), { minScore: found!.score })).toEqual(found);
  });

  it('prefers the right copy over another that slid under the stored offsets', () => {
    const a = 'Peskov told Tass on Friday that “talks will go on.” ';
    const b = 'Witkoff told Fox on Sunday that “talks will go on.” ';
    const before = a + b;
    const at = before.lastIndexOf('“talks');
    const selector = describeSpan(before, at, at + '“talks will go on.”'.length)!;
    const after = b + a;
    expect(after.slice(at, at + 6)).toBe('“talks'); // the other copy now sits there
    const result = anchorSelector(after, selector);
    expect(result).toMatchObject({ start: after.indexOf('“talks'), method: 'exact' });
  });
});

function straighten(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}
