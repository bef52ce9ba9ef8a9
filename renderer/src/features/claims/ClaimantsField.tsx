// Who makes a claim: one or more sources, shown as removable chips, added by typing a name or
// alias (the codebook of sources is offered as suggestions).
import { useId, useState } from 'react';
import type { Source } from '../../../../shared/domain/schema';

interface Props {
  sources: readonly Source[];
  grades?: ReadonlyMap<string, string | null>;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function ClaimantsField({ sources, grades, value, onChange }: Props) {
  const listId = useId();
  const [text, setText] = useState('');
  const byId = new Map(sources.map((s) => [s.id, s]));
  const add = (typed: string) => {
    const wanted = fold(typed);
    const match = sources.find(
      (s) => fold(s.name) === wanted || s.aliases.some((a) => fold(a) === wanted),
    );
    if (!match) return false;
    if (!value.includes(match.id)) onChange([...value, match.id]);
    setText('');
    return true;
  };
  return (
    <fieldset className="field claimants-field">
      <legend className="field-label">Claimants</legend>
      <ul className="chips" aria-label="Claimants">
        {value.map((id) => {
          const grade = grades?.get(id);
          return (
            <li key={id} className="chip">
              {byId.get(id)?.name ?? 'Unknown source'}
              {grade ? ` (${grade})` : ''}
              <button
                type="button"
                aria-label={`Remove ${byId.get(id)?.name ?? 'claimant'}`}
                onClick={() => onChange(value.filter((v) => v !== id))}
              >
                ×
              </button>
            </li>
          );
        })}
        {value.length === 0 && <li className="field-hint">Nobody yet</li>}
      </ul>
      <input
        type="text"
        aria-label="Add claimant"
        list={listId}
        value={text}
        placeholder="Type a source’s name, then Enter"
        onChange={(e) => {
          // Picking a suggestion fills the whole name at once: add it straight away.
          if (!add(e.target.value)) setText(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(text);
          }
        }}
      />
      <datalist id={listId}>
        {sources
          .filter((s) => !value.includes(s.id))
          .map((s) => (
            <option key={s.id} value={s.name} />
          ))}
      </datalist>
    </fieldset>
  );
}
