// Handlers for the codebook: tags with counts, created, renamed, moved in the hierarchy, given a
// one-key shortcut, merged and deleted. Items refer to tags by id, so a rename reaches everything
// tagged at once; merge and delete rewrite the items, all in one undoable edit.
import type { Tag } from '../../shared/domain/annotations';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import type { TagUsage } from '../../shared/ipc/contract';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { COMMANDS } from '../../shared/commands';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { TAG_COLORS } from './annotations';

type CodebookHandlers = Pick<
  HandlerTable,
  'tags.list' | 'tags.create' | 'tags.update' | 'tags.merge' | 'tags.delete'
>;

/** Keys the app's own commands answer to while the article has focus. */
const RESERVED_KEYS = new Set(
  Object.values(COMMANDS)
    .map((c) => c.key?.toLowerCase())
    .filter((k): k is string => k !== undefined),
);

/** How many highlights and claims carry each tag, in one pass over both. */
export function tagUsage(data: WorkspaceData): Map<string, TagUsage> {
  const usage = new Map<string, TagUsage>();
  const bump = (id: string, field: keyof TagUsage) => {
    let u = usage.get(id);
    if (!u) usage.set(id, (u = { annotations: 0, claims: 0 }));
    u[field] += 1;
  };
  for (const a of valuesOf(data.annotations)) for (const id of a.tagIds) bump(id, 'annotations');
  for (const c of valuesOf(data.claims)) for (const id of c.tagIds) bump(id, 'claims');
  return usage;
}

/** True when `ancestorId` is `tagId` or one of its ancestors. */
export function isAncestor(
  tags: Record<string, Tag>,
  ancestorId: string,
  tagId: string | null,
): boolean {
  const seen = new Set<string>();
  for (let id = tagId; id !== null && !seen.has(id); id = getRecord(tags, id)?.parentId ?? null) {
    if (id === ancestorId) return true;
    seen.add(id);
  }
  return false;
}

/**
 * The changes that replace tag `fromId` by `toId` (or drop it, when `toId` is null) on every
 * highlight and claim, with how many of each changed.
 */
export function retagChanges(
  data: WorkspaceData,
  fromId: string,
  toId: string | null,
  at: string,
): { changes: Change[]; moved: TagUsage } {
  const swap = (ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => (id === fromId ? (toId === null ? [] : [toId]) : [id]))),
  ];
  const changes: Change[] = [];
  const moved = { annotations: 0, claims: 0 };
  for (const a of valuesOf(data.annotations)) {
    if (!a.tagIds.includes(fromId)) continue;
    moved.annotations += 1;
    changes.push({
      op: 'put',
      collection: 'annotations',
      value: { ...a, tagIds: swap(a.tagIds), updatedAt: at },
    });
  }
  for (const c of valuesOf(data.claims)) {
    if (!c.tagIds.includes(fromId)) continue;
    moved.claims += 1;
    changes.push({
      op: 'put',
      collection: 'claims',
      value: { ...c, tagIds: swap(c.tagIds), updatedAt: at },
    });
  }
  return { changes, moved };
}

export function codebookHandlers(ctx: ServiceContext): CodebookHandlers {
  const data = () => ctx.store.data;
  const existing = (id: string): Tag => {
    const tag = getRecord(data().tags, id);
    if (!tag) throw new WorkbenchError('not_found', 'That tag is no longer in the codebook.');
    return tag;
  };
  const checkName = (name: string, selfId: string | null) => {
    const clash = valuesOf(data().tags).find(
      (t) => t.id !== selfId && t.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) {
      throw new WorkbenchError(
        'conflict',
        `The codebook already has a tag “${clash.name}”. Merge the two tags instead.`,
      );
    }
  };
  const checkShortcut = (shortcut: string | null, selfId: string | null) => {
    if (shortcut === null) return;
    const key = shortcut.toLowerCase();
    if (RESERVED_KEYS.has(key) || !/^[\p{L}\p{N}]$/u.test(shortcut)) {
      throw new WorkbenchError(
        'invalid_input',
        `“${shortcut}” cannot be a tag shortcut: use a letter or digit the app does not already use.`,
      );
    }
    const clash = valuesOf(data().tags).find(
      (t) => t.id !== selfId && t.shortcut?.toLowerCase() === key,
    );
    if (clash) {
      throw new WorkbenchError(
        'conflict',
        `“${shortcut}” is already the shortcut of “${clash.name}”.`,
      );
    }
  };
  const checkParent = (parentId: string | null, selfId: string | null) => {
    if (parentId === null) return;
    existing(parentId);
    if (selfId !== null && isAncestor(data().tags, selfId, parentId)) {
      throw new WorkbenchError(
        'invalid_input',
        'A tag cannot be moved under itself or its own children.',
      );
    }
  };
  const clean = (name: string) => name.replace(/\s+/g, ' ').trim();

  return {
    'tags.list': async () => {
      const usage = tagUsage(data());
      return valuesOf(data().tags)
        .map((tag) => ({ ...tag, usage: usage.get(tag.id) ?? { annotations: 0, claims: 0 } }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    'tags.create': async (input) => {
      const name = clean(input.name);
      checkName(name, null);
      checkShortcut(input.shortcut, null);
      checkParent(input.parentId, null);
      const at = stamp(ctx);
      const count = Object.keys(data().tags).length;
      const tag: Tag = {
        id: ctx.newId(),
        name,
        description: input.description,
        color: input.color ?? TAG_COLORS[count % TAG_COLORS.length]!,
        parentId: input.parentId,
        shortcut: input.shortcut,
        createdAt: at,
        updatedAt: at,
      };
      await ctx.commit('Add tag', [{ op: 'put', collection: 'tags', value: tag }]);
      return tag;
    },

    'tags.update': async (input) => {
      const before = existing(input.id);
      const name = input.name === undefined ? before.name : clean(input.name);
      if (name !== before.name) checkName(name, before.id);
      const shortcut = input.shortcut === undefined ? before.shortcut : input.shortcut;
      if (shortcut !== before.shortcut) checkShortcut(shortcut, before.id);
      const parentId = input.parentId === undefined ? before.parentId : input.parentId;
      if (parentId !== before.parentId) checkParent(parentId, before.id);
      const after: Tag = {
        ...before,
        name,
        description: input.description ?? before.description,
        color: input.color ?? before.color,
        parentId,
        shortcut,
        updatedAt: stamp(ctx),
      };
      const label =
        name !== before.name
          ? `Rename tag “${before.name}” to “${name}”`
          : parentId !== before.parentId
            ? `Move tag “${name}”`
            : `Edit tag “${name}”`;
      await ctx.commit(label, [{ op: 'put', collection: 'tags', value: after }]);
      return after;
    },

    'tags.merge': async ({ sourceId, targetId }) => {
      const source = existing(sourceId);
      const target = existing(targetId);
      if (sourceId === targetId) {
        throw new WorkbenchError('invalid_input', 'Choose another tag to merge this one into.');
      }
      const at = stamp(ctx);
      const { changes, moved } = retagChanges(data(), sourceId, targetId, at);
      // The merged tag's children and memos now belong to the tag it was merged into. When the
      // target was itself under the merged tag, it takes the merged tag's place.
      const targetParent = isAncestor(data().tags, sourceId, target.parentId)
        ? source.parentId
        : target.parentId;
      for (const child of valuesOf(data().tags)) {
        if (child.parentId !== sourceId || child.id === targetId) continue;
        changes.push({
          op: 'put',
          collection: 'tags',
          value: { ...child, parentId: targetId, updatedAt: at },
        });
      }
      for (const memo of valuesOf(data().memos)) {
        if (memo.subject !== 'tags' || memo.subjectId !== sourceId) continue;
        changes.push({
          op: 'put',
          collection: 'memos',
          value: { ...memo, subjectId: targetId, updatedAt: at },
        });
      }
      const tag: Tag = {
        ...target,
        parentId: targetParent,
        description: target.description || source.description,
        shortcut: target.shortcut ?? source.shortcut,
        updatedAt: at,
      };
      changes.push(
        { op: 'put', collection: 'tags', value: tag },
        { op: 'delete', collection: 'tags', id: sourceId },
      );
      await ctx.commit(`Merge tag “${source.name}” into “${target.name}”`, changes);
      return { tag, moved };
    },

    'tags.delete': async ({ id }) => {
      const tag = existing(id);
      const at = stamp(ctx);
      const { changes, moved } = retagChanges(data(), id, null, at);
      for (const child of valuesOf(data().tags)) {
        if (child.parentId !== id) continue;
        changes.push({
          op: 'put',
          collection: 'tags',
          value: { ...child, parentId: tag.parentId, updatedAt: at },
        });
      }
      for (const memo of valuesOf(data().memos)) {
        if (memo.subject === 'tags' && memo.subjectId === id) {
          changes.push({ op: 'delete', collection: 'memos', id: memo.id });
        }
      }
      changes.push({ op: 'delete', collection: 'tags', id });
      await ctx.commit(`Delete tag “${tag.name}”`, changes);
      return { id, removed: moved };
    },
  };
}
