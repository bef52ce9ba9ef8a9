// Reading order and running heads on synthetic pages: where the gutter is, how full-width lines
// split the columns into bands, and which edge lines are page furniture.
import { describe, expect, it } from 'vitest';
import { dropFurniture, isPageNumber } from './pdf-furniture';
import type { Fragment, PageItem } from './pdf-layout';
import { findGutter, fragmentsOf, readingOrder } from './pdf-layout';

const item = (text: string, x: number, y: number, size = 10): PageItem => ({
  text,
  x,
  y,
  size,
  width: text.length * size * 0.5,
});
const frag = (text: string, x0: number, x1: number, y: number, size = 10): Fragment => ({
  text,
  x0,
  x1,
  y,
  size,
});

/** Rows of two columns (left at x 72, right at x 320), from `top` down. */
function twoColumns(rows: number, top: number): Fragment[] {
  const out: Fragment[] = [];
  for (let i = 0; i < rows; i++) {
    out.push(frag(`L${i}`, 72, 290, top - i * 13));
    out.push(frag(`R${i}`, 320, 540, top - i * 13 - 2));
  }
  return out;
}

describe('fragmentsOf', () => {
  it('joins items on a baseline, spacing them, and splits at wide gaps', () => {
    const fragments = fragmentsOf([
      item('Hello', 72, 700),
      item('world', 72 + 25 + 3, 700),
      item('column two', 320, 700.5),
      item('next line', 72, 687),
    ]);
    expect(fragments.map((f) => f.text)).toEqual(['Hello world', 'column two', 'next line']);
  });

  it('spaces words that pdf.js separated by a whitespace item, however close', () => {
    const [line] = fragmentsOf([
      item('close', 72, 700),
      item(' ', 97, 700),
      item('words', 97.5, 700),
    ]);
    expect(line!.text).toBe('close words');
  });

  it('keeps a superscript on its line, sized as the line', () => {
    const [line] = fragmentsOf([
      item('said', 72, 700),
      item('1', 92, 703.5, 6),
      item(' later', 95, 700),
    ]);
    expect(line).toMatchObject({ text: 'said1 later', size: 10, y: 700 });
  });

  it('drops a duplicate print of the same text (fake bold)', () => {
    const fragments = fragmentsOf([item('Bold', 72, 700), item('Bold', 72.3, 700)]);
    expect(fragments.map((f) => f.text)).toEqual(['Bold']);
  });
});

describe('findGutter and readingOrder', () => {
  it('finds the gutter of two columns, with a headline across both', () => {
    const page = [frag('Headline across the page', 72, 540, 720, 18), ...twoColumns(10, 690)];
    expect(findGutter(page)?.mid).toBeGreaterThan(290);
    expect(findGutter(page)?.mid).toBeLessThan(320);
    const order = readingOrder(page).map((l) => l.text);
    expect(order).toEqual([
      'Headline across the page',
      ...Array.from({ length: 10 }, (_, i) => `L${i}`),
      ...Array.from({ length: 10 }, (_, i) => `R${i}`),
    ]);
  });

  it('reads bands: columns above a full-width line, then the line, then columns below', () => {
    const page = [
      ...twoColumns(4, 700),
      frag('A full-width break', 72, 540, 640),
      ...twoColumns(4, 620),
    ];
    const order = readingOrder(page).map((l) => l.text);
    expect(order).toEqual([
      'L0',
      'L1',
      'L2',
      'L3',
      'R0',
      'R1',
      'R2',
      'R3',
      'A full-width break',
      'L0',
      'L1',
      'L2',
      'L3',
      'R0',
      'R1',
      'R2',
      'R3',
    ]);
  });

  it('finds no gutter in one column with a centred heading and short lines', () => {
    const page = [
      frag('Centred heading', 250, 360, 720, 14),
      ...Array.from({ length: 12 }, (_, i) =>
        frag(`Line ${i}`, 72, i % 3 === 2 ? 200 : 540, 700 - i * 13),
      ),
    ];
    expect(findGutter(page)).toBeNull();
    expect(readingOrder(page).map((l) => l.text)[0]).toBe('Centred heading');
  });
});

describe('dropFurniture', () => {
  const page = (n: number, body: string[]): { height: number; fragments: Fragment[] } => ({
    height: 792,
    fragments: [
      frag('The Sample Times — March 23, 2025', 72, 230, 756, 9),
      ...body.map((text, i) => frag(text, 72, 540, 720 - i * 13)),
      frag(`Page ${n} of 3`, 280, 330, 40, 9),
    ],
  });

  it('drops heads repeated at the same height and page numbers, keeping the body', () => {
    const { pages, dropped } = dropFurniture([
      page(1, ['First page starts', 'more']),
      page(2, ['Second page starts', 'more']),
      page(3, ['Third page starts', 'more']),
    ]);
    expect(dropped).toBe(6);
    expect(pages.map((p) => p.map((f) => f.text))).toEqual([
      ['First page starts', 'more'],
      ['Second page starts', 'more'],
      ['Third page starts', 'more'],
    ]);
  });

  it('drops a lone page number even on a single page, but not repeated body text mid-page', () => {
    const single = dropFurniture([
      {
        height: 792,
        fragments: [
          frag('Text', 72, 540, 700),
          frag('Quote', 72, 540, 400),
          frag('7', 300, 306, 40),
        ],
      },
    ]);
    expect(single.pages[0]!.map((f) => f.text)).toEqual(['Text', 'Quote']);
  });

  it.each([
    ['3', true],
    ['- 3 -', true],
    ['Page 3', true],
    ['Page 3 of 10', true],
    ['3 / 10', true],
    ['xiv', true],
    ['I', false],
    ['2025 talks', false],
    ['Page three', false],
  ])('isPageNumber(%j) is %s', (text, expected) => {
    expect(isPageNumber(text)).toBe(expected);
  });
});
