// Quotation marks of every style are paired, apostrophes are not taken for marks, and a
// quotation may run through paragraphs the way newspapers write it.
import { describe, expect, it } from 'vitest';
import { findParagraphs } from './paragraphs';
import { scanQuoteMarks } from './quote-marks';

/** The quoted words of each top-level quotation. */
function quoted(text: string): string[] {
  return scanQuoteMarks(text, findParagraphs(text)).map((q) => text.slice(q.openEnd, q.close));
}

describe('scanQuoteMarks', () => {
  it.each([
    [
      'curly double',
      'The minister said: “We will not raise taxes.” Then she left.',
      ['We will not raise taxes.'],
    ],
    ['straight double', 'He said "the talks failed" and left.', ['the talks failed']],
    ['German „…“', '„Wir schaffen das“, sagte die Kanzlerin.', ['Wir schaffen das']],
    ['Polish „…”', 'Premier powiedział: „To jest nasz obowiązek”.', ['To jest nasz obowiązek']],
    [
      'French « … »',
      'Le ministre a déclaré : « Nous ne céderons pas ».',
      [' Nous ne céderons pas '],
    ],
    ['Danish »…«', 'Hun sagde: »Vi er klar«, og gik.', ['Vi er klar']],
    ['single guillemets ‹…›', 'Er sagte: ‹Morgen›.', ['Morgen']],
    [
      'corner brackets 「…」 with 『…』 inside',
      '彼は「『はい』と言った」と話した。',
      ['『はい』と言った'],
    ],
    [
      'British single quotes',
      '‘We won’t back down,’ the union leader said.',
      ['We won’t back down,'],
    ],
    ['straight single quotes', "The sign read 'No entry' in red letters.", ['No entry']],
    ['backtick pairs', "`` I say brains, not oil. '' he said.", [' I say brains, not oil. ']],
  ])('pairs %s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('keeps a single-quoted phrase inside a double-quoted quotation as part of it', () => {
    const text = '“They told us ‘wait’ and we waited,” he said.';
    expect(quoted(text)).toEqual(['They told us ‘wait’ and we waited,']);
  });

  it('does not take apostrophes for quotation marks', () => {
    const text =
      "The workers’ union said the ’90s were different, and it’s not over. Rock 'n' roll.";
    expect(quoted(text)).toEqual(['n']);
  });

  it('runs a quotation through paragraphs when the next paragraph opens with the same mark', () => {
    const text =
      '“We lost the harvest,” she said. “We lost the barn.\n\n“And then we lost the house.”\n\nThe end.';
    expect(quoted(text)).toEqual([
      'We lost the harvest,',
      'We lost the barn.\n\n“And then we lost the house.',
    ]);
    const marks = scanQuoteMarks(text, findParagraphs(text));
    expect(marks[1]!.paragraphs).toBe(2);
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const text = 'He insisted that "no two cases are alike.\n\nThe court disagreed.';
    const marks = scanQuoteMarks(text, findParagraphs(text));
    expect(marks).toHaveLength(1);
    expect(marks[0]!.closed).toBe(false);
    expect(text.slice(marks[0]!.openEnd, marks[0]!.close)).toBe('no two cases are alike.');
  });

  it('keeps the closed quotations inside an opening mark that never closes', () => {
    const text = 'A stray “ mark, then “a real quote,” she said.';
    expect(quoted(text)).toEqual(['a real quote,']);
  });

  it('ignores stray closing marks and inch marks', () => {
    expect(quoted('A 12" record,” and then “yes,” he said.')).toEqual(['yes,']);
  });

  it('finds nothing in text without quotation marks', () => {
    expect(quoted('No quotes here. None at all.')).toEqual([]);
  });
});
