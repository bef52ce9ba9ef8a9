// The calls the window makes for its first paint, declared once: the window makes them
// (renderer/src/state/workspace-loads.ts) and the service's quick-open head answers exactly
// these (electron/service/quick-open.ts), keyed by channel and input. A call changed in one place
// only would no longer be answered from the head, and would wait for the whole workspace.

/** Asked for first, beside each other (the revisions are read before them): none takes input. */
export const FIRST_PAINT_LISTS = { articles: 'documents.list', undo: 'history.state' } as const;

/** Asked for once the article list names its first article: the article, its quotes, and the
 * sources credited in them with their grades (not the whole table, 1.5 MB at 5,000 sources). */
export function firstArticleCalls(documentId: string) {
  return [
    ['documents.get', { id: documentId }],
    ['quotes.list', { documentId }],
    ['sources.table', { documentId }],
  ] as const;
}

/** The first call of the refresh after the paint that the head can answer too: the whole
 * sources table, from which the window also makes its source list. */
export const AFTER_FIRST_PAINT = [['sources.table', undefined]] as const;
