// @vitest-environment jsdom
// Painting only near the view: which runs count as near (boxes laid out by hand, as jsdom has no
// layout), and that past PAINT_ALL_UP_TO matches only those near the view are painted, the
// current one always, while every match keeps its range for stepping.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offsetsNearView, renderedRuns } from './highlight-ranges';
import { matchPainter, PAINT_ALL_UP_TO } from './match-painter';
import type { TextMatch } from './text-match';

const LINE = 100; // each run a line of this height, one under the other
const RUN = 'abcdefghij'; // ten characters a run

/** `n` runs of RUN, the view scrolled down by `scrolled` pixels. */
function article(n: number, scrolled: number): HTMLElement {
  const root = document.createElement('article');
  for (let i = 0; i < n; i++) {
    const span = document.createElement('span');
    span.dataset['offset'] = String(i * RUN.length);
    span.textContent = RUN;
    const top = i * LINE - scrolled;
    span.getBoundingClientRect = () => ({ top, bottom: top + LINE }) as DOMRect;
    root.append(span);
  }
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('offsetsNearView', () => {
  it('spans the runs on screen and within the margin', () => {
    // jsdom's window is 768 px high: runs 0..7 are on screen at the top.
    expect(offsetsNearView(renderedRuns(article(100, 0)), 0)).toEqual({ from: 0, to: 80 });
    document.body.replaceChildren();
    // Scrolled to run 50, with a 200 px margin: runs 47 (its bottom on the edge) to 59.
    expect(offsetsNearView(renderedRuns(article(100, 5000)), 200)).toEqual({ from: 470, to: 600 });
  });

  it('is null when no run is near', () => {
    expect(offsetsNearView(renderedRuns(article(3, 10_000)), 0)).toBeNull();
  });
});

describe('matchPainter', () => {
  it('paints only the matches near the view once there are many, and the current one', () => {
    const painted = new Map<string, Range[]>();
    vi.stubGlobal('CSS', { highlights: painted });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    const runs = renderedRuns(article(1000, 50_000)); // run 500 at the top of the screen
    // One match a run ("c"), more than are painted all at once.
    const matches: TextMatch[] = runs.map((r) => ({ start: r.offset + 2, end: r.offset + 3 }));
    expect(matches.length).toBeGreaterThan(PAINT_ALL_UP_TO);
    const painter = matchPainter(document, runs, matches);
    painter.paint(3);
    const near = (painted.get('find-match') as unknown as { ranges: Range[] }).ranges;
    // Two screens (1536 px) either side of the 768 px view: runs 484 to 523.
    expect(near).toHaveLength(523 - 484 + 1);
    expect(near.every((r) => r.toString() === 'c')).toBe(true);
    const current = (painted.get('find-current') as unknown as { ranges: Range[] }).ranges;
    expect(current).toEqual([painter.range(3)]);
    expect(painter.range(999)?.toString()).toBe('c');
  });
});
