// Finds quotations by pairing quotation marks: “…” ‘…’ „…“ „…” «…» »…« ‹…› 「…」 『…』, straight
// "…" and '…', and ``…''. Apostrophes (don’t, students’, ’90s) are told apart from closing
// marks by the characters around them. A quotation may span paragraphs the way newspapers
// write it: a paragraph left open and the next one opened again with the same mark. One pass
// with a small stack, so a megabyte of unbalanced marks costs no more than a megabyte of prose.
import type { Paragraph } from './paragraphs';

export interface QuoteMarks {
  /** Offset of the opening mark. */
  open: number;
  /** After the opening mark: where the quoted words begin. */
  openEnd: number;
  /** Offset of the closing mark; for an unclosed quotation, the end of its paragraph. */
  close: number;
  /** After the closing mark (equal to `close` when unclosed). */
  closeEnd: number;
  closed: boolean;
  /** How many paragraphs the quotation runs through (1 for most). */
  paragraphs: number;
  /** Single quotation marks (‘…’, '…', ‹…›): nested or British-style quotes. */
  single: boolean;
}

interface Open {
  pos: number;
  len: number;
  mark: string;
  /** The marks that close this one. */
  closers: readonly string[];
  single: boolean;
  paragraphs: number;
  /** Quotations closed inside this one, kept in case this one never closes. */
  children: QuoteMarks[];
}

const MAX_DEPTH = 16;
const MARKS = /``|''|["'“”„‘’‚«»‹›「」『』]/g;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which an opening mark may stand: brackets, dashes, slashes, other marks. */
const OPENING_CONTEXT = /[\s([{<—–\-/“‘„‚«»‹›「『"'`:]/u;
/** Characters before which a closing mark may stand. */
const CLOSING_CONTEXT = /[\s.,;:!?)\]}>—–\-/…”’"'»«›‹」』]/u;

/** The opening marks that may start a continued paragraph, by the mark that opened the quote. */
const CONTINUES: Record<string, string> = {
  '“': '“',
  '"': '"“',
  '„': '„',
  '«': '«',
  '»': '»',
  '‘': '‘',
  "'": "'",
  '‚': '‚',
  '”': '”',
  '``': '``',
  '「': '「',
  '『': '『',
};

/** Top-level quotations in text order (nested ones are part of their parent). */
export function scanQuoteMarks(text: string, paragraphs: readonly Paragraph[]): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  const stack: Open[] = [];
  const accepting = new Map<string, number>();
  let paragraph = 0;
  /** An opening mark at the start of a paragraph that continues the quotation: skipped. */
  let skip = -1;

  const countEach = (entry: Open, delta: number): void => {
    for (const c of entry.closers) accepting.set(c, (accepting.get(c) ?? 0) + delta);
  };
  const push = (entry: Open): void => {
    if (stack.length >= MAX_DEPTH) countEach(stack.shift()!, -1);
    stack.push(entry);
    countEach(entry, 1);
  };
  const emit = (q: QuoteMarks, depth: number): void => {
    if (!WORD.test(text.slice(q.openEnd, Math.min(q.close, q.openEnd + 200)))) {
      // Nothing quoted but punctuation or space: not a quotation worth suggesting.
      if (q.close - q.openEnd <= 200) return;
    }
    if (depth === 0) found.push(q);
    else stack[depth - 1]!.children.push(q);
  };
  const closeAt = (mark: string, pos: number, len: number): boolean => {
    if ((accepting.get(mark) ?? 0) <= 0) return false;
    let k = stack.length - 1;
    while (k >= 0 && !stack[k]!.closers.includes(mark)) k--;
    if (k < 0) return false;
    while (stack.length - 1 > k) countEach(stack.pop()!, -1);
    const entry = stack.pop()!;
    countEach(entry, -1);
    emit(
      {
        open: entry.pos,
        openEnd: entry.pos + entry.len,
        close: pos,
        closeEnd: pos + len,
        closed: true,
        paragraphs: entry.paragraphs,
        single: entry.single,
      },
      k,
    );
    return true;
  };
  const open = (mark: string, pos: number, len: number, closers: string, single: boolean): void =>
    push({ pos, len, mark, closers: closers.split(''), single, paragraphs: 1, children: [] });

  /** At the end of a paragraph: continue the open quotation into the next one, or end it. */
  const endParagraph = (): void => {
    const ended = paragraphs[paragraph]!;
    paragraph++;
    if (stack.length === 0) return;
    const bottom = stack[0]!;
    const next = paragraphs[paragraph];
    const first = !next ? '' : text.startsWith('``', next.start) ? '``' : text[next.start]!;
    if (first !== '' && (CONTINUES[bottom.mark] ?? '').includes(first)) {
      while (stack.length > 1) countEach(stack.pop()!, -1);
      bottom.paragraphs++;
      skip = next!.start;
      return;
    }
    while (stack.length > 1) countEach(stack.pop()!, -1);
    stack.pop();
    countEach(bottom, -1);
    if (bottom.children.length > 0 || bottom.single) {
      for (const child of bottom.children) found.push(child);
      return;
    }
    emit(
      {
        open: bottom.pos,
        openEnd: bottom.pos + bottom.len,
        close: ended.end,
        closeEnd: ended.end,
        closed: false,
        paragraphs: bottom.paragraphs,
        single: false,
      },
      0,
    );
  };

  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const pos = m.index;
    const mark = m[0];
    while (paragraph < paragraphs.length && pos >= paragraphs[paragraph]!.end) endParagraph();
    if (pos === skip) continue;
    const before = pos > 0 ? text[pos - 1]! : ' ';
    const after = pos + mark.length < text.length ? text[pos + mark.length]! : ' ';
    const left = !SPACE.test(after) && OPENING_CONTEXT.test(before);
    const right = !SPACE.test(before) && CLOSING_CONTEXT.test(after);
    const inWord = WORD.test(before) && WORD.test(after);
    const len = mark.length;
    switch (mark) {
      case '“':
        if (!(right && !left && closeAt('“', pos, len))) open(mark, pos, len, '”"', false);
        break;
      case '”':
        if (!closeAt('”', pos, len) && left && !right) open(mark, pos, len, '”', false);
        break;
      case '„':
        open(mark, pos, len, '“”"', false);
        break;
      case '"':
        if (right && !left) closeAt('"', pos, len);
        else if (left && !right) open(mark, pos, len, '"”', false);
        else if (!closeAt('"', pos, len) && !inWord) open(mark, pos, len, '"”', false);
        break;
      case '‘':
        if (!(right && closeAt('‘', pos, len)) && !inWord) open(mark, pos, len, "’'", true);
        break;
      case '‚':
        if (!inWord) open(mark, pos, len, '‘’', true);
        break;
      case '’':
      case "'":
        if (inWord || possessive(text, pos)) break;
        if (right && !left) closeAt(mark, pos, len);
        else if (left && !right && mark === "'" && !/\p{N}/u.test(after)) {
          open(mark, pos, len, "'’", true);
        }
        break;
      case '«':
        if (!closeAt('«', pos, len)) open(mark, pos, len, '»', false);
        break;
      case '»':
        if (!closeAt('»', pos, len) && left) open(mark, pos, len, '«', false);
        break;
      case '‹':
        if (!closeAt('‹', pos, len)) open(mark, pos, len, '›', true);
        break;
      case '›':
        if (!closeAt('›', pos, len) && left) open(mark, pos, len, '‹', true);
        break;
      case '「':
        open(mark, pos, len, '」', false);
        break;
      case '『':
        open(mark, pos, len, '』', false);
        break;
      case '``':
        push({
          pos,
          len,
          mark,
          closers: ["''", '"', '”'],
          single: false,
          paragraphs: 1,
          children: [],
        });
        break;
      default:
        // '』', '」', "''": closing marks only.
        closeAt(mark, pos, len);
    }
  }
  while (paragraph < paragraphs.length) endParagraph();
  return found.sort((a, b) => a.open - b.open);
}

/**
 * A plural possessive ("the students’ union") rather than a closing mark: an s before it and
 * a lower-case word after it.
 */
function possessive(text: string, pos: number): boolean {
  return text[pos - 1] === 's' && text[pos + 1] === ' ' && /\p{Ll}/u.test(text[pos + 2] ?? '');
}
