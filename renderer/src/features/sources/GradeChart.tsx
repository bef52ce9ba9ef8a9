// A small inline SVG of a source's grade over time (no chart library): A at the top, F at the
// bottom, one point per dated assessment. The history list beside it carries the same data as text.
import type { Assessment } from '../../../../shared/domain/schema';
import { GRADES } from '../../../../shared/domain/reliability';
import { formatDate } from '../../../../shared/text/dates';
import { plural } from '../../../../shared/text/plural';
import { DEFAULT_LAYOUT, chartPoints, gradeY } from './grade-chart';
import './sources.css';

interface Props {
  assessments: readonly Assessment[];
}

export function GradeChart({ assessments }: Props) {
  const layout = DEFAULT_LAYOUT;
  const points = chartPoints(assessments, layout);
  const first = points[0]?.assessment;
  const last = points.at(-1)?.assessment;
  const summary =
    !first || !last
      ? 'No grades yet.'
      : points.length === 1
        ? `1 grade, on ${formatDate(first.assessedOn)}: ${first.grade}.`
        : `${plural(points.length, 'grade')} from ${formatDate(first.assessedOn)} to ${formatDate(last.assessedOn)}; now ${last.grade}.`;
  return (
    <svg
      className="grade-chart"
      role="img"
      aria-label="Grade over time"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
    >
      <title>Grade over time</title>
      <desc>{summary}</desc>
      {GRADES.map((grade) => {
        const y = gradeY(grade, layout);
        return (
          <g key={grade}>
            <line
              className="gridline"
              x1={layout.left}
              x2={layout.width - layout.pad}
              y1={y}
              y2={y}
            />
            <text className="axis-label" x={4} y={y + 3}>
              {grade}
            </text>
          </g>
        );
      })}
      {points.length > 1 && (
        <polyline className="line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
      )}
      {points.map((p) => (
        <circle key={p.assessment.id} className="point" cx={p.x} cy={p.y} r={3.5}>
          <title>{`${formatDate(p.assessment.assessedOn)}: ${p.assessment.grade}`}</title>
        </circle>
      ))}
    </svg>
  );
}
