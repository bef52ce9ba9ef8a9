// The Codebook view: every tag as a tree with how much each is used, and beside it the selected
// tag (edit, move, merge, delete, memos) or the new-tag form. The app passes the tag list in and
// refreshes it after each edit, so the view keeps only what is selected.
import { useId, useMemo, useState } from 'react';
import type { TagWithUsage } from '../../../../shared/ipc/contract';
import { CodebookTree } from './CodebookTree';
import { NewTagForm } from './NewTagForm';
import { TagDetail } from './TagDetail';
import { buildTagTree } from './tag-tree';
import { UNDO_KEY, plural } from './usage-text';
import type { Status } from '../../ui/StatusToast';
import './codebook.css';

const NONE: ReadonlySet<string> = new Set();

interface Props {
  tags: TagWithUsage[];
  /** Changes whenever the workspace did; memos reload with it. */
  version: number;
  /** Called after every edit made here, so the app reloads the tags. */
  onChanged: () => void;
  reportError: (message: string) => void;
  /** Opens the claims carrying a tag; without it the button is not offered. */
  onShowTagged?: (tagId: string) => void;
  /** The tag selected when the view opens (one chosen in the command palette). */
  initialSelectedId?: string | null;
  /** The window's toast: a deleted tag is announced there, with Undo (else in the view). */
  onStatus?: (message: Status) => void;
}

export function CodebookView(props: Props) {
  const { tags, version, onChanged, reportError, onShowTagged } = props;
  const id = useId();
  // Tags merged or deleted here leave the tree at once instead of lingering until the app has
  // reloaded the list (focus would otherwise land on a row about to vanish). The list is tied
  // to the tags it was made against, so a reload (or an undo bringing a tag back) clears it.
  const [removed, setRemoved] = useState({ from: tags, ids: NONE });
  const removedIds = removed.from === tags ? removed.ids : NONE;
  const rows = useMemo(
    () => buildTagTree(tags.filter((t) => !removedIds.has(t.id))),
    [tags, removedIds],
  );
  const hide = (tagId: string) => setRemoved({ from: tags, ids: new Set([...removedIds, tagId]) });
  const [selectedId, setSelectedId] = useState<string | null>(props.initialSelectedId ?? null);
  /** Set while the new-tag form is open, with the parent it starts under. */
  const [creating, setCreating] = useState<{ parentId: string | null } | null>(null);
  const [status, setStatus] = useState('');
  const [treeFocus, setTreeFocus] = useState(0);
  const selected = rows.find((r) => r.tag.id === selectedId) ?? null;

  const select = (tagId: string) => {
    setCreating(null);
    setSelectedId(tagId);
  };

  return (
    <main className="codebook-view">
      <section className="codebook-tree-pane" aria-labelledby={`${id}-title`}>
        <div className="panel-toolbar">
          <h2 id={`${id}-title`}>Codebook</h2>
          <span className="count">{plural(rows.length, 'tag')}</span>
          <button type="button" onClick={() => setCreating({ parentId: null })}>
            New tag
          </button>
        </div>
        {rows.length === 0 ? (
          <p className="empty">No tags yet. Add the first with “New tag”.</p>
        ) : (
          <CodebookTree
            rows={rows}
            selectedId={selectedId}
            onSelect={select}
            focusRequest={treeFocus}
          />
        )}
        <p role="status" className="codebook-status">
          {status}
        </p>
      </section>
      <div className="codebook-detail-pane">
        {creating ? (
          <NewTagForm
            key={creating.parentId ?? ''}
            rows={rows}
            parentId={creating.parentId}
            onCancel={() => setCreating(null)}
            onCreated={(tag) => {
              setCreating(null);
              setSelectedId(tag.id);
              setStatus(`Added tag “${tag.name}”. ${UNDO_KEY} undoes it.`);
              onChanged();
            }}
          />
        ) : selected ? (
          <TagDetail
            key={selected.tag.id}
            row={selected}
            rows={rows}
            version={version}
            onChanged={onChanged}
            reportError={reportError}
            onShowTagged={onShowTagged}
            onNewSubtag={(parentId) => setCreating({ parentId })}
            announce={setStatus}
            onMerged={(targetId, summary) => {
              hide(selected.tag.id);
              setSelectedId(targetId);
              setStatus(summary);
              setTreeFocus((n) => n + 1);
            }}
            onDeleted={(summary) => {
              hide(selected.tag.id);
              setSelectedId(null);
              if (props.onStatus) props.onStatus({ text: summary, undo: true });
              else setStatus(summary);
              setTreeFocus((n) => n + 1);
            }}
          />
        ) : (
          <p className="empty">Select a tag to see and edit it, or add one with “New tag”.</p>
        )}
      </div>
    </main>
  );
}
