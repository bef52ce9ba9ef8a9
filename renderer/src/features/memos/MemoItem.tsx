// One memo in the list: its title, its body as plain text (line breaks kept, never parsed as
// HTML) and when it last changed, with Edit (in place) and Delete.
import { useLayoutEffect, useRef, useState } from 'react';
import type { Memo } from '../../../../shared/domain/claims';
import { formatDateTime } from '../../../../shared/text/dates';
import { MemoForm } from './MemoForm';

interface Props {
  memo: Memo;
  onSave: (memo: Memo, title: string, body: string) => Promise<string | null>;
  onDelete: (memo: Memo) => void;
}

export function MemoItem({ memo, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Set when an edit ends, so focus goes back to the Edit button instead of being lost with
  // the form that just disappeared: in the same commit that removes the form (a layout effect),
  // so focus is never on the body meanwhile, however busy the page is.
  const refocus = useRef(false);

  useLayoutEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const finish = () => {
    refocus.current = true;
    setEditing(false);
  };
  const name = memo.title || 'Untitled memo';

  if (editing) {
    return (
      <li className="memo editing" aria-label={`Editing ${name}`}>
        <MemoForm
          initialTitle={memo.title}
          initialBody={memo.body}
          bodyLabel="Memo"
          submitLabel="Save memo"
          autoFocus
          onCancel={finish}
          onSave={async (title, body) => {
            const problem = await onSave(memo, title, body);
            if (problem === null) finish();
            return problem;
          }}
        />
      </li>
    );
  }
  return (
    <li className="memo" aria-label={name}>
      <h4 className={memo.title ? 'memo-title' : 'memo-title untitled'}>{name}</h4>
      <p className="memo-body">{memo.body}</p>
      <div className="memo-footer">
        <time className="memo-when" dateTime={memo.updatedAt}>
          Updated {formatDateTime(memo.updatedAt)}
        </time>
        <button
          ref={editButton}
          type="button"
          aria-label={`Edit memo ${name}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="danger"
          aria-label={`Delete memo ${name}`}
          onClick={() => onDelete(memo)}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
