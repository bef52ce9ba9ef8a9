// Turns matched entries into what the Search view shows: the article and speaker, a name where
// the record has one, and a snippet with the hits marked (plain-text segments, never HTML).
import type { WorkspaceData } from '../../shared/domain/workspace';
import { getRecord } from '../../shared/domain/workspace';
import type { SearchHit } from '../../shared/ipc/channels/search';
import type { EntryMeta } from '../../shared/search/entries';
import type { FilterContext } from '../../shared/search/filters';
import { entryDocumentId } from '../../shared/search/filters';
import { hitRanges, snippet } from '../../shared/search/match';
import type { ParsedQuery } from '../../shared/search/query';

function names(ctx: FilterContext, meta: EntryMeta): string {
  const { data } = ctx;
  if (meta.collection === 'quotes') {
    return ctx
      .quoteSources(meta.recordId, true)
      .map((s) => s.name)
      .join(', ');
  }
  if (meta.collection === 'claims') {
    const claim = getRecord(data.claims, meta.recordId);
    return (claim?.claimantIds ?? [])
      .flatMap((id) => getRecord(data.sources, id)?.name ?? [])
      .join(', ');
  }
  return '';
}

function label(data: WorkspaceData, meta: EntryMeta): string {
  switch (meta.collection) {
    case 'sources':
      return getRecord(data.sources, meta.recordId)?.name ?? '';
    case 'tags':
      return getRecord(data.tags, meta.recordId)?.name ?? '';
    case 'memos':
      return getRecord(data.memos, meta.recordId)?.title ?? '';
    default:
      return '';
  }
}

/**
 * The hit to show for an entry, or null when its record went away meanwhile. `textOf` reads the
 * entry's text as the index does (SearchIndex.textOf).
 */
export function buildHit(
  ctx: FilterContext,
  meta: EntryMeta,
  query: ParsedQuery,
  textOf: (meta: EntryMeta) => string | null,
): SearchHit | null {
  const { data } = ctx;
  const text = textOf(meta);
  if (text === null) return null;
  const ranges = hitRanges(text, query);
  const documentId = entryDocumentId(data, meta);
  const doc = documentId ? getRecord(data.documents, documentId) : undefined;
  const first = ranges[0];
  const memo = meta.collection === 'memos' ? getRecord(data.memos, meta.recordId) : undefined;
  const offset = meta.start ?? 0;
  return {
    id: meta.key,
    kind: meta.kind,
    subkind: meta.subkind,
    recordId: meta.recordId,
    documentId: doc ? doc.id : null,
    documentTitle: doc ? doc.title || doc.fileName : '',
    speaker: names(ctx, meta),
    label: label(data, meta),
    snippet: snippet(text, ranges),
    about: memo ? { kind: memo.subject, id: memo.subjectId } : null,
    range:
      meta.kind !== 'passage'
        ? null
        : first
          ? { start: offset + first[0], end: offset + first[1] }
          : { start: offset, end: meta.end ?? offset },
  };
}
