// Records a new dated grade for a source. A rationale is required: a grade nobody can explain
// later is worth nothing in a briefing.
import { useId, useState } from 'react';
import type { ReliabilityGrade } from '../../../../shared/domain/schema';
import { GRADES } from '../../../../shared/domain/reliability';
import { localDate } from '../../../../shared/text/dates';
import { call } from '../../api/client';
import { GRADE_LABELS } from '../../ui/labels';
import { FormError } from '../../ui/FormError';

interface Props {
  sourceId: string;
  onSaved: () => void;
}

/** Today in the analyst's time zone, YYYY-MM-DD. */
export function today(now = new Date()): string {
  return localDate(now);
}

export function AddGradeForm({ sourceId, onSaved }: Props) {
  const id = useId();
  const [grade, setGrade] = useState<ReliabilityGrade>('F');
  const [assessedOn, setAssessedOn] = useState(today);
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (rationale.trim() === '') {
      setError('Say why: a grade without a rationale is not accepted.');
      return;
    }
    setSaving(true);
    const result = await call('assessments.add', {
      sourceId,
      grade,
      rationale,
      // Blank means today; anything else goes as typed, and the service says if it is no date.
      ...(assessedOn.trim() ? { assessedOn: assessedOn.trim() } : {}),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setRationale('');
    onSaved();
  };

  return (
    // noValidate: the service checks the date (it also refuses 2025-02-30, which the pattern
    // lets through), and its message shows here like every other error, not in a browser bubble.
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>Add grade</h3>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Grade</span>
          <select value={grade} onChange={(e) => setGrade(e.target.value as ReliabilityGrade)}>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {g}: {GRADE_LABELS[g]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Assessed on</span>
          {/* Text, not type="date": the browser's picker shows the locale's 12/04/2026, where
              every other date in the window reads 2026-04-12. The pattern says the format to
              assistive technology and styles; the service decides. */}
          <input
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            pattern="\d{4}-\d{2}-\d{2}"
            title="A date written YYYY-MM-DD"
            value={assessedOn}
            onChange={(e) => setAssessedOn(e.target.value)}
          />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Rationale</span>
        <textarea
          rows={3}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          placeholder="Why this grade: track record, access, corroboration…"
        />
      </label>
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save grade'}
        </button>
      </div>
    </form>
  );
}
