// Handlers for memos: the analyst's notes on an article, a source, a claim or a tag. Several
// memos may hang off one item; each is its own undoable edit.
import type { Memo, MemoSubject } from '../../shared/domain/claims';
import type { WorkspaceData } from '../../shared/domain/workspace';
import { getRecord, hasRecord, valuesOf } from '../../shared/domain/workspace';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { ServiceContext } from './context';
import { stamp } from './context';

type MemoHandlers = Pick<
  HandlerTable,
  'memos.list' | 'memos.create' | 'memos.update' | 'memos.delete'
>;

const SUBJECT_NAMES: Record<MemoSubject, string> = {
  documents: 'article',
  sources: 'source',
  claims: 'claim',
  tags: 'tag',
};

/** Memos about one item, for the cascades of deleting or merging it. */
export function memosAbout(data: WorkspaceData, subject: MemoSubject, id: string): Memo[] {
  return valuesOf(data.memos).filter((m) => m.subject === subject && m.subjectId === id);
}

export function memoHandlers(ctx: ServiceContext): MemoHandlers {
  const data = () => ctx.store.data;
  const existing = (id: string): Memo => {
    const memo = getRecord(data().memos, id);
    if (!memo) throw new WorkbenchError('not_found', 'That memo no longer exists.');
    return memo;
  };
  return {
    'memos.list': async (input) =>
      valuesOf(data().memos)
        .filter((m) => !input || (m.subject === input.subject && m.subjectId === input.subjectId))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),

    'memos.create': async ({ subject, subjectId, title, body }) => {
      if (!hasRecord(data()[subject], subjectId)) {
        throw new WorkbenchError('not_found', `That ${SUBJECT_NAMES[subject]} no longer exists.`);
      }
      if (title === '' && body.trim() === '') {
        throw new WorkbenchError('invalid_input', 'Write something in the memo first.');
      }
      const at = stamp(ctx);
      const memo: Memo = {
        id: ctx.newId(),
        subject,
        subjectId,
        title,
        body,
        createdAt: at,
        updatedAt: at,
      };
      await ctx.commit(`Add memo on ${SUBJECT_NAMES[subject]}`, [
        { op: 'put', collection: 'memos', value: memo },
      ]);
      return memo;
    },

    'memos.update': async ({ id, title, body }) => {
      const before = existing(id);
      const after: Memo = {
        ...before,
        title: title ?? before.title,
        body: body ?? before.body,
        updatedAt: stamp(ctx),
      };
      await ctx.commit('Edit memo', [{ op: 'put', collection: 'memos', value: after }]);
      return after;
    },

    'memos.delete': async ({ id }) => {
      existing(id);
      await ctx.commit('Delete memo', [{ op: 'delete', collection: 'memos', id }]);
      return { id };
    },
  };
}
