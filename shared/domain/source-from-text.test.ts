// Source suggestions from a selection, on the sample article (canonicalised as when imported)
// and on a few made-up sentences for the cases the article lacks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '../text/canonical';
import { suggestSourceFromText } from './source-from-text';

const SAMPLE = canonicalizeText(
  readFileSync(
    path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../resources/sample/riyadh-ceasefire-talks.txt',
    ),
    'utf8',
  ),
);

/** Suggests from the first occurrence of `selected` in the text. */
function suggest(selected: string, text = SAMPLE) {
  const start = text.indexOf(selected);
  if (start === -1) throw new Error(`not in the text: ${selected}`);
  return suggestSourceFromText(text, start, start + selected.length);
}

describe('suggestSourceFromText on the sample article', () => {
  it.each([
    ['Dmitri S. Peskov', 'Dmitri S. Peskov', 'the Kremlin’s spokesman', 'person'],
    [
      'Rustem Umerov',
      'Rustem Umerov',
      'the Ukrainian defense minister leading his country’s delegation',
      'person',
    ],
    ['A Ukrainian official', 'A Ukrainian official', '', 'anonymous'],
    ['Fox News', 'Fox News', '', 'outlet'],
    ['Bloomberg News', 'Bloomberg News', '', 'outlet'],
    ['Ukrinform', 'Ukrinform', 'the state news agency', 'outlet'],
    ['Ukrinform, the state news agency', 'Ukrinform', 'the state news agency', 'outlet'],
    // "U.S." inside the appositive does not end it.
    ['Keith Kellogg', 'Keith Kellogg', 'the U.S. special envoy to Ukraine', 'person'],
    ['Kyrylo Budanov', 'Kyrylo Budanov', 'the head of Ukraine’s military intelligence', 'person'],
    // An outlet named inside a person's role does not make the person an outlet.
    [
      'Dmitry Kuznets',
      'Dmitry Kuznets',
      'a military analyst with the Russian news outlet Meduza',
      'person',
    ],
    ['Meduza', 'Meduza', '', 'outlet'],
    ['Volodymyr Zelensky', 'Volodymyr Zelensky', 'President', 'person'],
    ['The White House', 'The White House', '', 'government'],
    ['the Kremlin’s readout of the call', 'the Kremlin’s readout of the call', '', 'government'],
    ['Federal Security Service', 'Federal Security Service', '', 'organisation'],
    ['Many Ukrainian officials and analysts', 'Many Ukrainian officials and analysts', '', 'group'],
    // Courtesy titles and possessives are not part of the name.
    ['Mr. Beseda’s', 'Beseda', '', 'person'],
    ['Steve Witkoff', 'Steve Witkoff', '', 'person'],
  ] as const)('%s', (selected, name, role, kind) => {
    expect(suggest(selected)).toEqual({ name, role, kind });
  });

  it('drops the courtesy title and reads a possessive appositive ("Ukraine’s defense minister")', () => {
    const start = SAMPLE.indexOf('Mr. Umerov, Ukraine’s');
    expect(suggestSourceFromText(SAMPLE, start, start + 'Mr. Umerov'.length)).toEqual({
      name: 'Umerov',
      role: 'Ukraine’s defense minister',
      kind: 'person',
    });
  });
});

describe('suggestSourceFromText on other sentences', () => {
  it.each([
    ['Novy Vestnik, the state news agency, reported.', 'Novy Vestnik', 'outlet'],
    ['Novy Vestnik, a weekly newspaper, reported.', 'Novy Vestnik', 'outlet'],
    ['Two officials, speaking on condition of anonymity, said so.', 'Two officials', 'anonymous'],
    ['A senior diplomat said the talks failed.', 'A senior diplomat', 'anonymous'],
    ['The Ukrainian government said nothing.', 'The Ukrainian government', 'government'],
  ])('%s', (text, selected, kind) => {
    expect(suggest(selected, text)?.kind).toBe(kind);
  });

  it('leaves the role empty for a relative clause or a list of names', () => {
    expect(suggest('Steve Witkoff')?.role).toBe('');
    expect(suggest('Anna Petrova', 'Anna Petrova, Ivan Petrov and others said.')?.role).toBe('');
  });

  it('stops the role at "said" when no comma closes it', () => {
    const text = 'Olena Kovalenko, an energy analyst said the grid held.';
    expect(suggest('Olena Kovalenko', text)?.role).toBe('an energy analyst');
  });

  it('returns null for an empty or punctuation-only selection', () => {
    expect(suggestSourceFromText('He said, “no.”', 2, 2)).toBeNull();
    expect(suggestSourceFromText('He said, “no.”', 7, 10)).toBeNull();
  });

  it('stays inside the selection’s paragraph', () => {
    const text = 'Anna Petrova\n\n, the next paragraph.';
    expect(suggest('Anna Petrova', text)).toEqual({
      name: 'Anna Petrova',
      role: '',
      kind: 'person',
    });
  });
});
