// "New tag": a name and, optionally, a description, colour, parent and one-key shortcut. The
// service refuses a clashing name or key with a message saying what to do, shown here.
import { useId, useState } from 'react';
import type { Tag } from '../../../../shared/domain/annotations';
import type { TagWithUsage } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import type { TagTreeRow } from './tag-tree';
import type { TagFieldValues } from './TagFields';
import { TagFields } from './TagFields';

interface Props {
  rows: readonly TagTreeRow<TagWithUsage>[];
  /** Preselected parent, for "New subtag"; null for the top level. */
  parentId: string | null;
  onCreated: (tag: Tag) => void;
  onCancel: () => void;
}

export function NewTagForm({ rows, parentId, onCreated, onCancel }: Props) {
  const id = useId();
  const [values, setValues] = useState<TagFieldValues>({
    name: '',
    description: '',
    color: '#1f5aa6',
    parentId: parentId ?? '',
    shortcut: '',
  });
  // Until the analyst picks a colour, the service chooses one, so tags do not all look alike.
  const [colorChosen, setColorChosen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (values.name.trim() === '') return setError('Name the tag.');
    setSaving(true);
    const result = await call('tags.create', {
      name: values.name,
      description: values.description,
      ...(colorChosen ? { color: values.color } : {}),
      parentId: values.parentId || null,
      shortcut: values.shortcut || null,
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    onCreated(result.value);
  };

  return (
    <form
      className="form tag-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h2 id={`${id}-title`}>New tag</h2>
      <TagFields
        values={values}
        parentChoices={rows}
        autoFocusName
        colorHint={colorChosen ? undefined : 'Picked for you unless you choose one.'}
        onChange={(patch) => {
          if (patch.color !== undefined) setColorChosen(true);
          setValues((v) => ({ ...v, ...patch }));
        }}
      />
      <FormError message={error} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add tag'}
        </button>
      </div>
    </form>
  );
}
