// Where a keyboard selection command moves the reader's selection, as text offsets: select the
// sentence or paragraph at the caret, step to the next or previous sentence, grow or shrink the
// selection's end by a word. Pure, so the reader only has to turn the answer into a DOM range.
import { documentSentences } from './sentences';
import type { TextRange } from './sentences';

export type SelectionMove =
  'sentence' | 'nextSentence' | 'previousSentence' | 'paragraph' | 'extendWord' | 'shrinkWord';

export interface SelectionContext {
  text: string;
  blocks: readonly { start: number; end: number }[];
  /** The current selection, or null when nothing is selected. */
  selection: TextRange | null;
  /** Where to start when nothing is selected: the caret, or the first text in view. */
  anchor: number;
}

/** The first range that ends after `offset` (the one holding it, or the next); else the last. */
function rangeAt(ranges: readonly TextRange[], offset: number): TextRange | null {
  return ranges.find((r) => r.end > offset) ?? ranges[ranges.length - 1] ?? null;
}

const SPACE = /\s/;

function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): T | null {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i]!;
  return null;
}

/**
 * The selection after `move`, or null when there is nowhere to go (no sentence after the last,
 * nothing left to shrink, an empty article).
 */
export function moveSelection(move: SelectionMove, context: SelectionContext): TextRange | null {
  const { text, blocks, selection, anchor } = context;
  const from = selection?.start ?? anchor;
  switch (move) {
    case 'sentence':
      return rangeAt(documentSentences(text, blocks), from);
    case 'nextSentence': {
      const sentences = documentSentences(text, blocks);
      if (!selection) return rangeAt(sentences, anchor);
      return sentences.find((s) => s.start >= selection.end) ?? null;
    }
    case 'previousSentence': {
      const sentences = documentSentences(text, blocks);
      if (!selection) return rangeAt(sentences, anchor);
      return lastWhere(sentences, (s) => s.end <= selection.start);
    }
    case 'paragraph': {
      const block = rangeAt(blocks, from);
      return block && block.end > block.start ? { start: block.start, end: block.end } : null;
    }
    case 'extendWord': {
      if (!selection) return wordAt(text, anchor);
      let end = selection.end;
      while (end < text.length && SPACE.test(text[end]!)) end++;
      while (end < text.length && !SPACE.test(text[end]!)) end++;
      return end > selection.end ? { start: selection.start, end } : null;
    }
    case 'shrinkWord': {
      if (!selection) return null;
      let end = selection.end;
      while (end > selection.start && SPACE.test(text[end - 1]!)) end--;
      while (end > selection.start && !SPACE.test(text[end - 1]!)) end--;
      while (end > selection.start && SPACE.test(text[end - 1]!)) end--;
      return end > selection.start ? { start: selection.start, end } : null;
    }
    default: {
      const unknown: never = move;
      throw new Error(`Unknown selection move: ${String(unknown)}`);
    }
  }
}

/** The word (run of non-space) at or after `offset`, or null when only whitespace follows. */
function wordAt(text: string, offset: number): TextRange | null {
  let start = offset;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  while (start < text.length && SPACE.test(text[start]!)) start++;
  let end = start;
  while (end < text.length && !SPACE.test(text[end]!)) end++;
  return end > start ? { start, end } : null;
}
