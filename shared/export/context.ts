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
const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || (ch !== undefined && /\s/.test(ch));

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

/** The index of the last item with key(item) <= offset, or -1 (items sorted by key). */
function lastAtOrBefore<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/**
 * A context finder for one article: its sentence ends are found once, so each quote of a large
 * workspace costs two binary searches. The finder behaves exactly as quoteContext.
 */
export function contextFinder(
  text: string,
  blocks: readonly Block[],
): (start: number, end: number) => QuoteContext | null {
  const ranges: Block[] =
    blocks.length > 0 ? [...blocks] : [{ kind: 'paragraph', start: 0, end: text.length }];
  // Offsets of the whitespace that ends each sentence, in text order.
  const ends: number[] = [];
  for (const block of ranges) {
    for (let at = block.start; at < block.end; at++) {
      if (endsSentence(text, at, block.start)) ends.push(at);
    }
  }
  const whole: Block = { kind: 'paragraph', start: 0, end: text.length };
  const blockAround = (offset: number): Block => {
    const block = ranges[lastAtOrBefore(ranges, offset, (b) => b.start)];
    return block && offset < block.end ? block : whole;
  };
  const id = (n: number) => n;

  return (start, end) => {
    if (start < 0 || end <= start || end > text.length) return null;
    const first = blockAround(start);
    const last = blockAround(end - 1);
    const before = ends[lastAtOrBefore(ends, start - 1, id)];
    let from = before !== undefined && before >= first.start ? before + 1 : first.start;
    while (from < start && isSpace(text[from])) from++;
    const after = ends[lastAtOrBefore(ends, Math.max(end, last.start) - 1, id) + 1];
    let to = after !== undefined && after < last.end ? after : last.end;

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
  };
}

/**
 * The sentence or sentences holding text[start, end), within the paragraphs the quote touches,
 * with the quote's offsets inside the returned text. A sentence longer than MAX_CONTEXT_SIDE
 * characters on either side of the quote is cut at a word edge and marked with an ellipsis; the
 * quote itself is never cut. Null when the span does not lie inside the text. For many quotes of
 * one article, contextFinder does the same work once.
 */
export function quoteContext(
  text: string,
  blocks: readonly Block[],
  start: number,
  end: number,
): QuoteContext | null {
  return contextFinder(text, blocks)(start, end);
}

/** The context as [before, quote, after], for formats that style the quote differently. */
export function splitContext(context: QuoteContext): [string, string, string] {
  const { text, quoteStart, quoteEnd } = context;
  return [text.slice(0, quoteStart), text.slice(quoteStart, quoteEnd), text.slice(quoteEnd)];
}
