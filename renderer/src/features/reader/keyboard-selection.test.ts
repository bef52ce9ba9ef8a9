import { describe, expect, it } from 'vitest';
import { moveSelection } from './keyboard-selection';
import type { SelectionMove } from './keyboard-selection';

// Two blocks: a paragraph of two sentences and one of a single sentence.
const TEXT = 'Mr. Umerov spoke first. “It went well,” he said.\n\nThe Russians follow on Monday.';
const BLOCKS = [
  { start: 0, end: TEXT.indexOf('\n') },
  { start: TEXT.indexOf('The'), end: TEXT.length },
];

const at = (words: string) => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length };
};

function move(kind: SelectionMove, selection: string | null, anchor = 0): string | null {
  const next = moveSelection(kind, {
    text: TEXT,
    blocks: BLOCKS,
    selection: selection === null ? null : at(selection),
    anchor,
  });
  return next && TEXT.slice(next.start, next.end);
}

describe('moveSelection', () => {
  it.each<[SelectionMove, string | null, number, string | null]>([
    ['sentence', null, 0, 'Mr. Umerov spoke first.'],
    ['sentence', null, TEXT.indexOf('went'), '“It went well,” he said.'],
    // A caret between sentences takes the next one.
    ['sentence', null, TEXT.indexOf(' “It'), '“It went well,” he said.'],
    ['sentence', 'spoke', 0, 'Mr. Umerov spoke first.'],
    ['nextSentence', 'Mr. Umerov spoke first.', 0, '“It went well,” he said.'],
    ['nextSentence', '“It went well,” he said.', 0, 'The Russians follow on Monday.'],
    ['nextSentence', 'Umerov', 0, '“It went well,” he said.'],
    ['nextSentence', 'The Russians follow on Monday.', 0, null],
    ['nextSentence', null, TEXT.indexOf('Russians'), 'The Russians follow on Monday.'],
    ['previousSentence', 'The Russians follow on Monday.', 0, '“It went well,” he said.'],
    ['previousSentence', 'Mr. Umerov spoke first.', 0, null],
    ['paragraph', 'went', 0, 'Mr. Umerov spoke first. “It went well,” he said.'],
    ['paragraph', null, TEXT.indexOf('Monday'), 'The Russians follow on Monday.'],
    ['extendWord', 'Mr. Umerov', 0, 'Mr. Umerov spoke'],
    ['extendWord', '“It', 0, '“It went'],
    ['extendWord', '“It went', 0, '“It went well,”'],
    // Across the paragraph break.
    ['extendWord', 'he said.', 0, 'he said.\n\nThe'],
    ['extendWord', 'Monday.', 0, null],
    ['extendWord', null, TEXT.indexOf('mero'), 'Umerov'],
    ['shrinkWord', 'Mr. Umerov spoke first.', 0, 'Mr. Umerov spoke'],
    ['shrinkWord', 'Mr. Umerov ', 0, 'Mr.'],
    ['shrinkWord', 'Umerov', 0, null],
    ['shrinkWord', null, 0, null],
  ])('%s from %j (anchor %d) gives %j', (kind, selection, anchor, expected) => {
    expect(move(kind, selection, anchor)).toBe(expected);
  });

  it('finds nothing in an empty article', () => {
    const empty = { text: '', blocks: [], selection: null, anchor: 0 };
    expect(moveSelection('sentence', empty)).toBeNull();
    expect(moveSelection('paragraph', empty)).toBeNull();
    expect(moveSelection('extendWord', empty)).toBeNull();
  });
});
