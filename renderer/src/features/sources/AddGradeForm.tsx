// Records a new dated grade for a source. A rationale is required: a grade nobody can explain
// later is worth nothing in a briefing.
import { useId, useState } from 'react';
import type { ReliabilityGrade } from '../../../../shared/domain/schema';
import { GRADES } from '../../../../shared/domain/reliability';
import { call } from '../../api/client';
import { GRADE_LABELS } from '../../ui/labels';
import { FormError } from '../../ui/FormError';

interface Props {
  sourceId: string;
  onSaved: () => void;
}

/** Today in the analyst's time zone, as the date input wants it. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
      ...(assessedOn ? { assessedOn } : {}),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setRationale('');
    onSaved();
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-title`}>
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
          <input type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />
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
