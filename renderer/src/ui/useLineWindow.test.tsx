// @vitest-environment jsdom
// useLineWindow in jsdom: a 300 px pane whose rows measure 30 px (test-viewport.ts), lines
// estimated at 20 px. It renders what is in view plus the overscan, puts measured lines where
// they really are before the next paint, keeps one line rendered anywhere, and scrolls to a line.
import { act, cleanup, render } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { withTestViewport } from './test-viewport';
import { useLineWindow } from './useLineWindow';
import type { LineWindow } from './useLineWindow';

withTestViewport(300, 30);
afterEach(cleanup);

function List(props: { count: number; keep?: number; onWindow?: (w: LineWindow) => void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const lineWindow = useLineWindow({
    count: props.count,
    lines: props.count,
    estimate: 20,
    overscan: 2,
    offset: 0,
    keep: props.keep ?? -1,
    scrollRef,
    measureRef: tableRef,
  });
  const { onWindow } = props;
  useEffect(() => {
    onWindow?.(lineWindow);
  });
  return (
    <div ref={scrollRef}>
      <table ref={tableRef}>
        <tbody>
          {lineWindow.lines.map((line) => (
            <tr key={line.index} data-index={line.index} data-start={line.start}>
              <td>{line.index}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const rendered = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('tr')].map((tr) => Number(tr.dataset['index']));
const starts = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('tr')].map((tr) => Number(tr.dataset['start']));

describe('useLineWindow', () => {
  it('renders the lines in view and the overscan, placed by their measured size', () => {
    let win: LineWindow | undefined;
    const { container } = render(<List count={100_000} onWindow={(w) => (win = w)} />);
    // Estimated at 20 px, 17 lines seemed to fit; measured at 30 px, 10 do, plus 2 below.
    expect(rendered(container)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(starts(container)).toEqual(rendered(container).map((i) => i * 30));
    // The 18 lines the first render showed (300 px at 20 px, plus 2) keep their measured size;
    // every other line keeps its estimate.
    expect(win!.total).toBe(100_000 * 20 + 18 * 10);
  });

  it('renders nothing for no lines', () => {
    const { container } = render(<List count={0} />);
    expect(rendered(container)).toEqual([]);
  });

  it('keeps one line rendered far out of view', () => {
    const { container } = render(<List count={5_000} keep={4_000} />);
    expect(rendered(container).at(-1)).toBe(4_000);
    expect(rendered(container)).toHaveLength(14);
  });

  it('scrolls a line into view, with the overscan around it', () => {
    let win: LineWindow | undefined;
    const { container } = render(<List count={5_000} onWindow={(w) => (win = w)} />);
    act(() => win!.scrollToLine(2_500));
    const lines = rendered(container);
    expect(lines).toContain(2_500);
    expect(lines).toContain(2_502);
    expect(lines).not.toContain(0);
    expect(lines.length).toBeLessThan(30);
  });
});
