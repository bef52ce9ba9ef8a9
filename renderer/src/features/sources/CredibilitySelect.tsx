// The Admiralty credibility (1-6) of what a quote says, graded apart from who said it.
import { useState } from 'react';
import type { Quote } from '../../../../shared/domain/schema';
import type { CredibilityLevel } from '../../../../shared/domain/reliability';
import { CREDIBILITY_LEVELS } from '../../../../shared/domain/reliability';
import { call } from '../../api/client';
import { CREDIBILITY_LABELS } from '../../ui/labels';
import { FormError } from '../../ui/FormError';

interface Props {
  quote: Quote;
  onSaved: () => void;
}

export function CredibilitySelect({ quote, onSaved }: Props) {
  const [error, setError] = useState<string | null>(null);
  const change = async (value: string) => {
    const credibility = value === '' ? null : (Number(value) as CredibilityLevel);
    const result = await call('quotes.setCredibility', { id: quote.id, credibility });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onSaved();
  };
  return (
    <div>
      <label className="field">
        <span className="field-label">Credibility of what was said</span>
        <select
          value={quote.credibility === null ? '' : String(quote.credibility)}
          onChange={(e) => void change(e.target.value)}
        >
          <option value="">Not graded</option>
          {CREDIBILITY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}: {CREDIBILITY_LABELS[level]}
            </option>
          ))}
        </select>
      </label>
      <FormError message={error} />
    </div>
  );
}
