// Shows find matches in the rendered article without touching its markup: DOM Ranges over the
// reader's text runs, painted through the CSS Custom Highlight API (`::highlight(find-match)`
// and `::highlight(find-current)` in find.css), so quotes, highlights and their marks stay as
// they are and the reader's offsets and selections never see a find.
import type { TextMatch } from './text-match';

const MATCH = 'find-match';
const CURRENT = 'find-current';

/** A rendered text run: the reader's `<span data-offset>` (or mark) holds exactly one text node. */
interface Run {
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

/**
 * A Range for each match, in the same order; null for a match no rendered run holds. Binary
 * search per boundary, so thousands of matches in a long article stay cheap.
 */
export function matchRanges(
  doc: Document,
  runs: readonly Run[],
  matches: readonly TextMatch[],
): (Range | null)[] {
  return matches.map(({ start, end }) => {
    const first = runAt(runs, start);
    const last = runAt(runs, end - 1);
    const a = runs[first];
    const b = runs[last];
    if (!a || !b || start - a.offset > a.text.data.length) return null;
    const range = doc.createRange();
    range.setStart(a.text, start - a.offset);
    range.setEnd(b.text, Math.min(b.text.data.length, end - b.offset));
    return range;
  });
}

/** Whether this browser paints custom highlights (Chromium does; jsdom does not). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Paints every match, and the current one on top; without support, paints nothing. */
export function paintMatches(ranges: readonly (Range | null)[], current: number): void {
  if (!highlightsSupported()) return;
  const all = ranges.filter((r): r is Range => r !== null);
  CSS.highlights.set(MATCH, new Highlight(...all));
  const now = ranges[current];
  if (now) CSS.highlights.set(CURRENT, new Highlight(now));
  else CSS.highlights.delete(CURRENT);
}

/** Removes the find's highlights (the bar closed or the query emptied). */
export function clearMatches(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(MATCH);
  CSS.highlights.delete(CURRENT);
}
