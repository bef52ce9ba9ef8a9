// One-key coding, as in QDA tools: a tag's shortcut key applies it to the current selection (a
// new highlight with that tag) or toggles it on the selected highlight or claim.
import { useEffect, useRef } from 'react';
import type { Annotation, Tag } from '../../../../shared/domain/annotations';
import type { Claim } from '../../../../shared/domain/claims';
import { call } from '../../api/client';
import { isTypingTarget } from '../../commands/registry';

export type TagTarget =
  | { kind: 'selection'; documentId: string; position: { start: number; end: number } }
  | { kind: 'highlight' | 'claim'; id: string };

interface Options {
  tags: readonly Tag[];
  disabled: boolean;
  target: () => TagTarget | null;
  annotations: ReadonlyMap<string, Annotation>;
  claims: ReadonlyMap<string, Claim>;
  /** After a change: what happened, and the id of a highlight made from the selection. */
  onApplied: (message: string, createdId: string | null) => void;
  reportError: (message: string) => void;
}

/** The tag names after toggling `tag` in a list of tag ids. */
export function toggledNames(tagIds: readonly string[], tag: Tag, tags: readonly Tag[]): string[] {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  const ids = tagIds.includes(tag.id) ? tagIds.filter((id) => id !== tag.id) : [...tagIds, tag.id];
  return ids.map((id) => names.get(id)).filter((n): n is string => n !== undefined);
}

export function useTagShortcuts(options: Options) {
  // The listener is attached once; it reads the latest options through a ref.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const onKey = async (event: KeyboardEvent) => {
      const o = latest.current;
      if (o.disabled || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target as Element | null) || event.key.length !== 1) return;
      const key = event.key.toLowerCase();
      const tag = o.tags.find((t) => t.shortcut?.toLowerCase() === key);
      if (!tag) return;
      const target = o.target();
      if (!target) {
        o.reportError(`Select text, a highlight or a claim to tag it “${tag.name}”.`);
        return;
      }
      event.preventDefault();
      if (target.kind === 'selection') {
        const result = await call('annotations.create', {
          documentId: target.documentId,
          position: target.position,
          tags: [tag.name],
        });
        if (!result.ok) return o.reportError(result.error.message);
        return o.onApplied(`Highlighted and tagged “${tag.name}”`, result.value.id);
      }
      const item =
        target.kind === 'highlight' ? o.annotations.get(target.id) : o.claims.get(target.id);
      if (!item) return;
      const had = item.tagIds.includes(tag.id);
      const tags = toggledNames(item.tagIds, tag, o.tags);
      const result =
        target.kind === 'highlight'
          ? await call('annotations.update', { id: target.id, tags })
          : await call('claims.update', { id: target.id, tags });
      if (!result.ok) return o.reportError(result.error.message);
      o.onApplied(had ? `Removed tag “${tag.name}”` : `Tagged “${tag.name}”`, null);
    };
    const listener = (event: KeyboardEvent) => void onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
