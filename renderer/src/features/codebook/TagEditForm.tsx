// Edits one tag: rename, describe, recolour, move under another parent, set or clear its key.
// Only the fields that changed are sent, so the undo history names the edit ("Rename tag…",
// "Move tag…") and a rename is not refused over a shortcut nobody touched.
import { useId, useMemo, useState } from 'react';
import type { ChannelInput, TagWithUsage } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import type { TagTreeRow } from './tag-tree';
import { descendantIds } from './tag-tree';
import type { TagFieldValues } from './TagFields';
import { TagFields } from './TagFields';

interface Props {
  tag: TagWithUsage;
  rows: readonly TagTreeRow<TagWithUsage>[];
  /** Called with the saved name after a successful edit. */
  onSaved: (name: string) => void;
}

type Update = ChannelInput<'tags.update'>;

const valuesOf = (tag: TagWithUsage): TagFieldValues => ({
  name: tag.name,
  description: tag.description,
  color: tag.color,
  parentId: tag.parentId ?? '',
  shortcut: tag.shortcut ?? '',
});

/** The update holding only what differs from the stored tag; null when nothing does. */
export function changesOf(tag: TagWithUsage, values: TagFieldValues): Update | null {
  const before = valuesOf(tag);
  const update: Update = { id: tag.id };
  if (values.name.trim() !== before.name) update.name = values.name;
  if (values.description !== before.description) update.description = values.description;
  if (values.color !== before.color) update.color = values.color;
  if (values.parentId !== before.parentId) update.parentId = values.parentId || null;
  if (values.shortcut !== before.shortcut) update.shortcut = values.shortcut || null;
  return Object.keys(update).length > 1 ? update : null;
}

export function TagEditForm({ tag, rows, onSaved }: Props) {
  const id = useId();
  const [values, setValues] = useState(() => valuesOf(tag));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // A tag cannot go under itself or under anything below it (the service refuses that loop).
  const parentChoices = useMemo(() => {
    const below = descendantIds(
      rows.map((r) => r.tag),
      tag.id,
    );
    return rows.filter((r) => r.tag.id !== tag.id && !below.has(r.tag.id));
  }, [rows, tag.id]);

  const update = changesOf(tag, values);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (values.name.trim() === '') return setError('Name the tag.');
    if (!update) return;
    setSaving(true);
    const result = await call('tags.update', update);
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onSaved(result.value.name);
  };

  return (
    <form className="form tag-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>Edit tag</h3>
      <TagFields
        values={values}
        parentChoices={parentChoices}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
      />
      <FormError message={error} />
      <div className="actions">
        <button type="button" disabled={!update} onClick={() => setValues(valuesOf(tag))}>
          Revert
        </button>
        <button type="submit" className="primary" disabled={saving || !update}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
