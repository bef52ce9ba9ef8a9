import { describe, expect, it } from 'vitest';
import { documentSentences, sentencesIn } from './sentences';

const split = (text: string) => sentencesIn(text).map((r) => text.slice(r.start, r.end));

describe('sentencesIn', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['Trailing words without a stop', ['Trailing words without a stop']],
    ['  Padded.   Around.  ', ['Padded.', 'Around.']],
    ['Mr. Putin spoke. He left.', ['Mr. Putin spoke.', 'He left.']],
    [
      'Talks with U.S. officials began. Then more.',
      ['Talks with U.S. officials began.', 'Then more.'],
    ],
    [
      'They met at 5:30 p.m. Kyiv time. It ended.',
      ['They met at 5:30 p.m. Kyiv time.', 'It ended.'],
    ],
    ['President Vladimir V. Putin said so. Yes.', ['President Vladimir V. Putin said so.', 'Yes.']],
    ['Dr. Smith and Mrs. Jones came. They sat.', ['Dr. Smith and Mrs. Jones came.', 'They sat.']],
    ['He said, “We are ready.” Then he left.', ['He said, “We are ready.”', 'Then he left.']],
    ['“Why?” she asked. Nobody knew.', ['“Why?” she asked.', 'Nobody knew.']],
    ['Wait... what? Really?!', ['Wait... what?', 'Really?!']],
    ['It cost 3.5 billion. Prices rose.', ['It cost 3.5 billion.', 'Prices rose.']],
    ['(A note in brackets.) Next one.', ['(A note in brackets.)', 'Next one.']],
    ['Energy is the key. 30 days is the goal.', ['Energy is the key.', '30 days is the goal.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('finds none in empty or blank text', () => {
    expect(sentencesIn('')).toEqual([]);
    expect(sentencesIn('   \n ')).toEqual([]);
  });

  it('keeps to the range it is given', () => {
    const text = 'Before. Inside one. Inside two. After.';
    const from = text.indexOf('Inside');
    const to = text.indexOf(' After');
    expect(sentencesIn(text, from, to).map((r) => text.slice(r.start, r.end))).toEqual([
      'Inside one.',
      'Inside two.',
    ]);
  });
});

describe('documentSentences', () => {
  it('ends a sentence at every block boundary', () => {
    const text = 'A heading\n\nFirst sentence. Second one\n\nLast.';
    const blocks = [
      { start: 0, end: 9 },
      { start: 11, end: 37 },
      { start: 39, end: 44 },
    ];
    expect(documentSentences(text, blocks).map((r) => text.slice(r.start, r.end))).toEqual([
      'A heading',
      'First sentence.',
      'Second one',
      'Last.',
    ]);
  });
});
