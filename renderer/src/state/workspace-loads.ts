// The service calls behind the workspace state that take more than one call. The first paint:
// the article list, the sources with their grades, the undo state, the first article and only
// that article's quotes (the calls the service's quick-open head answers at once); the other
// lists follow in a refresh after the paint (at 100,000 quotes the whole quote list alone is
// 62 MB of JSON). And the quote list: whole, or what changed in it.
import type { Source, WorkbenchDocument } from '../../../shared/domain/schema';
import type { QuoteList } from '../../../shared/domain/quote-list';
import type { ChannelOutput, DocumentSummary, SourceTableRow } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { call } from '../api/client';
import type { Revisions } from './refresh-plan';
import type { QuoteAnswer } from './quote-sync';

export interface FirstPaint {
  /** Read before anything else is asked for, so what follows is recorded as loaded at them. */
  revisions: Result<Revisions>;
  documents: Result<DocumentSummary[]>;
  sources: Result<Source[]>;
  /**
   * The sources table, for each speaker's current grade: the article's quote marks and the
   * quotes table name speakers with their grade, which must not appear a moment later.
   */
  table: Result<SourceTableRow[]>;
  history: Result<ChannelOutput<'history.state'>>;
  /** The first article and its quotes; null when the workspace has no article. */
  article: Result<WorkbenchDocument> | null;
  own: Result<QuoteList> | null;
}

export async function loadFirstPaint(): Promise<FirstPaint> {
  const revisions = await call('workspace.revisions');
  // All asked for at once; the article as soon as the list names it, not after the sources.
  const others = Promise.all([call('sources.list'), call('sources.table'), call('history.state')]);
  const documents = await call('documents.list');
  const first = documents.ok ? documents.value[0] : undefined;
  const [article, own] = first
    ? await Promise.all([
        call('documents.get', { id: first.id }),
        call('quotes.list', { documentId: first.id }),
      ])
    : [null, null];
  // Lets the render benchmark tell loading the text apart from rendering it.
  if (article) performance.mark('workbench:document-loaded');
  const [sources, table, history] = await others;
  return { revisions, documents, sources, table, history, article, own };
}

/** Resolves once the browser has painted what is rendered now (a frame, then a task). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(next);
    else next();
  });
}

/**
 * The whole quote list, or what changed in it since `since` when the store still remembers that
 * far back (at 20,000 quotes the list is 11 MB to copy across the process boundary).
 */
export async function loadQuotes(
  request: { whole: true } | { changes: Revisions },
): Promise<Result<QuoteAnswer>> {
  if ('changes' in request) {
    const since = { quotes: request.changes.quotes, attributions: request.changes.attributions };
    const changes = await call('quotes.changes', { since });
    if (changes.ok && changes.value.delta)
      return { ok: true, value: { delta: changes.value.delta } };
    // Too far back, or the call failed: the whole list, which reports its own error if any.
  }
  const full = await call('quotes.list');
  return full.ok ? { ok: true, value: { list: full.value } } : full;
}
