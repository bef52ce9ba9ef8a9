// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { caretOffset, offsetsToRange, selectionToOffsets } from './selection-offsets';

// Canonical text "Hello brave world.\n\nNext one." rendered as the reader renders it: each
// block holds <span data-offset> runs, one marked, and the gap between blocks has no run.
const TEXT = 'Hello brave world.\n\nNext one.';
let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML =
    '<article><header><h1>Title</h1></header>' +
    '<p data-block="0"><span data-offset="0">Hello </span>' +
    '<mark data-offset="6">brave</mark><span data-offset="11"> world.</span></p>' +
    '<p data-block="1"><span data-offset="20">Next one.</span></p></article>';
  root = document.querySelector('article')!;
});

function roundTrip(start: number, end: number) {
  const range = offsetsToRange(root, start, end);
  if (!range) return null;
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return { text: range.toString(), offsets: selectionToOffsets(root, selection, TEXT.length) };
}

describe('offsetsToRange', () => {
  it.each([
    [0, 5, 'Hello'],
    [6, 11, 'brave'],
    [3, 14, 'lo brave wo'],
    [0, 18, 'Hello brave world.'],
    [20, 29, 'Next one.'],
  ])('[%d, %d) selects %j and maps back to the same offsets', (start, end, text) => {
    expect(roundTrip(start, end)).toEqual({ text, offsets: { start, end } });
  });

  it('covers both blocks for a range across the gap between them', () => {
    expect(roundTrip(12, 24)?.text).toBe('world.Next');
  });

  it('moves ends in the gap between blocks to the nearest rendered text', () => {
    expect(offsetsToRange(root, 18, 24)?.toString()).toBe('Next');
    expect(offsetsToRange(root, 12, 19)?.toString()).toBe('world.');
  });

  it('is null for a range with no rendered text', () => {
    expect(offsetsToRange(root, 18, 20)).toBeNull();
    expect(offsetsToRange(root, 40, 50)).toBeNull();
  });
});

describe('caretOffset', () => {
  it('gives the offset of a caret in the article', () => {
    const selection = window.getSelection()!;
    selection.collapse(root.querySelector('mark')!.firstChild, 2);
    expect(caretOffset(root, selection, TEXT.length)).toBe(8);
  });

  it('is null for a range or a caret outside the article', () => {
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(offsetsToRange(root, 0, 5)!);
    expect(caretOffset(root, selection, TEXT.length)).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    selection.collapse(outside.firstChild, 1);
    expect(caretOffset(root, selection, TEXT.length)).toBeNull();
  });
});
