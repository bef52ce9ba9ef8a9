// Regression baseline: 20 quotes of the sample re-anchored after one scripted revision of the
// article. Reviewed by eye once; any change of span, method or score (2 dp) fails the test.
// After a deliberate change: UPDATE_BASELINES=1 npx vitest run shared/anchoring, then review.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '../text/canonical';
import { anchorAll, anchorSelector } from './reanchor';
import { describeSpan } from './selectors';

const SAMPLE = canonicalizeText(
  readFileSync(
    new URL('../../resources/sample/riyadh-ceasefire-talks.txt', import.meta.url),
    'utf8',
  ),
);
const BASELINE = new URL('./__baselines__/sample-edits.json', import.meta.url);

/** [quote, which occurrence] */
const QUOTES: [string, number][] = [
  ['“The discussion was productive and focused — we addressed key points including energy,”', 0],
  ['he wrote on social media', 0],
  ['speaking on condition of anonymity', 0],
  ['a 30-day full cease-fire', 0],
  ['Keith Kellogg, the U.S. special envoy to Ukraine', 0],
  ['The Russian delegation', 0],
  ['Mr. Putin', 1],
  ['Mr. Putin', 3],
  ['“very problematic person”', 0],
  ['In 2023, Kyrylo Budanov', 0],
  ['Ukrinform, the state news agency, said', 0],
  ['“the key condition for preventing an escalation of the conflict', 0],
  ['according to the Kremlin’s readout of the call', 0],
  ['“There is a view within the country of Russia that these are Russian territories,”', 0],
  ['Mr. Witkoff told Fox News.', 0],
  ['“There are referendums within these territories that justify these actions.”', 0],
  ['Those referendums were widely denounced as fraudulent and illegal', 0],
  ['“eliminate the root causes of the crisis”', 0],
  ['“likely”', 0],
  [
    '“Both sides still believe that they can continue the war regardless of the American position,”',
    0,
  ],
];

/**
 * One revision touching everything re-anchoring must survive: a new first paragraph, straight
 * quotes and double hyphens throughout, a paragraph cut, another moved, typos inside quotes, a
 * rewritten cue, a sentence deleted and a quote's paragraph deleted.
 */
function revise(text: string): string {
  const p = text.split('\n\n');
  p.splice(11, 1); // "An influential spymaster..."
  p.splice(4, 0, ...p.splice(22, 1)); // Witkoff's Fox News paragraph moves up
  const revised = [
    'Updated March 24, 2025, with comment from the Kremlin.',
    ...p.filter((para) => !para.startsWith('He added, “Moscow’s')),
  ].join('\n\n');
  return revised
    .replace('productive and focused', 'productive and focussed')
    .replace('still believe that', 'still beleive that')
    .replace('Mr. Witkoff told Fox News.', 'Mr. Witkoff said in an interview with Fox News.')
    .replace(
      ' Those referendums were widely denounced as fraudulent and illegal by the international community.',
      '',
    )
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/ — /g, ' -- ');
}

interface BaselineEntry {
  quote: string;
  /** The new text's characters at the result, to review by eye. */
  found: string | null;
  start?: number;
  end?: number;
  method?: string;
  score?: number;
}

describe('re-anchoring baseline', () => {
  it('matches the reviewed results for the scripted revision of the sample', () => {
    const selectors = selectorsOf(SAMPLE);
    const revised = revise(SAMPLE);
    const entries: BaselineEntry[] = anchorAll(revised, selectors).map((r, i) => {
      const quote = `${QUOTES[i]![0]}${QUOTES[i]![1] ? ` #${QUOTES[i]![1]}` : ''}`;
      if (!r) return { quote, found: null };
      const { start, end, method } = r;
      return {
        quote,
        found: revised.slice(start, end),
        start,
        end,
        method,
        score: round2(r.score),
      };
    });
    if (process.env.UPDATE_BASELINES === '1') {
      writeFileSync(BASELINE, `${JSON.stringify(entries, null, 2)}\n`);
    }
    expect(entries).toEqual(JSON.parse(readFileSync(BASELINE, 'utf8')));
  });

  it('gives the same spans one selector at a time as all at once (index and hints)', () => {
    const revised = revise(SAMPLE);
    const selectors = selectorsOf(SAMPLE);
    const together = anchorAll(revised, selectors).map((r) => r && [r.start, r.end, r.method]);
    const alone = selectors.map((s) => {
      const r = anchorSelector(revised, s);
      return r && [r.start, r.end, r.method];
    });
    expect(alone).toEqual(together);
  });
});

function selectorsOf(text: string) {
  return QUOTES.map(([quote, nth]) => {
    let at = text.indexOf(quote);
    for (let k = 0; k < nth; k++) at = text.indexOf(quote, at + 1);
    return describeSpan(text, at, at + quote.length)!;
  });
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
