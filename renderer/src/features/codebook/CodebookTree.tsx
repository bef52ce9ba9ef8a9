// The codebook as an ARIA tree: one row per tag with its colour, name, key and counts, children
// indented under their parent. Keyboard as in the ARIA tree pattern: arrows move and fold,
// Home/End jump, a letter jumps to the next tag starting with it, Enter or Space selects.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TagWithUsage } from '../../../../shared/ipc/contract';
import type { TagTreeRow } from './tag-tree';
import { visibleRows } from './tag-tree';
import { plural } from './usage-text';

interface Props {
  rows: readonly TagTreeRow<TagWithUsage>[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Bumped to move focus into the tree, e.g. after the selected tag was merged away. */
  focusRequest: number;
}

function describe(tag: TagWithUsage): string {
  const key = tag.shortcut ? `Key ${tag.shortcut}. ` : '';
  const { annotations, claims } = tag.usage;
  return `${key}${plural(annotations, 'highlight')}, ${plural(claims, 'claim')}, ${annotations + claims} in total.`;
}

/** Position of each row among its siblings, for aria-posinset and aria-setsize. */
function siblingPositions(rows: readonly TagTreeRow<TagWithUsage>[]) {
  const sizes = new Map<string | null, number>();
  const positions = new Map<string, number>();
  for (const row of rows) {
    const n = (sizes.get(row.parentId) ?? 0) + 1;
    sizes.set(row.parentId, n);
    positions.set(row.tag.id, n);
  }
  return { sizes, positions };
}

export function CodebookTree({ rows, selectedId, onSelect, focusRequest }: Props) {
  const id = useId();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());

  // A newly selected tag (just created, or the target of a merge) must not hide inside a
  // folded parent: unfold its ancestors. Adjusted while rendering, as React advises for state
  // that follows a prop, rather than in an effect that would paint the folded tree first.
  const [unfoldedFor, setUnfoldedFor] = useState<string | null>(null);
  if (selectedId !== unfoldedFor) {
    setUnfoldedFor(selectedId);
    const parents = new Map(rows.map((r) => [r.tag.id, r.parentId]));
    const next = new Set(collapsed);
    const seen = new Set<string>();
    for (
      let p = parents.get(selectedId ?? '') ?? null;
      p && !seen.has(p);
      p = parents.get(p) ?? null
    ) {
      seen.add(p);
      next.delete(p);
    }
    if (next.size !== collapsed.size) setCollapsed(next);
  }

  const shown = useMemo(() => visibleRows(rows, collapsed), [rows, collapsed]);
  const { sizes, positions } = useMemo(() => siblingPositions(rows), [rows]);
  const isShown = (tagId: string | null) => shown.some((r) => r.tag.id === tagId);
  // One item is in the tab order (roving tabindex): the focused one, else the selected one.
  const tabbableId = isShown(focusedId)
    ? focusedId
    : isShown(selectedId)
      ? selectedId
      : (shown[0]?.tag.id ?? null);

  useEffect(() => {
    if (focusRequest === 0 || tabbableId === null) return;
    items.current.get(tabbableId)?.focus();
    // Only a new request moves focus; a changed list must not pull focus from elsewhere.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const focus = (tagId: string | undefined) => {
    if (tagId !== undefined) items.current.get(tagId)?.focus();
  };
  const toggle = (tagId: string, fold: boolean) => {
    const next = new Set(collapsed);
    if (fold) next.add(tagId);
    else next.delete(tagId);
    setCollapsed(next);
  };

  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const row = shown[index];
    if (!row || event.ctrlKey || event.metaKey || event.altKey) return;
    const folded = collapsed.has(row.tag.id);
    switch (event.key) {
      case 'ArrowDown':
        focus(shown[index + 1]?.tag.id);
        break;
      case 'ArrowUp':
        focus(shown[index - 1]?.tag.id);
        break;
      case 'Home':
        focus(shown[0]?.tag.id);
        break;
      case 'End':
        focus(shown.at(-1)?.tag.id);
        break;
      case 'ArrowRight':
        if (row.hasChildren && folded) toggle(row.tag.id, false);
        else if (row.hasChildren) focus(shown[index + 1]?.tag.id);
        break;
      case 'ArrowLeft':
        if (row.hasChildren && !folded) toggle(row.tag.id, true);
        else focus(row.parentId ?? undefined);
        break;
      case 'Enter':
      case ' ':
        onSelect(row.tag.id);
        break;
      default: {
        if (!/^[\p{L}\p{N}]$/u.test(event.key)) return;
        // Type-ahead: the next tag (wrapping round) whose name starts with the key.
        const key = event.key.toLocaleLowerCase();
        const order = [...shown.slice(index + 1), ...shown.slice(0, index + 1)];
        focus(order.find((r) => r.tag.name.toLocaleLowerCase().startsWith(key))?.tag.id);
      }
    }
    // Handled here: keep the page from scrolling and the reader's one-key commands from firing.
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="codebook-tree">
      <div className="codebook-tree-head" aria-hidden="true">
        <span>Tag</span>
        <span>Key</span>
        <span>Highlights</span>
        <span>Claims</span>
        <span>Total</span>
      </div>
      <ul role="tree" aria-label="Codebook">
        {shown.map((row, index) => {
          const { tag } = row;
          const folded = collapsed.has(tag.id);
          return (
            <li
              key={tag.id}
              ref={(el) => {
                if (el) items.current.set(tag.id, el);
                else items.current.delete(tag.id);
              }}
              role="treeitem"
              className="codebook-row"
              aria-label={tag.name}
              aria-describedby={`${id}-${tag.id}`}
              aria-level={row.depth + 1}
              aria-setsize={sizes.get(row.parentId)}
              aria-posinset={positions.get(tag.id)}
              aria-expanded={row.hasChildren ? !folded : undefined}
              aria-selected={tag.id === selectedId}
              tabIndex={tag.id === tabbableId ? 0 : -1}
              onFocus={() => setFocusedId(tag.id)}
              onClick={() => onSelect(tag.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span
                className="codebook-name"
                style={{ paddingInlineStart: `${row.depth * 1.25}rem` }}
              >
                <span
                  className="tree-toggle"
                  aria-hidden="true"
                  onClick={(event) => {
                    if (!row.hasChildren) return;
                    event.stopPropagation();
                    toggle(tag.id, !folded);
                  }}
                >
                  {row.hasChildren ? (folded ? '▸' : '▾') : ''}
                </span>
                <span className="tag-swatch" style={{ background: tag.color }} aria-hidden="true" />
                <span className="tag-name">{tag.name}</span>
              </span>
              <kbd className="codebook-key" aria-hidden="true">
                {tag.shortcut ?? ''}
              </kbd>
              <span className="codebook-count" aria-hidden="true">
                {tag.usage.annotations}
              </span>
              <span className="codebook-count" aria-hidden="true">
                {tag.usage.claims}
              </span>
              <span className="codebook-count" aria-hidden="true">
                {tag.usage.annotations + tag.usage.claims}
              </span>
              <span id={`${id}-${tag.id}`} className="visually-hidden">
                {describe(tag)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
