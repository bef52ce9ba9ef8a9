// "Merge into…": pick the tag this one duplicates, read what will happen, confirm. Everything
// tagged moves to the other tag in one edit, which the app's undo reverses.
import { useId, useState } from 'react';
import type { TagWithUsage } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import type { TagTreeRow } from './tag-tree';
import { indented } from './TagFields';
import { UNDO_KEY, usageText } from './usage-text';

interface Props {
  tag: TagWithUsage;
  rows: readonly TagTreeRow<TagWithUsage>[];
  /** Called with the tag that remains and a sentence saying what moved. */
  onMerged: (targetId: string, summary: string) => void;
}

export function MergeTagControl({ tag, rows, onMerged }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const target = rows.find((r) => r.tag.id === targetId)?.tag ?? null;

  const close = () => {
    setOpen(false);
    setTargetId('');
    setError(null);
  };

  const merge = async (into: TagWithUsage) => {
    setMerging(true);
    const result = await call('tags.merge', { sourceId: tag.id, targetId: into.id });
    setMerging(false);
    if (!result.ok) return setError(result.error.message);
    close();
    onMerged(
      into.id,
      `Merged “${tag.name}” into “${into.name}”: ${usageText(result.value.moved)} moved. ${UNDO_KEY} undoes it.`,
    );
  };

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Merge into…
      </button>
    );
  }
  return (
    <div className="merge-control" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Merge “{tag.name}” into another tag</h3>
      <label className="field">
        <span className="field-label">Merge into</span>
        <select autoFocus value={targetId} onChange={(e) => setTargetId(e.target.value)}>
          <option value="">Choose a tag…</option>
          {rows
            .filter((r) => r.tag.id !== tag.id)
            .map((r) => (
              <option key={r.tag.id} value={r.tag.id}>
                {indented(r)}
              </option>
            ))}
        </select>
      </label>
      {target && (
        <p className="confirm-text">
          Everything tagged “{tag.name}” ({usageText(tag.usage)}) will be tagged “{target.name}”
          instead. Its subtags and memos move to “{target.name}”, and “{tag.name}” leaves the
          codebook. {UNDO_KEY} reverses the whole merge.
        </p>
      )}
      <FormError message={error} />
      <div className="actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!target || merging}
          onClick={() => target && void merge(target)}
        >
          {target ? `Merge into “${target.name}”` : 'Merge'}
        </button>
      </div>
    </div>
  );
}
