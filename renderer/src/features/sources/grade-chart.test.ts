// Geometry of the grade chart: grades map to rows (A top, F bottom) and dates to x.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../shared/domain/schema';
import { DEFAULT_LAYOUT, chartPoints, gradeY } from './grade-chart';

const grade = (
  id: string,
  g: Assessment['grade'],
  assessedOn: string,
  createdAt = '1',
): Assessment => ({
  id,
  sourceId: 's',
  grade: g,
  rationale: 'r',
  assessedOn,
  createdAt,
});

describe('grade chart geometry', () => {
  it('puts A at the top and F at the bottom', () => {
    expect(gradeY('A')).toBe(DEFAULT_LAYOUT.pad);
    expect(gradeY('F')).toBe(DEFAULT_LAYOUT.height - DEFAULT_LAYOUT.pad);
    expect(gradeY('B')).toBeLessThan(gradeY('C'));
  });

  it('orders points by date, spacing them by time, and centres a single date', () => {
    const points = chartPoints([
      grade('late', 'B', '2025-03-11'),
      grade('early', 'D', '2025-03-01'),
      grade('mid', 'C', '2025-03-03'),
    ]);
    expect(points.map((p) => p.assessment.id)).toEqual(['early', 'mid', 'late']);
    const [a, b, c] = points.map((p) => p.x);
    expect((b! - a!) / (c! - a!)).toBeCloseTo(0.2);
    expect(c).toBe(DEFAULT_LAYOUT.width - DEFAULT_LAYOUT.pad);
    const single = chartPoints([grade('x', 'A', '2025-01-01'), grade('y', 'E', '2025-01-01', '2')]);
    expect(single.map((p) => p.assessment.id)).toEqual(['x', 'y']);
    expect(single[0]!.x).toBe(single[1]!.x);
    expect(chartPoints([])).toEqual([]);
  });
});
