// Tests the typographic normaliser: which differences it folds, and that its offset map leads
// back to exactly the original characters a normalised range came from.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, normaliseString, onBoundaries, toNormalised, toOriginal } from './normalise';

describe('normaliseString', () => {
  it.each([
    ['curly single quotes and apostrophes', 'Kremlin’s ‘view’', "Kremlin's 'view'"],
    ['curly double quotes and guillemets', '“likely” «oui» „ja“', '"likely" "oui" "ja"'],
    ['en and em dashes, minus (spaces beside a dash go)', 'pages 3–4 and −2', 'pages 3-4 and-2'],
    [
      'spaced and unspaced dashes',
      'talks — held, talks—held, talks - held',
      'talks-held, talks-held, talks-held',
    ],
    ['a run of dashes', 'wait -- no', 'wait-no'],
    ['no-break and thin spaces', 'Mr.\u00A0Putin\u2009said', 'Mr. Putin said'],
    ['runs of whitespace and newlines', 'one  \t two\n\nthree', 'one two three'],
    ['ellipsis', 'justify these actions…', 'justify these actions...'],
    ['NFC: decomposed accents', 'Zelenskyi\u0301 cafe\u0301', 'Zelenskyí café'],
    ['NFKC: ligatures and full-width forms', 'ﬁnal ＮＡＴＯ', 'final NATO'],
    ['invisible characters', 'cease\u00ADfire\u200B talks\uFEFF', 'ceasefire talks'],
    ['backtick as apostrophe', 'don`t', "don't"],
  ])('folds %s', (_name, input, expected) => {
    expect(normaliseString(input)).toBe(expected);
  });

  it('keeps case, letters and ordinary punctuation', () => {
    expect(normaliseString('Mr. Putin, F.S.B.; (Kyiv)!')).toBe('Mr. Putin, F.S.B.; (Kyiv)!');
  });

  it('gives the empty string for empty input', () => {
    expect(normalise('')).toEqual({ text: '', starts: new Int32Array(0), ends: new Int32Array(0) });
  });
});

describe('offset map', () => {
  it('maps each normalised character to its source', () => {
    const original = 'He said:  “It’s over…”';
    const n = normalise(original);
    expect(n.text).toBe('He said: "It\'s over..."');
    const sources = Array.from(n.text, (_c, i) => original.slice(n.starts[i], n.ends[i]));
    expect(sources).toEqual([
      ...['H', 'e', ' ', 's', 'a', 'i', 'd', ':', '  ', '“', 'I', 't', '’', 's', ' '],
      ...['o', 'v', 'e', 'r', '…', '…', '…', '”'],
    ]);
  });

  it('maps a dash to the dash alone, not the spaces it swallowed', () => {
    const original = 'talks — held';
    const n = normalise(original);
    const at = n.text.indexOf('-');
    expect(toOriginal(n, at, at + 1)).toEqual({ start: 6, end: 7 });
    expect(toOriginal(n, 0, at + 1)).toEqual({ start: 0, end: 7 });
    expect(toOriginal(n, at, n.text.length)).toEqual({ start: 6, end: original.length });
  });

  it('keeps surrogate pairs whole', () => {
    const n = normalise('a 😀 b');
    expect(n.text).toBe('a 😀 b');
    expect(onBoundaries(n, 2, 4)).toBe(true);
    expect(onBoundaries(n, 3, 4)).toBe(false);
    expect(onBoundaries(n, 2, 3)).toBe(false);
  });

  it('flags ranges that split a folded character', () => {
    const n = normalise('so…');
    expect(onBoundaries(n, 0, 5)).toBe(true);
    expect(onBoundaries(n, 0, 3)).toBe(false);
    expect(onBoundaries(n, 3, 5)).toBe(false);
  });

  it('rejects empty and out-of-range spans', () => {
    const n = normalise('abc');
    expect(() => toOriginal(n, 1, 1)).toThrow(RangeError);
    expect(() => toOriginal(n, 0, 4)).toThrow(RangeError);
  });

  it('finds the normalised offset of an original offset', () => {
    const n = normalise('a  b — c');
    expect(n.text).toBe('a b-c');
    expect(toNormalised(n, 0)).toBe(0);
    expect(toNormalised(n, 3)).toBe(2);
    expect(toNormalised(n, 4)).toBe(3); // a swallowed space: the dash that follows
    expect(toNormalised(n, 8)).toBe(5);
  });
});

/** Text built from the characters the normaliser treats specially. */
const tricky = fc
  .array(
    fc.constantFrom(
      ...['a', 'b', 'é', 'e\u0301', ' ', '  ', '\n\n', '\u00A0', '-', '—', '–', ' — ', "'"],
      ...['’', '"', '“', '”', '…', '...', 'ﬁ', '\u200B', '\u00AD', '😀', 'Ａ', '.'],
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('normalise properties', () => {
  it('has a monotonic map of non-empty sources inside the text', () => {
    fc.assert(
      fc.property(tricky, (original) => {
        const n = normalise(original);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(i > 0 ? n.starts[i - 1]! : 0);
          expect(n.ends[i]).toBeGreaterThan(n.starts[i]!);
          expect(n.ends[i]).toBeLessThanOrEqual(original.length);
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('maps any whole-character range back to text that normalises to that range', () => {
    fc.assert(
      fc.property(tricky, fc.nat(), fc.nat(), (original, x, y) => {
        const n = normalise(original);
        if (n.text.length === 0) return;
        const from = x % n.text.length;
        const to = from + 1 + (y % (n.text.length - from));
        if (!onBoundaries(n, from, to)) return;
        const { start, end } = toOriginal(n, from, to);
        expect(normaliseString(original.slice(start, end))).toBe(n.text.slice(from, to));
      }),
      { seed: 12, numRuns: 1000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(tricky, (original) => {
        const once = normaliseString(original);
        expect(normaliseString(once)).toBe(once);
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it('gives the text of the full normalisation, ASCII shortcut or not', () => {
    const ascii = fc
      .array(fc.constantFrom('a', 'Z', ' ', '  ', '-', '`', '.', '\n', "'", '"'), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(ascii, tricky), (original) => {
        expect(normaliseString(original)).toBe(normalise(original).text);
      }),
      { seed: 14, numRuns: 1000 },
    );
  });
});
