// Tags typed as comma-separated names with the codebook offered as suggestions; names not in
// the codebook yet join it when the form is saved (the service creates them).
import { useId } from 'react';
import type { Tag } from '../../../shared/domain/annotations';

interface Props {
  tags: readonly Tag[];
  value: string;
  onChange: (value: string) => void;
  label?: string;
}

/** The names in a comma-separated tag field, trimmed, empties dropped. */
export function parseTagNames(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The field's text for a list of tag ids. */
export function tagText(ids: readonly string[], tags: readonly Tag[]): string {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  return ids
    .map((id) => names.get(id))
    .filter(Boolean)
    .join(', ');
}

export function TagsInput({ tags, value, onChange, label = 'Tags' }: Props) {
  const listId = useId();
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        type="text"
        list={listId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="territorial, Kremlin talking point"
      />
      <datalist id={listId}>
        {tags.map((t) => (
          <option key={t.id} value={t.name} />
        ))}
      </datalist>
    </label>
  );
}
