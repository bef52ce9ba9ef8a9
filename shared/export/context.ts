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

// Words that report speech: a sentence holding one is taken to carry a quote's attribution.
// (Verbs that are also common nouns, "states" or "notes", are left out.)
const SPEECH =
  /\b(?:say|says|said|saying|tell|tells|told|adds|added|writes|wrote|stated|asked|noted|explained|insisted|argued|declared|claimed|announced|warned|according to)\b/i;
const WORDY = /[\p{L}\p{N}]/u;

/** Whether the sentence(s) text[from, to) hold nothing but the quote and punctuation around it. */
const quoteFills = (text: string, from: number, to: number, start: number, end: number) =>
  !WORDY.test(text.slice(from, start)) && !WORDY.test(text.slice(end, to));

/**
 * Of the sentences next to a quote that fills its own, the one that says who spoke, or null: a
 * sentence before that ends in a colon ("Mr. Witkoff told Fox News:"), then one holding the
 * quote's cue ("told Fox News"), then one with a word of speech ("…, he said."); the sentence
 * before is preferred at each step, as the attribution usually leads.
 */
function attributionSentence(
  text: string,
  previous: Range | null,
  next: Range | null,
  cue: string,
): Range | null {
  const said = (r: Range | null) => (r ? text.slice(r.start, r.end) : '');
  if (/:\s*$/.test(said(previous))) return previous;
  const wanted = cue.trim().toLowerCase();
  if (wanted !== '') {
    for (const r of [previous, next]) if (said(r).toLowerCase().includes(wanted)) return r;
  }
  for (const r of [previous, next]) if (SPEECH.test(said(r))) return r;
  return null;
}

interface Range {
  start: number;
  end: number;
}

/**
 * A context finder for one article: its sentence ends are found once, so each quote of a large
 * workspace costs a few binary searches. The finder behaves exactly as quoteContext.
 */
export function contextFinder(
  text: string,
  blocks: readonly Block[],
): (start: number, end: number, cue?: string) => QuoteContext | null {
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
  const blockIndex = (offset: number): number => {
    const index = lastAtOrBefore(ranges, offset, (b) => b.start);
    const block = ranges[index];
    return block && offset < block.end ? index : -1;
  };
  const id = (n: number) => n;
  const skipSpace = (at: number, limit: number) => {
    while (at < limit && isSpace(text[at])) at++;
    return at;
  };
  const trimEnd = (from: number, to: number) => {
    while (to > from && isSpace(text[to - 1])) to--;
    return to;
  };
  /** The sentence ending at `endAt` (exclusive: its ending whitespace or the block's end). */
  const sentenceBefore = (endAt: number, block: Block): Range | null => {
    const previous = ends[lastAtOrBefore(ends, endAt - 1, id)];
    const start = skipSpace(
      previous !== undefined && previous >= block.start ? previous + 1 : block.start,
      endAt,
    );
    const end = trimEnd(start, endAt);
    return end > start ? { start, end } : null;
  };
  /** The sentence starting after the whitespace at `at`, inside the block; null if empty. */
  const sentenceAfter = (at: number, block: Block): Range | null => {
    const start = skipSpace(at, block.end);
    const following = ends[lastAtOrBefore(ends, start, id) + 1];
    const end = trimEnd(
      start,
      following !== undefined && following < block.end ? following : block.end,
    );
    return end > start ? { start, end } : null;
  };

  /** The last sentence of the paragraph before block `index` when it ends in a colon, or null. */
  const leadIn = (index: number): Range | null => {
    const earlier = index > 0 ? ranges[index - 1] : undefined;
    const sentence = earlier ? sentenceBefore(earlier.end, earlier) : null;
    return sentence && text[sentence.end - 1] === ':' ? sentence : null;
  };

  return (start, end, cue = '') => {
    if (start < 0 || end <= start || end > text.length) return null;
    const firstIndex = blockIndex(start);
    const first = ranges[firstIndex] ?? whole;
    const last = ranges[blockIndex(end - 1)] ?? whole;
    const before = ends[lastAtOrBefore(ends, start - 1, id)];
    let from = before !== undefined && before >= first.start ? before + 1 : first.start;
    while (from < start && isSpace(text[from])) from++;
    const after = ends[lastAtOrBefore(ends, Math.max(end, last.start) - 1, id) + 1];
    let to = after !== undefined && after < last.end ? after : last.end;

    // A quote that is its whole sentence says nothing of who spoke: add the sentence next to it
    // that does, in the same paragraph, or the paragraph before when that one ends in a colon.
    if (quoteFills(text, from, to, start, end)) {
      const previous =
        before !== undefined && before >= first.start
          ? sentenceBefore(before, first)
          : leadIn(firstIndex);
      const next = to < last.end ? sentenceAfter(to, last) : null;
      const carrier = attributionSentence(text, previous, next, cue);
      if (carrier && carrier.start < from) from = carrier.start;
      if (carrier && carrier.end > to) to = carrier.end;
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
  };
}

/**
 * The sentence or sentences holding text[start, end), within the paragraphs the quote touches,
 * with the quote's offsets inside the returned text. When the quote fills its sentence(s), the
 * neighbouring sentence that carries the attribution is added (see attributionSentence; `cue`,
 * the quote's cue such as "told Fox News", helps find it), so the context is never the quote
 * alone when the article says who spoke. A sentence longer than MAX_CONTEXT_SIDE
 * characters on either side of the quote is cut at a word edge and marked with an ellipsis; the
 * quote itself is never cut. Null when the span does not lie inside the text. For many quotes of
 * one article, contextFinder does the same work once.
 */
export function quoteContext(
  text: string,
  blocks: readonly Block[],
  start: number,
  end: number,
  cue = '',
): QuoteContext | null {
  return contextFinder(text, blocks)(start, end, cue);
}

/** The context as [before, quote, after], for formats that style the quote differently. */
export function splitContext(context: QuoteContext): [string, string, string] {
  const { text, quoteStart, quoteEnd } = context;
  return [text.slice(0, quoteStart), text.slice(quoteStart, quoteEnd), text.slice(quoteEnd)];
}
