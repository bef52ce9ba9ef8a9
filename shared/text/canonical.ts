// Turns imported plain text into the canonical text every selector points into, and finds
// its blocks (paragraphs and section headings) so the reader never re-parses the text.
import type { Block } from '../domain/schema';

/** Characters that are never legitimate in article text; removed so offsets stay stable. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;

/**
 * Canonical form: Unicode NFC, LF line endings, control characters removed, runs of spaces and
 * tabs collapsed, paragraphs separated by exactly one blank line. A file without blank lines
 * (one paragraph per line, as many news exports are) treats each line as a paragraph; a file
 * with blank lines joins the lines inside each paragraph with a space.
 */
export function canonicalizeText(raw: string): string {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '');
  const lines = text.split('\n').map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim());
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const paragraphs: string[] = [];
  if (hasBlankLines) {
    let current: string[] = [];
    for (const line of lines) {
      if (line === '') {
        if (current.length > 0) paragraphs.push(current.join(' '));
        current = [];
      } else current.push(line);
    }
    if (current.length > 0) paragraphs.push(current.join(' '));
  } else {
    for (const line of lines) if (line !== '') paragraphs.push(line);
  }
  return paragraphs.join('\n\n');
}

const MAX_HEADING_CHARS = 60;
const MAX_HEADING_WORDS = 8;

/**
 * A short line with no sentence-ending punctuation reads as a section heading ("The Russian
 * delegation"); a question such as "What's next?" does too when it is that short. A line is
 * never a heading when it is the last block, since a heading introduces what follows.
 */
export function looksLikeHeading(paragraph: string, isLast: boolean): boolean {
  if (isLast) return false;
  if (paragraph.length > MAX_HEADING_CHARS) return false;
  if (paragraph.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  return !/[.,;:!"'”’)\]…—–-]$/.test(paragraph);
}

/** Splits canonical text into blocks by its blank-line separators. */
export function findBlocks(canonical: string): Block[] {
  const blocks: Block[] = [];
  if (canonical === '') return blocks;
  const parts = canonical.split('\n\n');
  let offset = 0;
  parts.forEach((part, index) => {
    const kind = looksLikeHeading(part, index === parts.length - 1) ? 'heading' : 'paragraph';
    blocks.push({ kind, start: offset, end: offset + part.length });
    offset += part.length + 2;
  });
  return blocks;
}

/** The index of the block holding the offset, or null when the offset is between blocks. */
export function blockIndexAt(blocks: readonly Block[], offset: number): number | null {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid]!;
    if (offset < block.start) hi = mid - 1;
    else if (offset >= block.end) lo = mid + 1;
    else return mid;
  }
  return null;
}

/** A block of an imported article before it is joined into the canonical text. */
export interface TextBlock {
  kind: Block['kind'];
  text: string;
  page?: number;
}

/**
 * Joins imported blocks into canonical text and its block offsets. Each block's text is
 * canonicalised on its own and flattened to one line (a block never holds a blank line), empty
 * blocks are dropped, and the blocks are joined by one blank line, so the result is a fixed point
 * of canonicalizeText and offsets computed here stay valid.
 */
export function textFromBlocks(input: readonly TextBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const block of input) {
    const flat = canonicalizeText(block.text).replace(/\n+/g, ' ').replace(/ {2,}/g, ' ').trim();
    if (flat === '') continue;
    if (parts.length > 0) offset += 2;
    const entry: Block = { kind: block.kind, start: offset, end: offset + flat.length };
    if (block.page !== undefined) entry.page = block.page;
    blocks.push(entry);
    parts.push(flat);
    offset += flat.length;
  }
  return { text: parts.join('\n\n'), blocks };
}
