// LineLayout against a plain model: every line's start is the offset plus the sizes before it
// (measured, else the estimate), and lineAt finds the line whose span holds a point.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineLayout } from './line-layout';

/** Starts by adding up every size: what the layout must answer without walking the lines. */
function modelStarts(count: number, estimate: number, offset: number, sizes: Map<number, number>) {
  const starts: number[] = [];
  let y = offset;
  for (let i = 0; i <= count; i++) {
    starts.push(y);
    y += sizes.get(i) ?? estimate;
  }
  return starts;
}

describe('LineLayout', () => {
  it('places lines at the estimate until they are measured', () => {
    const layout = new LineLayout(100_000, 31, 40);
    expect(layout.start(0)).toBe(40);
    expect(layout.start(10)).toBe(40 + 310);
    expect(layout.total()).toBe(3_100_000);
    expect(layout.lineAt(40 + 31 * 5 + 3)).toBe(5);
    expect(layout.placedCount).toBe(0);
  });

  it('moves the lines after a measured one, and only those', () => {
    const layout = new LineLayout(10, 30, 0);
    expect(layout.place(3, 50)).toBe(true);
    expect(layout.place(3, 50)).toBe(false);
    // Measured at the estimate: placed, but nothing moves.
    expect(layout.place(5, 30)).toBe(false);
    expect(layout.placedCount).toBe(2);
    expect([2, 3, 4, 5, 6].map((i) => layout.start(i))).toEqual([60, 90, 140, 170, 200]);
    expect(layout.total()).toBe(320);
    expect(layout.lineAt(139)).toBe(3);
    expect(layout.lineAt(140)).toBe(4);
    expect(layout.place(3, 20)).toBe(true);
    expect(layout.start(4)).toBe(110);
  });

  it('clamps lineAt to the lines and has none when empty', () => {
    const layout = new LineLayout(3, 10, 5);
    expect(layout.lineAt(-100)).toBe(0);
    expect(layout.lineAt(1e9)).toBe(2);
    expect(new LineLayout(0, 10, 0).lineAt(0)).toBe(-1);
    expect(layout.place(3, 99)).toBe(false);
    expect(layout.place(-1, 99)).toBe(false);
  });

  it('answers what adding up the sizes answers, for any measurements', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.tuple(fc.nat(80), fc.integer({ min: 1, max: 90 })), { maxLength: 40 }),
        fc.array(fc.integer({ min: -100, max: 4_000 }), { maxLength: 10 }),
        (count, offset, measured, points) => {
          const layout = new LineLayout(count, 31, offset);
          const sizes = new Map<number, number>();
          for (const [i, size] of measured) {
            const was = i < count ? (sizes.get(i) ?? 31) : size;
            expect(layout.place(i, size)).toBe(i < count && size !== was);
            if (i < count) sizes.set(i, size);
          }
          const starts = modelStarts(count, 31, offset, sizes);
          for (let i = 0; i <= count; i++) expect(layout.start(i)).toBe(starts[i]);
          for (let i = 0; i < count; i++) expect(layout.end(i)).toBe(starts[i + 1]);
          expect(layout.total()).toBe(starts[count]! - offset);
          for (const y of points) {
            const line = layout.lineAt(y);
            if (y < starts[0]!) expect(line).toBe(0);
            else if (y >= starts[count]!) expect(line).toBe(count - 1);
            else expect(starts[line]! <= y && y < starts[line + 1]!).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
