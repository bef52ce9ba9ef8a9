// Turns a PDF's lines, in reading order across pages, into article blocks: a new block starts at a
// change of font size, a wider vertical gap than the line spacing, a first-line indent, a bullet,
// or after a line that stops short where the next word would have fitted (a paragraph's last line).
import type { ImportedBlock } from './types';
import type { PageLine } from './pdf-layout';
import { buildLexicon, joinLine } from './pdf-hyphen';

export interface DocLine extends PageLine {
  page: number;
}

export interface PdfBlock extends ImportedBlock {
  page: number;
  /** Font size of the block's first line, for choosing a title. */
  size: number;
}

/** Lines this much larger than the body text are headings. */
const HEADING_RATIO = 1.15;
/** Larger text longer than this is a pull quote or an intro, not a heading. */
const MAX_HEADING_CHARS = 250;
const BULLET = /^[•◦▪‣●■]\s+/;

const sizeKey = (size: number) => Math.round(size * 2) / 2;

/** The value most often seen, each weighted; null for no values. */
function mode(values: Iterable<[number, number]>): number | null {
  const weights = new Map<number, number>();
  for (const [value, weight] of values) weights.set(value, (weights.get(value) ?? 0) + weight);
  let best: number | null = null;
  let bestWeight = -1;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) [best, bestWeight] = [value, weight];
  }
  return best;
}

const sameFlow = (a: DocLine, b: DocLine) =>
  a.page === b.page && a.column === b.column && a.y > b.y;

/** For each font size, the usual distance between baselines of consecutive lines. */
function leadings(lines: readonly DocLine[]): Map<number, number> {
  const diffs = new Map<number, [number, number][]>();
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (!prev || !sameFlow(prev, line) || sizeKey(prev.size) !== sizeKey(line.size)) return;
    const diff = prev.y - line.y;
    if (diff < 0.8 * line.size || diff > 2.5 * line.size) return;
    const key = sizeKey(line.size);
    const list = diffs.get(key) ?? [];
    list.push([Math.round(diff * 2) / 2, 1]);
    diffs.set(key, list);
  });
  const result = new Map<number, number>();
  for (const [key, values] of diffs) result.set(key, mode(values)!);
  return result;
}

/** The size most of the text is set in. */
export function bodySize(lines: readonly DocLine[]): number {
  return mode(lines.map((l) => [sizeKey(l.size), l.text.length])) ?? 10;
}

interface Spacing {
  /** For each font size, the usual distance between baselines. */
  leading: Map<number, number>;
  /** The lowest baseline of body text on any page: where full columns end. */
  floor: number;
}

/** Whether `line` starts a new block rather than continuing the one `prev` ends. */
function startsBlock(
  block: { kind: string; first: DocLine; last: DocLine },
  line: DocLine,
  heading: boolean,
  spacing: Spacing,
): boolean {
  const prev = block.last;
  if (Math.abs(prev.size - line.size) > 0.6) return true;
  if (BULLET.test(line.text)) return true;
  const usual = spacing.leading.get(sizeKey(prev.size)) ?? prev.size * 1.2;
  if (sameFlow(prev, line)) {
    if (prev.y - line.y > usual * 1.35 + 0.5) return true;
  } else if (!heading && prev.y - usual >= spacing.floor - 0.5 && /[.!?:"”’)]$/.test(prev.text)) {
    // The column ended a sentence with room for another line: the paragraph ended there too.
    return true;
  }
  // Headings may be centred and are short by nature: only spacing and size split them.
  if (heading) return false;
  const indent = (l: DocLine) => l.x0 - l.left;
  // A list item's second line hangs under its text, right of the bullet.
  const hanging = block.kind === 'list-item' && prev === block.first;
  if (!hanging && indent(line) > indent(prev) + 0.6 * line.size) return true;
  if (/[-\u2010\u00ad]$/.test(prev.text)) return false;
  // The previous line stops short although the next line's first word would have fitted there.
  const firstWord = line.text.split(' ')[0] ?? '';
  const wordWidth = ((line.x1 - line.x0) / Math.max(1, line.text.length)) * firstWord.length;
  return prev.right - prev.x1 > wordWidth + line.size;
}

/** The article's blocks, each with the page it starts on. */
export function blocksOf(lines: readonly DocLine[]): PdfBlock[] {
  const body = bodySize(lines);
  const bodyLines = lines.filter((l) => sizeKey(l.size) === body);
  const spacing: Spacing = {
    leading: leadings(lines),
    floor: Math.min(...bodyLines.map((l) => l.y)),
  };
  const lexicon = buildLexicon(lines.map((l) => l.text));
  const isHeadingSize = (size: number) => size >= body * HEADING_RATIO;
  const blocks: (PdfBlock & { first: DocLine; last: DocLine })[] = [];
  for (const line of lines) {
    const current = blocks.at(-1);
    const heading = isHeadingSize(line.size);
    if (current && !startsBlock(current, line, heading, spacing)) {
      current.text = joinLine(current.text, line.text, lexicon);
      current.last = line;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    blocks.push({
      kind: heading ? 'heading' : bullet ? 'list-item' : 'paragraph',
      text: bullet ? line.text.slice(bullet[0].length) : line.text,
      page: line.page,
      size: line.size,
      first: line,
      last: line,
    });
  }
  return blocks.map(({ first: _first, last: _last, ...block }) =>
    block.kind === 'heading' && block.text.length > MAX_HEADING_CHARS
      ? { ...block, kind: 'paragraph' }
      : block,
  );
}
