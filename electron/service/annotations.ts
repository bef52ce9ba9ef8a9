// Handlers for highlights and the tags they carry. Tags typed while highlighting join the
// codebook on the fly, matched by name without regard to case, so "Territorial" and
// "territorial" are one tag.
import type { Annotation, Tag } from '../../shared/domain/annotations';
import type { Change } from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { describeSpan, trimSpan } from '../../shared/anchoring/selectors';
import type { ServiceContext } from './context';
import { stamp } from './context';

type AnnotationHandlers = Pick<
  HandlerTable,
  'annotations.list' | 'annotations.create' | 'annotations.update' | 'annotations.delete'
>;

/** Colours given to new tags in turn, readable on white and distinct from the highlight colours. */
export const TAG_COLORS = [
  '#1f5aa6',
  '#b42318',
  '#027a48',
  '#6941c6',
  '#b54708',
  '#0e7090',
  '#c11574',
];

/**
 * The ids of the named tags, creating those the codebook lacks. Returns the ids in the order
 * given (duplicates dropped) and the puts for the new tags.
 */
export function resolveTags(
  ctx: ServiceContext,
  names: readonly string[],
): { ids: string[]; changes: Change[] } {
  const byName = new Map(
    valuesOf(ctx.store.data.tags).map((tag) => [tag.name.toLowerCase(), tag] as const),
  );
  const ids: string[] = [];
  const changes: Change[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    let tag = byName.get(name.toLowerCase());
    if (!tag) {
      const at = stamp(ctx);
      const count = Object.keys(ctx.store.data.tags).length + changes.length;
      tag = {
        id: ctx.newId(),
        name,
        description: '',
        color: TAG_COLORS[count % TAG_COLORS.length]!,
        parentId: null,
        shortcut: null,
        createdAt: at,
        updatedAt: at,
      } satisfies Tag;
      byName.set(name.toLowerCase(), tag);
      changes.push({ op: 'put', collection: 'tags', value: tag });
    }
    if (!ids.includes(tag.id)) ids.push(tag.id);
  }
  return { ids, changes };
}

export function annotationHandlers(ctx: ServiceContext): AnnotationHandlers {
  const data = () => ctx.store.data;
  const existing = (id: string): Annotation => {
    const found = getRecord(data().annotations, id);
    if (!found) throw new WorkbenchError('not_found', 'That highlight no longer exists.');
    return found;
  };
  return {
    'annotations.list': async (input) =>
      valuesOf(data().annotations)
        .filter((a) => input?.documentId === undefined || a.documentId === input.documentId)
        .sort((a, b) => a.selector.position.start - b.selector.position.start),

    'annotations.create': async (input) => {
      const doc = getRecord(data().documents, input.documentId);
      if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
      const span = trimSpan(doc.text, input.position.start, input.position.end);
      const selector = span && describeSpan(doc.text, span.start, span.end);
      if (!selector || input.position.end > doc.text.length) {
        throw new WorkbenchError('invalid_input', 'Select some text of the article to highlight.');
      }
      const tags = resolveTags(ctx, input.tags);
      const at = stamp(ctx);
      const annotation: Annotation = {
        id: ctx.newId(),
        documentId: doc.id,
        selector,
        color: input.color,
        note: input.note,
        tagIds: tags.ids,
        anchor: null,
        createdAt: at,
        updatedAt: at,
      };
      await ctx.commit('Highlight', [
        ...tags.changes,
        { op: 'put', collection: 'annotations', value: annotation },
      ]);
      return annotation;
    },

    'annotations.update': async ({ id, color, note, tags }) => {
      const before = existing(id);
      const resolved = tags ? resolveTags(ctx, tags) : { ids: before.tagIds, changes: [] };
      const after: Annotation = {
        ...before,
        color: color ?? before.color,
        note: note ?? before.note,
        tagIds: resolved.ids,
        updatedAt: stamp(ctx),
      };
      const label = note !== undefined && note !== before.note ? 'Edit note' : 'Edit highlight';
      await ctx.commit(label, [
        ...resolved.changes,
        { op: 'put', collection: 'annotations', value: after },
      ]);
      return after;
    },

    'annotations.delete': async ({ id }) => {
      existing(id);
      await ctx.commit('Delete highlight', [{ op: 'delete', collection: 'annotations', id }]);
      return { id };
    },
  };
}
