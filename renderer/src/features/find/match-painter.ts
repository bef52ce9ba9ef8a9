// Paints a find's matches where the analyst can see them. Chromium repaints every custom
// highlight range on each change, so a one-letter query's thousands of matches made each
// keystroke cost hundreds of milliseconds; past a few hundred matches, only those within two
// screens of the view are painted (and repainted as the view scrolls), while the count and
// next/previous still cover every match.
import { matchRange, offsetsNearView, paintMatches } from './highlight-ranges';
import type { Run } from './highlight-ranges';
import type { TextMatch } from './text-match';

/** Up to this many matches, all are painted: cheap enough, and nothing can lag a scroll. */
export const PAINT_ALL_UP_TO = 200;

export interface MatchPainter {
  /** The Range over match `i` (made on first use, then kept), or null when no run holds it. */
  range(i: number): Range | null;
  /** Paints the matches on or near the screen, with match `current` on top. */
  paint(current: number): void;
}

/**
 * The first index in `matches` (in text order, never overlapping, so starts and ends both
 * ascend) whose match passes `after`, a test that fails and then passes along the list.
 */
function firstWhere(matches: readonly TextMatch[], after: (m: TextMatch) => boolean): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(matches[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A painter over the article's runs as rendered now; make another when they are rewritten. */
export function matchPainter(
  doc: Document,
  runs: readonly Run[],
  matches: readonly TextMatch[],
): MatchPainter {
  const made = new Map<number, Range | null>();
  const range = (i: number): Range | null => {
    let r = made.get(i);
    if (r === undefined) {
      const match = matches[i];
      r = match ? matchRange(doc, runs, match) : null;
      made.set(i, r);
    }
    return r;
  };
  let last: { from: number; to: number; current: number } | null = null;
  return {
    range,
    paint(current) {
      let from = 0;
      let to = matches.length;
      if (matches.length > PAINT_ALL_UP_TO) {
        // A screen's height is the unit: two of them either side cover a fast flick's frames.
        const near = offsetsNearView(runs, window.innerHeight * 2);
        if (near) {
          from = firstWhere(matches, (m) => m.end > near.from);
          to = firstWhere(matches, (m) => m.start >= near.to);
        } else from = to = 0;
      }
      // A scroll that moved no match in or out of reach paints nothing new.
      if (last && last.from === from && last.to === to && last.current === current) return;
      last = { from, to, current };
      const list: Range[] = [];
      for (let i = from; i < to; i++) {
        const r = range(i);
        if (r) list.push(r);
      }
      paintMatches(list, range(current));
    },
  };
}
