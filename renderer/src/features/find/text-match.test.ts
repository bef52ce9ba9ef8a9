import { describe, expect, it } from 'vitest';
import { findMatches, nearestMatch, prepareText } from './text-match';

/** The text of each match, to read the cases at a glance. */
function found(text: string, query: string, blocks = [{ start: 0, end: text.length }]) {
  return findMatches(prepareText(text, blocks), query).map((m) => text.slice(m.start, m.end));
}

describe('findMatches', () => {
  it('ignores case and accents, with offsets into the original text', () => {
    const text = 'Zelensky met ZELENSKY’s aides; Zelenskÿ and Zélensky too.';
    expect(found(text, 'zelensky')).toEqual(['Zelensky', 'ZELENSKY', 'Zelenskÿ', 'Zélensky']);
    const [first] = findMatches(prepareText(text, [{ start: 0, end: text.length }]), 'MET');
    expect(first).toEqual({ start: 9, end: 12 });
  });

  it('treats curly and straight quotes, dashes and runs of spaces as the same', () => {
    const text = 'He said “likely” — the Kremlin’s view –  not  final.';
    expect(found(text, '"likely"')).toEqual(['“likely”']);
    expect(found(text, "kremlin's")).toEqual(['Kremlin’s']);
    expect(found(text, 'view - not final')).toEqual(['view –  not  final']);
    expect(found(text, '” - the')).toEqual(['” — the']);
  });

  it('keeps a match inside its block and counts every occurrence without overlap', () => {
    const text = 'aaa end\n\nstart aaaa';
    const blocks = [
      { start: 0, end: 7 },
      { start: 9, end: 19 },
    ];
    expect(found(text, 'end start', blocks)).toEqual([]);
    expect(found(text, 'aa', blocks)).toEqual(['aa', 'aa', 'aa']);
    expect(findMatches(prepareText(text, blocks), 'start')).toEqual([{ start: 9, end: 14 }]);
  });

  it('finds nothing for an empty or blank query and stops at the limit', () => {
    const prepared = prepareText('a a a a', [{ start: 0, end: 7 }]);
    expect(findMatches(prepared, '')).toEqual([]);
    expect(findMatches(prepared, '   ')).toEqual([]);
    expect(findMatches(prepared, 'a', 2)).toHaveLength(2);
  });

  it('ends a match after a character that folds to several ("ﬁ" is "fi")', () => {
    expect(found('the ﬁnal word', 'final')).toEqual(['ﬁnal']);
    expect(found('the ﬁnal word', 'f')).toEqual(['ﬁ']);
  });
});

describe('nearestMatch', () => {
  const matches = [
    { start: 5, end: 6 },
    { start: 20, end: 21 },
    { start: 40, end: 41 },
  ];
  it('picks the first match at or after the offset, wrapping to the first', () => {
    expect(nearestMatch(matches, 0)).toBe(0);
    expect(nearestMatch(matches, 20)).toBe(1);
    expect(nearestMatch(matches, 21)).toBe(2);
    expect(nearestMatch(matches, 99)).toBe(0);
    expect(nearestMatch([], 3)).toBe(0);
  });
});
