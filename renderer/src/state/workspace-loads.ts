// The service calls behind the workspace state that take more than one call. The first paint:
// the article list, the undo state, the first article, only that article's quotes and only the
// sources credited in them with their grades (the calls the service's quick-open head answers at
// once); the other lists follow in a refresh after the paint (at 100,000 quotes the whole quote
// list alone is 62 MB of JSON, and 5,000 sources 1.5 MB). And the quote list: whole, or what
// changed in it.
import type { Source, WorkbenchDocument } from '../../../shared/domain/schema';
import type { QuoteList } from '../../../shared/domain/quote-list';
import type { ChannelOutput, DocumentSummary, SourceTableRow } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { FIRST_PAINT_LISTS, firstArticleCalls } from '../../../shared/ipc/first-paint';
import { call } from '../api/client';
import type { Revisions } from './refresh-plan';
import type { QuoteAnswer } from './quote-sync';

export interface FirstPaint {
  /** Read before anything else is asked for, so what follows is recorded as loaded at them. */
  revisions: Result<Revisions>;
  documents: Result<DocumentSummary[]>;
  history: Result<ChannelOutput<'history.state'>>;
  /** The first article and its quotes; null when the workspace has no article. */
  article: Result<WorkbenchDocument> | null;
  own: Result<QuoteList> | null;
  /**
   * The sources table's rows of the sources credited in the first article: its quote marks and
   * the quotes table name each speaker with the current grade, which must not appear a moment
   * later. Only part of the table, so it is not recorded as loaded.
   */
  speakers: Result<SourceTableRow[]> | null;
}

export async function loadFirstPaint(): Promise<FirstPaint> {
  // The revisions and the lists at once, the revisions first: the service answers calls in the
  // order they arrive, so the lists are never older than what is recorded as loaded, and the
  // window waits for one round trip fewer. The lists are the calls the quick-open head answers
  // (shared/ipc/first-paint.ts).
  const revisions = call('workspace.revisions');
  const history = call(FIRST_PAINT_LISTS.undo);
  const documents = await call(FIRST_PAINT_LISTS.articles);
  const first = documents.ok ? documents.value[0] : undefined;
  // The article, its quotes and their speakers at once, as soon as the list names it.
  const ofArticle = first ? firstArticleCalls(first.id) : null;
  const [article, own, speakers] = ofArticle
    ? await Promise.all([call(...ofArticle[0]), call(...ofArticle[1]), call(...ofArticle[2])])
    : [null, null, null];
  // Lets the render benchmark tell loading the text apart from rendering it.
  if (article) performance.mark('workbench:document-loaded');
  return { revisions: await revisions, documents, history: await history, article, own, speakers };
}

/** The window's opening calls: the first paint and, beside it, the workspace's notices. */
export interface Opening {
  firstPaint: Promise<FirstPaint>;
  info: Promise<Result<ChannelOutput<'workspace.info'>>>;
}

const open = (): Opening => ({ firstPaint: loadFirstPaint(), info: call('workspace.info') });

let early: Opening | null = null;

/**
 * Sends the opening calls now, from the window's script before React and the app's modules are
 * evaluated and rendered (renderer/src/boot.ts), so the service answers them meanwhile (#14).
 */
export function startOpening(): void {
  early ??= open();
}

/** The opening calls sent by startOpening, once; after that (or without it) sent anew. */
export function takeOpening(): Opening {
  const taken = early ?? open();
  early = null;
  return taken;
}

/**
 * The source list from the sources table's rows, which hold each source as sources.list gives it
 * and in the same order (by name): a refresh that needs both asks only for the table.
 */
export function sourcesOf(table: Result<SourceTableRow[]>): Result<Source[]> {
  return table.ok ? { ok: true, value: table.value.map((row) => row.source) } : table;
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
