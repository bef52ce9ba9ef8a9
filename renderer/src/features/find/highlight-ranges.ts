// Shows find matches in the rendered article without touching its markup: DOM Ranges over the
// reader's text runs, painted through the CSS Custom Highlight API (`::highlight(find-match)`
// and `::highlight(find-current)` in find.css), so quotes, highlights and their marks stay as
// they are and the reader's offsets and selections never see a find.
import type { TextMatch } from './text-match';

const MATCH = 'find-match';
const CURRENT = 'find-current';

/** A rendered text run: the reader's `<span data-offset>` (or mark) holds exactly one text node. */
export interface Run {
  readonly text: Text;
  readonly offset: number;
}

/** The article's runs in text order (the reader renders them in order, each with its offset). */
export function renderedRuns(root: Element): Run[] {
  const out: Run[] = [];
  for (const el of root.querySelectorAll('[data-offset]')) {
    const text = el.firstChild;
    if (text?.nodeType === Node.TEXT_NODE) {
      out.push({ text: text as Text, offset: Number(el.getAttribute('data-offset')) });
    }
  }
  return out;
}

/** Index of the run holding `offset` (the last run starting at or before it), or -1. */
function runAt(runs: readonly Run[], offset: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A Range over one match, or null when no rendered run holds it. Binary search per boundary. */
export function matchRange(doc: Document, runs: readonly Run[], match: TextMatch): Range | null {
  const { start, end } = match;
  const a = runs[runAt(runs, start)];
  const b = runs[runAt(runs, end - 1)];
  if (!a || !b || start - a.offset > a.text.data.length) return null;
  const range = doc.createRange();
  range.setStart(a.text, start - a.offset);
  range.setEnd(b.text, Math.min(b.text.data.length, end - b.offset));
  return range;
}

/** A Range for each match, in the same order; null for a match no rendered run holds. */
export function matchRanges(
  doc: Document,
  runs: readonly Run[],
  matches: readonly TextMatch[],
): (Range | null)[] {
  return matches.map((m) => matchRange(doc, runs, m));
}

/**
 * The span of text offsets [from, to) whose runs lie on screen or within `margin` CSS pixels of
 * it, or null when no run does. The runs are laid out top to bottom in text order, so two binary
 * searches over their boxes find it, reading a few dozen boxes however long the article is.
 */
export function offsetsNearView(
  runs: readonly Run[],
  margin: number,
): { from: number; to: number } | null {
  const top = -margin;
  const bottom = window.innerHeight + margin;
  const box = (i: number) => runs[i]!.text.parentElement!.getBoundingClientRect();
  // The first run that ends below the top edge...
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(mid).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // ...and the first, after it, that starts below the bottom edge.
  hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(mid).top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  if (first >= lo) return null;
  const last = runs[lo - 1]!;
  return { from: runs[first]!.offset, to: last.offset + last.text.data.length };
}

/** Whether this browser paints custom highlights (Chromium does; jsdom does not). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Paints the given matches, and the current one on top; without support, paints nothing. */
export function paintMatches(ranges: readonly Range[], current: Range | null): void {
  if (!highlightsSupported()) return;
  CSS.highlights.set(MATCH, new Highlight(...ranges));
  if (current) CSS.highlights.set(CURRENT, new Highlight(current));
  else CSS.highlights.delete(CURRENT);
}

/** Removes the find's highlights (the bar closed or the query emptied). */
export function clearMatches(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(MATCH);
  CSS.highlights.delete(CURRENT);
}
