// The codebook as an ordered tree: a flat list of tags becomes rows in display order (parents
// before their children, siblings by name) with their depth, plus the helpers the tree needs.

/** The fields of a tag the tree is built from. */
export interface TreeTag {
  id: string;
  name: string;
  parentId: string | null;
}

export interface TagTreeRow<T extends TreeTag> {
  tag: T;
  /** 0 for a top-level tag. */
  depth: number;
  /** The parent the row is shown under: null for top level, and for tags whose stored parent
   * is missing or part of a loop (bad data must still show every tag, once). */
  parentId: string | null;
  hasChildren: boolean;
}

const byName = (a: TreeTag, b: TreeTag) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }) ||
  a.id.localeCompare(b.id);

function childrenByParent<T extends TreeTag>(tags: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<string | null, T[]>();
  for (const tag of tags) {
    // A parent that is not in the list cannot be shown, so the tag goes to the top level.
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    const list = children.get(parent);
    if (list) list.push(tag);
    else children.set(parent, [tag]);
  }
  for (const list of children.values()) list.sort(byName);
  return children;
}

/**
 * Every tag exactly once, in tree order. Tags caught in a parent loop (which the service
 * refuses, but a hand-edited file could hold) are never reachable from the top, so each loop is
 * entered at its first tag by name and shown from there as if it were top level.
 */
export function buildTagTree<T extends TreeTag>(tags: readonly T[]): TagTreeRow<T>[] {
  const children = childrenByParent(tags);
  const rows: TagTreeRow<T>[] = [];
  const seen = new Set<string>();
  // An explicit stack rather than recursion: a deep codebook cannot overflow the call stack.
  const walk = (root: T) => {
    const stack: { tag: T; depth: number; parentId: string | null }[] = [
      { tag: root, depth: 0, parentId: null },
    ];
    while (stack.length > 0) {
      const { tag, depth, parentId } = stack.pop()!;
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      const kids = (children.get(tag.id) ?? []).filter((k) => !seen.has(k.id));
      rows.push({ tag, depth, parentId, hasChildren: kids.length > 0 });
      for (let i = kids.length - 1; i >= 0; i -= 1) {
        stack.push({ tag: kids[i]!, depth: depth + 1, parentId: tag.id });
      }
    }
  };
  for (const root of children.get(null) ?? []) walk(root);
  if (seen.size < tags.length) {
    for (const tag of [...tags].sort(byName)) if (!seen.has(tag.id)) walk(tag);
  }
  return rows;
}

/** The ids of every tag below `id` (not `id` itself); safe on looping data. */
export function descendantIds(tags: readonly TreeTag[], id: string): Set<string> {
  const children = childrenByParent(tags);
  const found = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const next = queue.pop()!;
    for (const child of children.get(next) ?? []) {
      if (child.id === id || found.has(child.id)) continue;
      found.add(child.id);
      queue.push(child.id);
    }
  }
  return found;
}

/** The rows left to show when the tags in `collapsed` hide their subtrees. */
export function visibleRows<T extends TreeTag>(
  rows: readonly TagTreeRow<T>[],
  collapsed: ReadonlySet<string>,
): TagTreeRow<T>[] {
  const shown: TagTreeRow<T>[] = [];
  // Rows come in tree order, so a collapsed tag's subtree is the run of deeper rows after it.
  let hideDeeperThan: number | null = null;
  for (const row of rows) {
    if (hideDeeperThan !== null) {
      if (row.depth > hideDeeperThan) continue;
      hideDeeperThan = null;
    }
    shown.push(row);
    if (row.hasChildren && collapsed.has(row.tag.id)) hideDeeperThan = row.depth;
  }
  return shown;
}
