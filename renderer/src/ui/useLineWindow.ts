// The window of lines a virtualised grid renders: the lines in view of its scroll element plus
// `overscan` on each side (and one line kept rendered wherever it is), placed by a LineLayout
// (line-layout.ts) that knows only the sizes of lines rendered so far. A new set of lines (a
// filter keystroke, a sort) costs O(1) to lay out, however many lines there are; rendered lines
// are measured after each commit, before paint.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { LineLayout } from './line-layout';

/** A rendered line and where it sits (start and end in px from the scroll element's top). */
export interface WindowLine {
  index: number;
  start: number;
  end: number;
}

export interface LineWindowOptions {
  count: number;
  /** Stands for the lines: a new value means new lines, laid out afresh. */
  lines: unknown;
  /** A line's height until it has been rendered and measured. */
  estimate: number;
  overscan: number;
  /** What sits above the first line in the scroll element (a sticky header), in px. */
  offset: number;
  /** A line rendered even when out of view (-1: none): the grid's tab stop. */
  keep: number;
  /**
   * Lines on each side of `keep` rendered with it (default 0). A list whose every line is a tab
   * stop passes 1, so Tab and Shift+Tab from the kept line reach its true neighbours.
   */
  keepNeighbours?: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** Holds the rendered lines' elements, each with its line in a data-index attribute. */
  measureRef: RefObject<HTMLElement | null>;
}

export interface LineWindow {
  /** The lines to render, ascending. */
  lines: WindowLine[];
  /** The height of all the lines (not counting the offset). */
  total: number;
  /** Scrolls just enough for line i to show below the offset (as `align: 'auto'` did). */
  scrollToLine(i: number): void;
}

export function useLineWindow(options: LineWindowOptions): LineWindow {
  const { count, lines, estimate, overscan, offset, keep, scrollRef, measureRef } = options;
  const neighbours = options.keepNeighbours ?? 0;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(0);
  // Rows re-wrap when the pane's width changes: every measured size is then stale.
  const [width, setWidth] = useState(0);
  // Bumped when a measurement moved lines, to render again (before paint) with them in place.
  const [, setMeasured] = useState(0);
  const layout = useMemo(
    () => new LineLayout(count, estimate, offset),
    // `lines` and `width` stand for what the sizes depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [count, lines, estimate, offset, width],
  );
  // A line scrolled to, aligned again once measuring has moved it (its estimate was wrong).
  const aligning = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    setScrollTop(el.scrollTop);
    setViewHeight(el.clientHeight);
    const onScroll = () => setScrollTop(el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    // jsdom has no ResizeObserver; its tests size the pane once.
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            setViewHeight(el.clientHeight);
            setWidth(el.clientWidth);
          });
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef]);

  /** Scrolls line i into view; true when the view moved. */
  const align = (i: number): boolean => {
    const el = scrollRef.current;
    if (!el || i < 0 || i >= layout.count) return false;
    const top = el.scrollTop;
    const start = layout.start(i);
    const end = layout.end(i);
    let next = top;
    if (start - offset < top) next = start - offset;
    else if (end > top + el.clientHeight) next = end - el.clientHeight;
    if (next === top) return false;
    el.scrollTop = next;
    // The browser clamps to what is laid out so far (the measuring pass aligns again once the
    // lines are in place). The state follows at once, as the scroll event comes later; jsdom
    // keeps no scroll position, so there the state takes the target.
    const now = el.scrollTop;
    setScrollTop(now === top ? next : now);
    return now !== top;
  };

  // After every commit, before paint: measure the rendered lines. A line above the view that
  // turned out taller or shorter than placed moves the view by as much, so what the analyst
  // looks at stays put; any change renders again with the lines where they really are. No
  // dependencies: every commit may render other lines. It converges, as a second pass over the
  // same lines measures no change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const root = measureRef.current;
    const el = scrollRef.current;
    if (!root || !el) return;
    const top = el.scrollTop;
    let shift = 0;
    let changed = false;
    for (const row of root.querySelectorAll<HTMLElement>('[data-index]')) {
      const i = Number(row.dataset['index']);
      // Fractional: rows 33.19 px tall, rounded to 33, put the last row 3 px out of view after
      // fourteen rows. jsdom lays nothing out (its tests stub offsetHeight). 0: not laid out
      // (a hidden pane): keep the estimate.
      const size = row.getBoundingClientRect().height || row.offsetHeight;
      if (size === 0) continue;
      const start = layout.start(i);
      const was = layout.size(i);
      if (!layout.place(i, size)) continue;
      changed = true;
      if (start < top) shift += size - was;
    }
    if (shift !== 0) {
      el.scrollTop = top + shift;
      setScrollTop(top + shift);
    }
    // Aligned until a pass neither measures a change nor moves the view.
    if (aligning.current !== null && !align(aligning.current) && !changed) aligning.current = null;
    if (changed) setMeasured((n) => n + 1);
  });

  const result: WindowLine[] = [];
  if (count > 0 && viewHeight > 0) {
    const first = Math.max(0, layout.lineAt(scrollTop) - overscan);
    const last = Math.min(count - 1, layout.lineAt(scrollTop + viewHeight) + overscan);
    const line = (i: number) => ({ index: i, start: layout.start(i), end: layout.end(i) });
    // The kept lines before the window, the window, the kept lines after it: ascending, once each.
    const kept = (from: number, to: number) => {
      for (let i = Math.max(0, keep - neighbours); i <= keep + neighbours && i < count; i++) {
        if (i >= from && i < to) result.push(line(i));
      }
    };
    if (keep >= 0) kept(0, first);
    for (let i = first; i <= last; i++) result.push(line(i));
    if (keep >= 0) kept(last + 1, count);
  }
  return {
    lines: result,
    total: layout.total(),
    scrollToLine(i) {
      aligning.current = i;
      align(i);
    },
  };
}
