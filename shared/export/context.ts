// Where a quote sits in its article, for exports: the paragraph number a reader can find it by,
// and the sentence around it with the quote's offsets, so a format can emphasise the quote.
import type { Block } from '../domain/schema';

/** The sentence(s) around a quote; text.slice(quoteStart, quoteEnd) is the quote itself. */
export interface QuoteContext {
  text: string;
  quoteStart: number;
  quoteEnd: number;
}

/** Context kept on each side of a quote inside a very long sentence, in characters. */
export const MAX_CONTEXT_SIDE = 300;
export const ELLIPSIS = '…';

/**
 * A lookup from an offset to the 1-based number of the paragraph holding it, counting paragraph
 * blocks only (headings are not numbered). The lookup returns null for an offset in a heading,
 * between blocks or outside the text. Blocks are in text order, so each lookup is a binary search.
 */
export function paragraphLookup(blocks: readonly Block[]): (offset: number) => number | null {
  const numbers: (number | null)[] = [];
  let count = 0;
  for (const block of blocks) numbers.push(block.kind === 'paragraph' ? ++count : null);
  return (offset) => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = blocks[mid]!;
      if (offset < block.start) hi = mid - 1;
      else if (offset >= block.end) lo = mid + 1;
      else return numbers[mid] ?? null;
    }
    return null;
  };
}

// Words whose full stop does not end a sentence: initials ("V", "U.S", "p.m"), titles, months.
const ABBREVIATION =
  /^(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const TERMINATORS = '.!?…';
// Closing quotation marks and brackets that may follow the full stop inside a sentence.
const CLOSERS = '"\'”’)]»';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * Whether whitespace at `at` ends a sentence: it follows a terminator (and any closing quotes
 * or brackets), the terminator is not the full stop of an abbreviation, and what follows does
 * not start in lower case ("U.S. officials" or "… said. he" are read as one sentence).
 */
function endsSentence(text: string, at: number, from: number): boolean {
  if (!isSpace(text[at])) return false;
  let i = at - 1;
  while (i >= from && CLOSERS.includes(text[i]!)) i--;
  if (i < from || !TERMINATORS.includes(text[i]!)) return false;
  let next = at;
  while (isSpace(text[next])) next++;
  const following = text[next];
  if (following !== undefined && following !== following.toUpperCase()) return false;
  if (text[i] !== '.') return true;
  let w = i;
  while (w > from && !isSpace(text[w - 1])) w--;
  const word = text.slice(w, i).replace(/^[("'“‘[]+/, '');
  return !ABBREVIATION.test(word);
}

/** The block holding `offset`, or the whole text when the blocks do not cover it. */
function blockAround(blocks: readonly Block[], length: number, offset: number): Block {
  for (const block of blocks) if (offset >= block.start && offset < block.end) return block;
  return { kind: 'paragraph', start: 0, end: length };
}

/**
 * The sentence or sentences holding text[start, end), within the paragraphs the quote touches,
 * with the quote's offsets inside the returned text. A sentence longer than MAX_CONTEXT_SIDE
 * characters on either side of the quote is cut at a word edge and marked with an ellipsis; the
 * quote itself is never cut. Null when the span does not lie inside the text.
 */
export function quoteContext(
  text: string,
  blocks: readonly Block[],
  start: number,
  end: number,
): QuoteContext | null {
  if (start < 0 || end <= start || end > text.length) return null;
  const first = blockAround(blocks, text.length, start);
  const last = blockAround(blocks, text.length, end - 1);

  let from = first.start;
  for (let at = start - 1; at >= first.start; at--) {
    if (endsSentence(text, at, first.start)) {
      from = at + 1;
      break;
    }
  }
  while (from < start && isSpace(text[from])) from++;

  let to = last.end;
  for (let at = Math.max(end, last.start); at < last.end; at++) {
    if (endsSentence(text, at, last.start)) {
      to = at;
      break;
    }
  }

  let prefix = '';
  let suffix = '';
  if (start - from > MAX_CONTEXT_SIDE) {
    const cut = text.indexOf(' ', start - MAX_CONTEXT_SIDE);
    if (cut !== -1 && cut < start) {
      from = cut + 1;
      prefix = ELLIPSIS;
    }
  }
  if (to - end > MAX_CONTEXT_SIDE) {
    const cut = text.lastIndexOf(' ', end + MAX_CONTEXT_SIDE);
    if (cut >= end) {
      to = cut;
      suffix = ELLIPSIS;
    }
  }
  return {
    text: prefix + text.slice(from, to) + suffix,
    quoteStart: prefix.length + start - from,
    quoteEnd: prefix.length + end - from,
  };
}

/** The context as [before, quote, after], for formats that style the quote differently. */
export function splitContext(context: QuoteContext): [string, string, string] {
  const { text, quoteStart, quoteEnd } = context;
  return [text.slice(0, quoteStart), text.slice(quoteStart, quoteEnd), text.slice(quoteEnd)];
}
