// Geometry of the grade-over-time chart, kept apart from the SVG so it can be tested: dates run
// left to right, grades from A at the top to F at the bottom.
import type { Assessment } from '../../../../shared/domain/schema';
import { GRADES, gradeRank } from '../../../../shared/domain/reliability';

export interface ChartLayout {
  width: number;
  height: number;
  /** Left margin for the grade letters, and padding on the other sides. */
  left: number;
  pad: number;
}

export interface ChartPoint {
  x: number;
  y: number;
  assessment: Assessment;
}

export const DEFAULT_LAYOUT: ChartLayout = { width: 320, height: 140, left: 22, pad: 10 };

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** The y coordinate of a grade's row: A at the top, F at the bottom. */
export function gradeY(grade: Assessment['grade'], layout: ChartLayout = DEFAULT_LAYOUT): number {
  const rows = GRADES.length - 1;
  return layout.pad + (gradeRank(grade) / rows) * (layout.height - 2 * layout.pad);
}

/**
 * One point per assessment, oldest first, x proportional to the date. A single date (or a single
 * assessment) sits in the middle. Assessments on the same day keep the order they were recorded.
 */
export function chartPoints(
  assessments: readonly Assessment[],
  layout: ChartLayout = DEFAULT_LAYOUT,
): ChartPoint[] {
  const ordered = [...assessments].sort(
    (a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt),
  );
  if (ordered.length === 0) return [];
  const first = dayNumber(ordered[0]!.assessedOn);
  const span = dayNumber(ordered.at(-1)!.assessedOn) - first;
  const x0 = layout.left + layout.pad;
  const plotWidth = layout.width - x0 - layout.pad;
  return ordered.map((assessment) => ({
    x:
      span === 0
        ? x0 + plotWidth / 2
        : x0 + ((dayNumber(assessment.assessedOn) - first) / span) * plotWidth,
    y: gradeY(assessment.grade, layout),
    assessment,
  }));
}
