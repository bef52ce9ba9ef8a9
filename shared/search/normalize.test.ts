import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldChar,
  normalizeText,
  normalizeWithMap,
  scanWords,
  tokenize,
  tokenizeWithOffsets,
} from './normalize';

describe('normalizeWithMap', () => {
  it('folds case and accents', () => {
    expect(normalizeText('Élysée ZELENSKYY Ångström')).toBe('elysee zelenskyy angstrom');
  });
  it('makes curly and straight quotes, dashes and spaces equal', () => {
    expect(normalizeText('“Peace” — it’s near')).toBe(normalizeText('"Peace" - it\'s near'));
    expect(normalizeText('a\u00A0\u2009 b\n\nc')).toBe('a b c');
  });
  it('maps every folded character back to its original offset', () => {
    const original = 'Ça va — “très” bien';
    const { text, map } = normalizeWithMap(original);
    expect(map.length).toBe(text.length + 1);
    const at = text.indexOf('tres');
    expect(original.slice(map[at], map[at + 4])).toBe('très');
    expect(map[text.length]).toBe(original.length);
  });
  it('keeps offsets right across decomposed accents and astral characters', () => {
    const original = 'e\u0301te\u0301 😀 cafe\u0301';
    const words = tokenizeWithOffsets(original);
    expect(words.map((w) => w.word)).toEqual(['ete', 'cafe']);
    expect(original.slice(words[1]!.start, words[1]!.end)).toBe('cafe\u0301');
  });
  it('expands ligatures and keeps the span on the original character', () => {
    const words = tokenizeWithOffsets('ﬁnal');
    expect(words).toEqual([{ word: 'final', start: 0, end: 4 }]);
  });
  it('folds final sigma like sigma', () => {
    expect(foldChar('ς')).toBe('σ');
    expect(normalizeText('ΛΟΓΟΣ')).toBe(normalizeText('λογος'));
  });
});

describe('tokenize', () => {
  it('cuts words at punctuation, quotes and dashes', () => {
    expect(tokenize('Witkoff’s “referendums”—within')).toEqual([
      'witkoff',
      's',
      'referendums',
      'within',
    ]);
  });
  it('agrees with tokenizeWithOffsets on awkward text', () => {
    const samples = ['½ ™ Ǆemal naïve', 'İstanbul ŉ x', 'A\u0301\u0301B ㎏ 10:30', ''];
    for (const s of samples) expect(tokenizeWithOffsets(s).map((t) => t.word)).toEqual(tokenize(s));
  });
  it('agrees with tokenizeWithOffsets on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'aZ9 ’“—-é\u0301ﬁ½ΣςİŉÅ😀\n\u00A0.'.split('')),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(tokenizeWithOffsets(text).map((t) => t.word));
      }),
      { numRuns: 500 },
    );
  });
  it('scans a stretch of a text as it would scan that stretch cut out, halves of pairs included', () => {
    const unit = fc.constantFrom(...'aZ9 ’—é\u0301😀\ud83d\ude00𝔸.'.split(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const from = x % (text.length + 1);
        const to = from + (y % (text.length - from + 1));
        const words: string[] = [];
        scanWords(
          text,
          (a, b) => words.push(text.slice(a, b).toLowerCase()),
          (w) => words.push(w),
          from,
          to,
        );
        expect(words).toEqual(tokenize(text.slice(from, to)));
      }),
      { numRuns: 1_000 },
    );
  });
});
