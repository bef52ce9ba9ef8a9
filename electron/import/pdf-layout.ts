// Rebuilds one PDF page's lines from pdf.js text items and puts them in reading order: items on a
// baseline become fragments, split at wide gaps; a page with a clear gutter is read column by
// column, with full-width lines (a headline over both columns, a centred footer) kept in place.

/** A pdf.js text item in page space: points, y up, (x, y) the start of its baseline. */
export interface PageItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A run of text on one baseline, without wide gaps. */
export interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A line in reading order, with the bounds of the column it belongs to. */
export interface PageLine extends Fragment {
  /** Index of its column among the page's columns, in reading order. */
  column: number;
  left: number;
  right: number;
}

/** Items whose baselines are this close (in font sizes) share a row; superscripts included. */
const SAME_ROW = 0.45;
/** A horizontal gap wider than this many font sizes separates fragments (a gutter, a tab). */
const FRAGMENT_GAP = 1.0;
/** A gap wider than this many font sizes between items is a space, when no space is written. */
const WORD_GAP = 0.15;

/** An item in a run; `spaceBefore` when pdf.js put a whitespace item before it. */
type RunItem = PageItem & { spaceBefore: boolean };

function joinRun(parts: readonly RunItem[]): Fragment {
  const first = parts[0]!;
  let text = first.text;
  let x1 = first.x + first.width;
  const sizes = new Map<number, number>();
  for (const [i, part] of parts.entries()) {
    sizes.set(part.size, (sizes.get(part.size) ?? 0) + part.text.length);
    if (i === 0) continue;
    const gap = part.x - x1;
    const spaced = part.spaceBefore || gap > WORD_GAP * part.size;
    if (spaced && !/\s$/.test(text) && !/^\s/.test(part.text)) text += ' ';
    text += part.text;
    x1 = Math.max(x1, part.x + part.width);
  }
  // The row's size is the one most of its characters are set in (not a drop cap or superscript).
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const y = parts.find((p) => p.size === size)!.y;
  return { text: text.replace(/\s+/g, ' ').trim(), x0: first.x, x1, y, size };
}

/** Groups items into rows by baseline and splits each row at wide gaps. Sorted top to bottom. */
export function fragmentsOf(items: readonly PageItem[]): Fragment[] {
  const sorted = items
    .filter((item) => item.text !== '' && item.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PageItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (
      row &&
      anchor &&
      Math.abs(anchor.y - item.y) <= SAME_ROW * Math.max(anchor.size, item.size)
    ) {
      row.push(item);
    } else rows.push([item]);
  }
  const fragments: Fragment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let run: RunItem[] = [];
    let end = -Infinity;
    let spaceBefore = false;
    for (const item of row) {
      // Whitespace items only say that the next item is a new word.
      if (item.text.trim() === '') {
        spaceBefore = true;
        continue;
      }
      const last = run.at(-1);
      // Some producers fake bold by printing the same text twice, a hair apart.
      if (last && last.text === item.text && Math.abs(last.x - item.x) < 0.2 * item.size) continue;
      if (last && item.x - end > FRAGMENT_GAP * Math.max(last.size, item.size)) {
        fragments.push(joinRun(run));
        run = [];
      }
      if (run.length === 0) end = -Infinity;
      run.push({ ...item, spaceBefore });
      spaceBefore = false;
      end = Math.max(end, item.x + item.width);
    }
    if (run.length > 0) fragments.push(joinRun(run));
  }
  return fragments.filter((f) => f.text !== '');
}

interface Gutter {
  /** Fragments ending left of this x are in the left column, starting right of it in the right. */
  mid: number;
}

/**
 * A vertical strip that (nearly) no fragment crosses, with text beside it on both sides on the same
 * rows: the gap between two columns. Null for a single column.
 */
export function findGutter(fragments: readonly Fragment[]): Gutter | null {
  if (fragments.length < 6) return null;
  const left = Math.min(...fragments.map((f) => f.x0));
  const right = Math.max(...fragments.map((f) => f.x1));
  const width = right - left;
  if (width <= 0) return null;
  // Full-width lines (headline, centred footer) may cross the gutter; a few of them only.
  const allowed = Math.max(1, Math.floor(fragments.length * 0.08));
  let best: { mid: number; paired: number; width: number } | null = null;
  let start: number | null = null;
  const consider = (from: number, to: number) => {
    if (to - from < 3) return;
    const mid = (from + to) / 2;
    const leftSide = fragments.filter((f) => f.x1 <= mid);
    const rightSide = fragments.filter((f) => f.x0 >= mid);
    if (leftSide.length < 3 || rightSide.length < 3) return;
    // Side by side: lines on the left with a line on the right at about the same height (columns'
    // baselines need not line up).
    const paired = leftSide.filter((l) =>
      rightSide.some((r) => Math.abs(r.y - l.y) <= 0.75 * Math.max(l.size, r.size)),
    ).length;
    if (paired < 3) return;
    if (!best || paired > best.paired || (paired === best.paired && to - from > best.width)) {
      best = { mid, paired, width: to - from };
    }
  };
  const from = Math.ceil(left + width * 0.15);
  const to = Math.floor(left + width * 0.85);
  for (let x = from; x <= to; x++) {
    const crossing = fragments.filter((f) => f.x0 < x - 0.5 && f.x1 > x + 0.5).length;
    if (crossing <= allowed) start ??= x;
    else if (start !== null) {
      consider(start, x - 1);
      start = null;
    }
  }
  if (start !== null) consider(start, to);
  const found = best as { mid: number } | null;
  return found ? { mid: found.mid } : null;
}

/** Fragments on one baseline become a line, left to right. */
function linesOfColumn(fragments: readonly Fragment[], column: number): PageLine[] {
  const left = Math.min(...fragments.map((f) => f.x0));
  // The right margin: where most lines end, not the one URL or code line that runs past it.
  const ends = fragments.map((f) => f.x1).sort((a, b) => b - a);
  const right = ends[ends.length >= 10 ? Math.floor(ends.length * 0.1) : 0]!;
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: PageLine[] = [];
  for (const f of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(last.y - f.y) <= SAME_ROW * Math.max(last.size, f.size)) {
      last.text = `${last.text} ${f.text}`;
      last.x1 = Math.max(last.x1, f.x1);
      if (f.size > last.size) last.size = f.size;
    } else lines.push({ ...f, column, left, right });
  }
  return lines;
}

/** The page's lines in reading order: columns left to right, each top to bottom. */
export function readingOrder(fragments: readonly Fragment[]): PageLine[] {
  const columns: Fragment[][] = [];
  const visit = (group: readonly Fragment[], depth: number) => {
    if (group.length === 0) return;
    const gutter = depth < 3 ? findGutter(group) : null;
    if (!gutter) {
      columns.push([...group]);
      return;
    }
    const crossing = group.filter((f) => f.x1 > gutter.mid && f.x0 < gutter.mid);
    crossing.sort((a, b) => b.y - a.y);
    let rest = group.filter((f) => !crossing.includes(f));
    // Each full-width line closes the band of columns above it.
    const band = (above: readonly Fragment[]) => {
      visit(
        above.filter((f) => f.x1 <= gutter.mid),
        depth + 1,
      );
      visit(
        above.filter((f) => f.x0 >= gutter.mid),
        depth + 1,
      );
    };
    for (const line of crossing) {
      band(rest.filter((f) => f.y > line.y + SAME_ROW * line.size));
      rest = rest.filter((f) => f.y <= line.y + SAME_ROW * line.size);
      columns.push([line]);
    }
    band(rest);
  };
  visit(fragments, 0);
  return columns.flatMap((column, i) => linesOfColumn(column, i));
}
