// "Delete": says how many highlights and claims lose the tag and what happens to its subtags and
// memos, and deletes only after a second, explicit click. Undo restores all of it.
import { useState } from 'react';
import type { TagWithUsage } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { UNDO_KEY, usageText } from './usage-text';

interface Props {
  tag: TagWithUsage;
  /** Name of the tag's parent, where its subtags go; null at the top level. */
  parentName: string | null;
  hasChildren: boolean;
  onDeleted: (summary: string) => void;
}

export function DeleteTagControl({ tag, parentName, hasChildren, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    setDeleting(true);
    const result = await call('tags.delete', { id: tag.id });
    setDeleting(false);
    if (!result.ok) return setError(result.error.message);
    onDeleted(
      `Deleted “${tag.name}”; ${usageText(result.value.removed)} lost the tag. ${UNDO_KEY} restores it.`,
    );
  };

  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        Delete…
      </button>
    );
  }
  const used = tag.usage.annotations + tag.usage.claims > 0;
  const consequences = [
    used ? `${usageText(tag.usage)} will lose this tag` : 'Nothing is tagged with it',
    hasChildren && `its subtags move ${parentName ? `under “${parentName}”` : 'to the top level'}`,
    'its memos are deleted',
  ].filter(Boolean);
  return (
    <div className="delete-control" role="group" aria-label={`Delete “${tag.name}”`}>
      <p className="confirm-text">
        Delete “{tag.name}”? {consequences.join('; ')}. {UNDO_KEY} restores all of it.
      </p>
      <FormError message={error} />
      <div className="actions">
        <button type="button" autoFocus onClick={() => setConfirming(false)}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={deleting} onClick={() => void remove()}>
          Delete “{tag.name}”
        </button>
      </div>
    </div>
  );
}
