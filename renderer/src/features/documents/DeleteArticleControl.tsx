// "Delete…": asks the service what would go with the article (its quotes, highlights, claims and
// memos; evidence elsewhere that is kept as a reference), says so in an inline confirmation, and
// deletes only after a second, explicit click. One undoable edit.
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { plural } from '../../../../shared/text/plural';

export type DeletePlan = ChannelOutput<'documents.deletePlan'>;

/** "a, b and c"; "a" alone; '' for nothing. */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The confirmation's question: "Delete “Title” and its 3 quotes, 1 highlight, 2 claims and
 * 1 memo? 1 piece of evidence in other claims is kept as a reference. You can undo this."
 * Things the article has none of are left out.
 */
export function deleteQuestion(title: string, plan: DeletePlan): string {
  const parts = [
    plan.quotes > 0 && plural(plan.quotes, 'quote'),
    plan.annotations > 0 && plural(plan.annotations, 'highlight'),
    plan.claims > 0 && plural(plan.claims, 'claim'),
    plan.memos > 0 && plural(plan.memos, 'memo'),
  ].filter((p): p is string => typeof p === 'string');
  const what = parts.length > 0 ? ` and its ${listText(parts)}` : '';
  const n = plan.evidenceKept;
  const kept =
    n === 0
      ? ''
      : ` ${plural(n, 'piece of evidence', 'pieces of evidence')} in other claims ${n === 1 ? 'is kept as a reference' : 'are kept as references'}.`;
  return `Delete “${title}”${what}?${kept} You can undo this.`;
}

interface Props {
  document: { id: string; title: string };
  /** After the article is gone; the caller refreshes the workspace. */
  onDeleted: () => void;
}

export function DeleteArticleControl({ document: doc, onDeleted }: Props) {
  const [plan, setPlan] = useState<DeletePlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const ask = async () => {
    setBusy(true);
    const result = await call('documents.deletePlan', { id: doc.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setPlan(result.value);
  };

  const remove = async () => {
    setBusy(true);
    const result = await call('documents.delete', { id: doc.id });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onDeleted();
  };

  if (!plan) {
    return (
      <div className="article-delete">
        <button type="button" className="danger" disabled={busy} onClick={() => void ask()}>
          Delete article…
        </button>
        <FormError message={error} />
      </div>
    );
  }
  return (
    <div className="article-delete confirming" role="group" aria-label="Delete this article">
      <p className="confirm-text">{deleteQuestion(doc.title, plan)}</p>
      <FormError message={error} />
      <div className="actions">
        <button type="button" autoFocus onClick={() => setPlan(null)}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
          Delete article
        </button>
      </div>
    </div>
  );
}
