// One tag of the codebook: what it is and how much it is used, its edit form, merge, delete, a
// way to the claims it tags, and the analyst's memos on it (code memos, as in ATLAS.ti).
import { useId } from 'react';
import type { TagWithUsage } from '../../../../shared/ipc/contract';
import { MemosPanel } from '../memos/MemosPanel';
import { DeleteTagControl } from './DeleteTagControl';
import { MergeTagControl } from './MergeTagControl';
import type { TagTreeRow } from './tag-tree';
import { TagEditForm } from './TagEditForm';
import { UNDO_KEY, plural } from './usage-text';

interface Props {
  row: TagTreeRow<TagWithUsage>;
  rows: readonly TagTreeRow<TagWithUsage>[];
  version: number;
  onChanged: () => void;
  reportError: (message: string) => void;
  onShowTagged?: (tagId: string) => void;
  onNewSubtag: (parentId: string) => void;
  /** After a merge: the tag that remains, and what to tell the analyst. */
  onMerged: (targetId: string, summary: string) => void;
  onDeleted: (summary: string) => void;
  announce: (message: string) => void;
}

export function TagDetail(props: Props) {
  const { row, rows, version, onChanged, reportError, onShowTagged, announce } = props;
  const id = useId();
  const { tag } = row;
  const parent = rows.find((r) => r.tag.id === row.parentId)?.tag ?? null;

  return (
    <section className="tag-detail" aria-labelledby={`${id}-name`}>
      <header className="tag-detail-header">
        <span className="tag-swatch large" style={{ background: tag.color }} aria-hidden="true" />
        <div>
          <h2 id={`${id}-name`}>{tag.name}</h2>
          <span className="tag-meta">
            {parent ? `Under “${parent.name}” · ` : ''}
            {plural(tag.usage.annotations, 'highlight')} · {plural(tag.usage.claims, 'claim')}
            {tag.shortcut && (
              <>
                {' · key '}
                <kbd>{tag.shortcut}</kbd>
              </>
            )}
          </span>
        </div>
      </header>
      <div className="tag-actions">
        {onShowTagged && (
          <button type="button" onClick={() => onShowTagged(tag.id)}>
            Show tagged claims ({tag.usage.claims})
          </button>
        )}
        <button type="button" onClick={() => props.onNewSubtag(tag.id)}>
          New subtag…
        </button>
      </div>
      {/* Keyed by the stored version, so an undo elsewhere resets the form to what is stored. */}
      <TagEditForm
        key={`${tag.id}@${tag.updatedAt}`}
        tag={tag}
        rows={rows}
        onSaved={(name) => {
          announce(`Saved tag “${name}”. ${UNDO_KEY} undoes it.`);
          onChanged();
        }}
      />
      <div className="tag-danger-zone">
        <MergeTagControl
          tag={tag}
          rows={rows}
          onMerged={(targetId, summary) => {
            props.onMerged(targetId, summary);
            onChanged();
          }}
        />
        <DeleteTagControl
          tag={tag}
          parentName={parent?.name ?? null}
          hasChildren={row.hasChildren}
          onDeleted={(summary) => {
            props.onDeleted(summary);
            onChanged();
          }}
        />
      </div>
      <MemosPanel
        subject="tags"
        subjectId={tag.id}
        version={version}
        onChanged={onChanged}
        reportError={reportError}
        heading="Memos on this tag"
      />
    </section>
  );
}
