// Paragraphs from positioned lines: each rule that starts a block, on small synthetic pages
// (10 pt text, 5 pt a character, on 13 pt leading, in a column from x 72 to x 540).
import { describe, expect, it } from 'vitest';
import type { DocLine } from './pdf-paragraphs';
import { blocksOf } from './pdf-paragraphs';

/** A line whose width follows its length, as in a ragged-right column. */
function line(text: string, y: number, options: Partial<DocLine> = {}): DocLine {
  const x0 = options.x0 ?? 72;
  const size = options.size ?? 10;
  return {
    text,
    x0,
    x1: x0 + text.length * size * 0.5,
    y,
    size,
    page: 1,
    column: 0,
    left: 72,
    right: 540,
    ...options,
  };
}

/** A full line (93 characters, 465 pt) starting with `start`. */
const full = (start: string) => `${start} ${'lorem ipsum '.repeat(8)}`.slice(0, 93).trimEnd();

const texts = (lines: DocLine[]) =>
  blocksOf(lines).map((b) => [b.kind, b.text.slice(0, 40), b.page]);

describe('blocksOf', () => {
  it('splits at a gap wider than the leading and joins lines inside a paragraph', () => {
    const blocks = blocksOf([
      line(full('One'), 700),
      line('one end.', 687),
      line(full('Two'), 667),
      line('two.', 654),
    ]);
    expect(blocks.map((b) => b.text.replace(/lorem|ipsum|\s+/g, ''))).toEqual([
      'Oneoneend.',
      'Twotwo.',
    ]);
  });

  it('splits at a first-line indent, and after a line that stops short', () => {
    expect(
      texts([
        line(full('First'), 700),
        line('ends here.', 687),
        line(full('Second'), 674),
        line(full('still second'), 661),
        line(full('Third, indented').slice(0, 90), 648, { x0: 84 }),
        line(full('third'), 635),
      ]),
    ).toEqual([
      ['paragraph', 'First lorem ipsum lorem ipsum lorem ipsu', 1],
      ['paragraph', 'Second lorem ipsum lorem ipsum lorem ips', 1],
      ['paragraph', 'Third, indented lorem ipsum lorem ipsum ', 1],
    ]);
  });

  it('makes larger lines headings, merging a two-line headline', () => {
    expect(
      texts([
        line('A long headline', 740, { size: 18 }),
        line('on two lines', 718, { size: 18 }),
        line(full('Body'), 690),
        line(full('body'), 677),
      ]),
    ).toEqual([
      ['heading', 'A long headline on two lines', 1],
      ['paragraph', 'Body lorem ipsum lorem ipsum lorem ipsum', 1],
    ]);
  });

  it('reads bullets as list items whose second line hangs under the text', () => {
    expect(
      texts([
        line(`• ${full('First item')}`.slice(0, 93), 700),
        line('onto a second line.', 687, { x0: 84 }),
        line('• Second item.', 674),
        line(full('Body text after the list'), 654),
      ]),
    ).toEqual([
      ['list-item', 'First item lorem ipsum lorem ipsum lorem', 1],
      ['list-item', 'Second item.', 1],
      ['paragraph', 'Body text after the list lorem ipsum lor', 1],
    ]);
  });

  it('runs a paragraph on across a page break, undoing the hyphen there', () => {
    const lines = [
      line(`${full('Page one')}`.slice(0, 84) + ' negoti-', 72),
      line('ations went on.', 700, { page: 2 }),
      line(full('Next'), 680, { page: 2 }),
    ];
    const blocks = blocksOf(lines);
    expect(blocks.map((b) => b.page)).toEqual([1, 2]);
    expect(blocks[0]!.text).toMatch(/ negotiations went on\.$/);
  });

  it('ends a paragraph at a column that stopped a sentence with room to spare', () => {
    const pageTwo = [124, 111, 98, 85, 72].map((y) => line(full('Page two'), y, { page: 2 }));
    const blocks = blocksOf([line(full('Page one ends.').slice(0, 92) + '.', 200), ...pageTwo]);
    expect(blocks.map((b) => b.page)).toEqual([1, 2]);
  });

  it('runs on when the column was full to the bottom', () => {
    const pageOne = [98, 85, 72].map((y) => line(`${full('Page one')}`.slice(0, 92) + '.', y));
    const blocks = blocksOf([...pageOne, line(full('Page two'), 700, { page: 2 })]);
    expect(blocks.map((b) => b.page)).toEqual([1]);
  });
});
