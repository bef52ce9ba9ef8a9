import { describe, expect, it } from 'vitest';
import { hitRanges, snippet, termMatchesWord, withinEdits, wordsMatch } from './match';
import { tokenize } from './normalize';
import { parseQuery } from './query';

function q(input: string) {
  const r = parseQuery(input);
  if (!r.ok) throw new Error(r.message);
  return r.query;
}
const TEXT =
  'Witkoff said the “referendums within these territories” justify these actions — a claim Kyiv rejects.';

describe('matching words', () => {
  it('counts edits', () => {
    expect(withinEdits('referendum', 'refrendum', 1)).toBe(true);
    expect(withinEdits('witkoff', 'witkof', 1)).toBe(true);
    expect(withinEdits('kremlin', 'kremlni', 1)).toBe(false);
    expect(withinEdits('kremlin', 'kremlni', 2)).toBe(true);
  });
  it('matches exactly, by prefix and with typos', () => {
    expect(termMatchesWord({ word: 'refer', prefix: true, fuzzy: 0 }, 'referendums')).toBe(true);
    expect(termMatchesWord({ word: 'refer', prefix: false, fuzzy: 0 }, 'referendums')).toBe(false);
    expect(termMatchesWord({ word: 'witkof', prefix: false, fuzzy: 1 }, 'witkoff')).toBe(true);
  });
  it('applies terms, phrases and exclusions to a text', () => {
    const words = tokenize(TEXT);
    expect(wordsMatch(words, q('referendums'))).toBe(true);
    expect(wordsMatch(words, q('REFERENDUMS witkof'))).toBe(true);
    expect(wordsMatch(words, q('refrendums'))).toBe(true);
    expect(wordsMatch(words, q('"these territories"'))).toBe(true);
    expect(wordsMatch(words, q('"territories these"'))).toBe(false);
    expect(wordsMatch(words, q('referendums -kyiv'))).toBe(false);
    expect(wordsMatch(words, q('referendums -"kyiv accepts"'))).toBe(true);
    expect(wordsMatch(words, q('referendums moscow'))).toBe(false);
  });
  it('finds a phrase typed with straight quotes and dashes in curly, dashed text', () => {
    const words = tokenize('“Peace—now,” he said');
    expect(wordsMatch(words, q('"peace - now"'))).toBe(true);
  });
});

describe('snippets', () => {
  it('marks exactly the words found, in the original text', () => {
    const segs = snippet(TEXT, hitRanges(TEXT, q('referendums "these territories"')));
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual([
      'referendums',
      'these territories',
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(TEXT);
  });
  it('marks accented and prefix hits with their accents', () => {
    const text = 'Le président Macron a parlé';
    const segs = snippet(text, hitRanges(text, q('president parl')));
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['président', 'parlé']);
  });
  it('cuts long text around the first hit with ellipses', () => {
    const text = `${'lorem ipsum '.repeat(40)}needle ${'dolor sit '.repeat(40)}`;
    const segs = snippet(text, hitRanges(text, q('needle')), 100);
    expect(segs[0]!.text.startsWith('…')).toBe(true);
    expect(segs[segs.length - 1]!.text.endsWith('…')).toBe(true);
    expect(segs.some((s) => s.hit && s.text === 'needle')).toBe(true);
    expect(segs.map((s) => s.text).join('').length).toBeLessThan(130);
  });
});
