import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockIndexAt, canonicalizeText, findBlocks, looksLikeHeading } from './canonical';

const SAMPLE = readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../resources/sample/riyadh-ceasefire-talks.txt',
  ),
  'utf8',
);

describe('canonicalizeText', () => {
  it('treats each line as a paragraph when the file has no blank lines', () => {
    expect(canonicalizeText('One.\nTwo.\r\nThree.')).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('joins wrapped lines inside blank-line paragraphs', () => {
    expect(canonicalizeText('A line\nwrapped here.\n\n\n  Next\tpara.  \n')).toBe(
      'A line wrapped here.\n\nNext para.',
    );
  });

  it('removes control characters and zero-width marks, normalises to NFC', () => {
    expect(canonicalizeText('Cafe\u0301 \u0000said\u200B “yes”\u0007')).toBe('Café said “yes”');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const once = canonicalizeText(raw);
        expect(canonicalizeText(once)).toBe(once);
      }),
    );
  });
});

describe('findBlocks', () => {
  it('finds the sample article’s section headings', () => {
    const text = canonicalizeText(SAMPLE);
    const blocks = findBlocks(text);
    expect(blocks).toHaveLength(36);
    expect(
      blocks.filter((b) => b.kind === 'heading').map((b) => text.slice(b.start, b.end)),
    ).toEqual([
      'The Russian delegation',
      'The Ukrainian delegation',
      'Moscow’s position',
      'Kyiv’s position',
      'What’s next?',
    ]);
  });

  it('covers the text exactly with blank lines between blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 10 }),
        (lines) => {
          const text = canonicalizeText(lines.join('\n'));
          const blocks = findBlocks(text);
          expect(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n')).toBe(text);
          blocks.forEach((b, i) => expect(blockIndexAt(blocks, b.start)).toBe(i));
        },
      ),
    );
  });

  it.each([
    ['The Russian delegation', false, true],
    ['What’s next?', false, true],
    ['Maria Varenikova and Minho Kim contributed reporting.', false, false],
    ['A short closing line', true, false],
    ['He said:', false, false],
  ])('looksLikeHeading(%s) is %s', (line, isLast, expected) => {
    expect(looksLikeHeading(line, isLast)).toBe(expected);
  });
});
