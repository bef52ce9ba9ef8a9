import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../domain/schema';
import { findBlocks } from '../text/canonical';
import { ELLIPSIS, MAX_CONTEXT_SIDE, paragraphLookup, quoteContext, splitContext } from './context';

/** The context of the first occurrence of `exact` (after `after`), as [before, quote, after]. */
function contextOf(
  text: string,
  exact: string,
  after = '',
  cue = '',
): [string, string, string] | null {
  const start = text.indexOf(exact, after ? text.indexOf(after) : 0);
  if (start === -1) throw new Error(`not in the text: ${exact}`);
  const context = quoteContext(text, findBlocks(text), start, start + exact.length, cue);
  return context && splitContext(context);
}

describe('quoteContext', () => {
  const cases: { name: string; text: string; exact: string; want: [string, string, string] }[] = [
    {
      name: 'the sentence around a quote, not its neighbours',
      text: 'First one. Witkoff said the vote was "fair". Then he left.',
      exact: 'fair',
      want: ['Witkoff said the vote was "', 'fair', '".'],
    },
    {
      name: 'a quote that ends its sentence with the full stop inside the quotation marks',
      text: 'Before. “The discussion was productive,” he wrote. After that.',
      exact: 'The discussion was productive,',
      want: ['“', 'The discussion was productive,', '” he wrote.'],
    },
    {
      name: 'initials, titles and times do not end a sentence',
      text: 'Talks ended. Mr. Putin met U.S. officials at 5:30 p.m. Kyiv time, said Dmitri S. Peskov. Next.',
      exact: 'Kyiv time',
      want: ['Mr. Putin met U.S. officials at 5:30 p.m. ', 'Kyiv time', ', said Dmitri S. Peskov.'],
    },
    {
      name: 'a lower-case word after a full stop continues the sentence',
      text: 'He said. the talks "went well" overall. Done.',
      exact: 'went well',
      want: ['He said. the talks "', 'went well', '" overall.'],
    },
    {
      name: 'a quote over two sentences takes both',
      text: 'Intro. It was good. It was long. Outro.',
      exact: 'good. It was',
      want: ['It was ', 'good. It was', ' long.'],
    },
    {
      name: 'the paragraph bounds the context: no text from the paragraph before or after',
      text: 'Paragraph one ends without a stop\n\nIt starts here "and goes on" without a stop\n\nThree.',
      exact: 'and goes on',
      want: ['It starts here "', 'and goes on', '" without a stop'],
    },
    {
      name: 'a question or exclamation ends a sentence too',
      text: 'Why now? Nobody "knows" yet! Later.',
      exact: 'knows',
      want: ['Nobody "', 'knows', '" yet!'],
    },
  ];
  it.each(cases)('$name', ({ text, exact, want }) => {
    expect(contextOf(text, exact)).toEqual(want);
  });

  const attribution: {
    name: string;
    text: string;
    exact: string;
    cue?: string;
    want: [string, string, string];
  }[] = [
    {
      name: 'a partial quote keeps its own sentence, which carries the attribution',
      text: 'Talks went on. Mr. Witkoff told Fox News the vote was "fair" on Sunday. He left.',
      exact: 'fair',
      want: ['Mr. Witkoff told Fox News the vote was "', 'fair', '" on Sunday.'],
    },
    {
      name: 'a whole-sentence quote takes the "he said" sentence after it',
      text: 'Talks went on. “We are very close to a deal.” The rest can wait, he said. Then he left.',
      exact: 'We are very close to a deal.',
      want: ['“', 'We are very close to a deal.', '” The rest can wait, he said.'],
    },
    {
      name: 'a whole-sentence quote takes the sentence before that names the speaker',
      text: 'Mr. Witkoff told Fox News on Sunday that talks went well. “We are very close.” Next.',
      exact: 'We are very close.',
      want: [
        'Mr. Witkoff told Fox News on Sunday that talks went well. “',
        'We are very close.',
        '”',
      ],
    },
    {
      name: 'the sentence holding the cue wins over one that merely reports speech',
      text: 'Kyiv said nothing. “We are very close.” Mr. Witkoff told Fox News so on Sunday.',
      exact: 'We are very close.',
      cue: 'told Fox News',
      want: ['“', 'We are very close.', '” Mr. Witkoff told Fox News so on Sunday.'],
    },
    {
      name: 'a paragraph ending in a colon leads in the quote that is the next paragraph',
      text: 'Mr. Witkoff told Fox News on Sunday:\n\n“We are very close to a deal.”\n\nThen he left.',
      exact: 'We are very close to a deal.',
      want: ['Mr. Witkoff told Fox News on Sunday:\n\n“', 'We are very close to a deal.', '”'],
    },
    {
      name: 'a quote at a paragraph start takes the attribution after it, not the paragraph before',
      text: 'Talks said to be near an end.\n\n“We are close.” The envoy said so. Next.',
      exact: 'We are close.',
      want: ['“', 'We are close.', '” The envoy said so.'],
    },
    {
      name: 'a quote at a paragraph end takes the attribution before it, not the paragraph after',
      text: 'Intro. The envoy said on Sunday: talks go on. “We are close.”\n\nKyiv said no.',
      exact: 'We are close.',
      want: ['The envoy said on Sunday: talks go on. “', 'We are close.', '”'],
    },
    {
      name: 'a whole-sentence quote with no attribution nearby stays alone',
      text: 'Talks went on.\n\n“We are close.”\n\nThen the rain came.',
      exact: 'We are close.',
      want: ['“', 'We are close.', '”'],
    },
  ];
  it.each(attribution)('$name', ({ text, exact, cue, want }) => {
    expect(contextOf(text, exact, '', cue)).toEqual(want);
  });

  it('cuts a very long sentence at word edges with an ellipsis, never cutting the quote', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const text = `${words(200)} QUOTE HERE ${words(200)}.`;
    const [before, quote, after] = contextOf(text, 'QUOTE HERE')!;
    expect(quote).toBe('QUOTE HERE');
    expect(before.startsWith(ELLIPSIS)).toBe(true);
    expect(after.endsWith(ELLIPSIS)).toBe(true);
    expect(before.length).toBeLessThanOrEqual(MAX_CONTEXT_SIDE + 1);
    expect(after.length).toBeLessThanOrEqual(MAX_CONTEXT_SIDE + 1);
    expect(before).toMatch(/^…w\d+ /u);
    expect(after).toMatch(/ w\d+…$/u);
    expect(text).toContain(before.slice(1) + quote + after.slice(0, -1));
  });

  it('returns null for a span outside the text or empty', () => {
    expect(quoteContext('short', [], 2, 10)).toBeNull();
    expect(quoteContext('short', [], 3, 3)).toBeNull();
  });

  it('always holds the quote at its offsets and otherwise only text of the article', () => {
    const piece = fc.constantFrom(
      'word',
      'Mr.',
      'U.S.',
      'He',
      'said.',
      '“Yes,”',
      '?',
      '!',
      ' ',
      '\n\n',
      'é',
      '…',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 80 }).map((p) => p.join(' ')),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', 'said', 'He said'),
        (text, a, b, cue) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const context = quoteContext(text, findBlocks(text), start, end, cue);
          expect(context).not.toBeNull();
          const [before, quote, after] = splitContext(context!);
          expect(quote).toBe(text.slice(start, end));
          const plain = before.replace(/^…/u, '') + quote + after.replace(/…$/u, '');
          expect(text).toContain(plain);
        },
      ),
    );
  });
});

describe('paragraphLookup', () => {
  const blocks: Block[] = [
    { kind: 'paragraph', start: 0, end: 10 },
    { kind: 'heading', start: 12, end: 20 },
    { kind: 'paragraph', start: 22, end: 30 },
    { kind: 'paragraph', start: 32, end: 40 },
  ];
  const paragraphOf = paragraphLookup(blocks);

  it('numbers paragraphs from 1, skipping headings', () => {
    expect([0, 9, 22, 35, 39].map(paragraphOf)).toEqual([1, 1, 2, 3, 3]);
  });

  it('returns null in a heading, between blocks and outside the text', () => {
    expect([12, 10, 11, 40, 100, -1].map(paragraphOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('returns null for an article without blocks', () => {
    expect(paragraphLookup([])(0)).toBeNull();
  });
});
