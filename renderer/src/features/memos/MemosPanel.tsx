// The memos on one article, source, claim or tag: the list, a form to add one, in-place edits
// and deletes. Every change is one undoable edit in the service, so deleting needs no confirm.
import { useEffect, useRef, useState } from 'react';
import type { Memo, MemoSubject } from '../../../../shared/domain/claims';
import { call } from '../../api/client';
import { describeAccelerator } from '../../commands/registry';
import { MemoForm } from './MemoForm';
import { MemoItem } from './MemoItem';
import './memos.css';

interface Props {
  subject: MemoSubject;
  subjectId: string;
  /** Changes whenever the workspace did (an undo, say); the list reloads. */
  version: number;
  /** Called after every edit made here, so the app refreshes. */
  onChanged: () => void;
  reportError: (message: string) => void;
  heading?: string;
}

const UNDO_KEY = describeAccelerator('CmdOrCtrl+Z');

export function MemosPanel(props: Props) {
  // A new subject starts afresh: no half-written memo or status carries over to another item.
  return <MemosForSubject key={`${props.subject}:${props.subjectId}`} {...props} />;
}

function MemosForSubject(props: Props) {
  const { subject, subjectId, version, onChanged, reportError, heading = 'Memos' } = props;
  const [memos, setMemos] = useState<Memo[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    void call('memos.list', { subject, subjectId }).then((result) => {
      if (cancelled) return;
      setLoadFailed(!result.ok);
      if (result.ok) setMemos(result.value);
      else reportError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [subject, subjectId, version, reportError]);

  // The list is updated from each answer at once; the reload that onChanged brings confirms it.
  const add = async (title: string, body: string): Promise<string | null> => {
    const result = await call('memos.create', { subject, subjectId, title, body });
    if (!result.ok) return result.error.message;
    setMemos((list) => [...(list ?? []), result.value]);
    setStatus('Memo added.');
    onChanged();
    return null;
  };

  const save = async (memo: Memo, title: string, body: string): Promise<string | null> => {
    const result = await call('memos.update', { id: memo.id, title, body });
    if (!result.ok) return result.error.message;
    setMemos((list) => (list ?? []).map((m) => (m.id === memo.id ? result.value : m)));
    setStatus('Memo saved.');
    onChanged();
    return null;
  };

  const remove = async (memo: Memo) => {
    const result = await call('memos.delete', { id: memo.id });
    if (!result.ok) return reportError(result.error.message);
    setMemos((list) => (list ?? []).filter((m) => m.id !== memo.id));
    setStatus(`Deleted memo “${memo.title || 'Untitled memo'}”. ${UNDO_KEY} brings it back.`);
    // The Delete button went with the memo; keep keyboard users in the panel.
    headingRef.current?.focus();
    onChanged();
  };

  return (
    <section className="memos-panel" aria-label="Memos">
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
        {memos !== null && memos.length > 0 && <span className="count"> ({memos.length})</span>}
      </h3>
      {memos === null ? (
        <p className="empty">{loadFailed ? 'The memos could not be loaded.' : 'Loading memos…'}</p>
      ) : memos.length === 0 ? (
        <p className="empty">No memos yet.</p>
      ) : (
        <ul className="memo-list" aria-label={heading}>
          {memos.map((memo) => (
            <MemoItem key={memo.id} memo={memo} onSave={save} onDelete={(m) => void remove(m)} />
          ))}
        </ul>
      )}
      <p role="status" className="memo-status">
        {status}
      </p>
      <MemoForm bodyLabel="New memo" submitLabel="Add memo" onSave={add} />
    </section>
  );
}
