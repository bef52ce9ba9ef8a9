// A source's Admiralty reliability grade as a coloured letter; its meaning is the accessible name
// and the tooltip, so the colour is never the only cue.
import type { ReliabilityGrade } from '../../../../shared/domain/schema';
import { GRADE_LABELS } from '../../ui/labels';
import './sources.css';

interface Props {
  /** null: the source has not been graded yet. */
  grade: ReliabilityGrade | null;
  /** Marks an advisory (computed) grade apart from the analyst's. */
  suggested?: boolean;
  large?: boolean;
}

/** "Grade B: Usually reliable", or "Not graded". */
export function gradeDescription(grade: ReliabilityGrade | null, suggested = false): string {
  if (grade === null) return 'Not graded';
  return `${suggested ? 'Suggested grade' : 'Grade'} ${grade}: ${GRADE_LABELS[grade]}`;
}

export function GradeBadge({ grade, suggested = false, large = false }: Props) {
  const description = gradeDescription(grade, suggested);
  const classes = ['grade-badge', `grade-${grade ?? 'none'}`];
  if (suggested) classes.push('suggested');
  if (large) classes.push('large');
  return (
    <span className={classes.join(' ')} role="img" aria-label={description} title={description}>
      {grade ?? '–'}
    </span>
  );
}
