// Workspace state for the renderer: lists loaded from the service, the open article, and the
// errors to show. Every mutation goes through the service and then refreshes the lists whose
// collections it changed (see refresh-plan.ts), and the open article when articles changed.
// The start paints the first article before the whole quote list (workspace-loads.ts); answers
// that land out of order are merged so none requested earlier hides a later one (quote-sync.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkbenchDocument } from '../../../shared/domain/schema';
import type { QuoteList } from '../../../shared/domain/quote-list';
import type { Result } from '../../../shared/ipc/result';
import { call } from '../api/client';
import type { LoadedLists, Revisions, WorkspaceList } from './refresh-plan';
import { WORKSPACE_LISTS, listsToReload, newestOf, recordLoaded } from './refresh-plan';
import type { QuoteAnswer, QuoteListAt } from './quote-sync';
import { acceptQuoteAnswer, quoteRequest } from './quote-sync';
import { afterPaint, loadQuotes, sourcesOf, takeOpening } from './workspace-loads';
import type { FirstPaint } from './workspace-loads';
import { acceptHistory, gradesOf, initial } from './workspace-state';
import type { WorkspaceApi, WorkspaceState } from './workspace-state';

export type { WorkspaceApi, WorkspaceState } from './workspace-state';

export function useWorkspace(): WorkspaceApi {
  const [state, setState] = useState<WorkspaceState>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const reportError = useCallback((message: string) => setErrors((e) => [...e, message]), []);

  // What each list was last loaded at, so a refresh reloads only the lists whose collections
  // changed; and a count of refreshes, so an older one cannot overwrite a newer one's lists.
  const loaded = useRef<LoadedLists>({});
  const tickets = useRef(0);
  // Lists asked for and not yet landed, with the refresh that asked and the revisions it read:
  // a refresh does not ask again for a list already on its way at the current revisions (an
  // edit made while the start-up lists travel then refreshes as fast as any other).
  const onItsWay = useRef<LoadedLists>({});
  // The quote list's own record (it can be partial, see quote-sync.ts), mirrored into `loaded`,
  // and the refresh whose whole quote list is on its way, if any.
  const quotesAt = useRef<QuoteListAt | undefined>(undefined);
  const wholeQuotes = useRef<number | null>(null);
  // The refresh whose undo/redo labels are shown: an older one's must not replace them.
  const historyAt = useRef(0);
  // The documents counter the latest refresh saw (null: unknown) once it had the open article
  // up to date, so a refresh fetches that article again only when articles changed: undoing a
  // new version or importing a bundle changes its text, but documents.get ships the whole text,
  // too much to fetch after every quote or highlight.
  const articleAt = useRef<{ ticket: number; documents: number | null } | null>(null);
  // The open article's id, which refresh reads without depending on (and re-creating with) it.
  const openId = useRef<string | null>(null);
  useEffect(() => {
    openId.current = state.openDocument?.id ?? null;
  }, [state.openDocument]);

  /**
   * Records a quote-list answer if quote-sync lets it apply, and returns how the shown list
   * changes (undefined: it does not). Runs when the answer lands, so records follow that order,
   * and state updates are queued in the same order.
   */
  const acceptQuotes = useCallback(
    (
      answer: QuoteAnswer,
      ticket: number,
      revisions: Revisions | null,
    ): ((shown: QuoteList) => QuoteList) | undefined => {
      const update = acceptQuoteAnswer(quotesAt.current, answer, ticket, revisions);
      if (!update) return undefined;
      quotesAt.current = update.at;
      loaded.current = {
        ...loaded.current,
        'quotes.list': { ticket: update.at.ticket, revisions: update.at.revisions },
      };
      return update.apply;
    },
    [],
  );

  const refresh = useCallback(async () => {
    const ticket = (tickets.current += 1);
    const revisions = await call('workspace.revisions');
    // Without revisions nothing can be skipped safely: reload every list, as before.
    if (!revisions.ok) reportError(revisions.error.message);
    const at = revisions.ok ? revisions.value : null;
    const wanted = new Set(listsToReload(at, newestOf(loaded.current, onItsWay.current)));
    for (const list of wanted) onItsWay.current[list] = { ticket, revisions: at };
    const counter = revisions.ok ? revisions.value.documents : null;
    const seen = articleAt.current;
    // Unknown revisions could hide a change, so the article is fetched then too.
    const articleId =
      openId.current !== null && (counter === null || seen === null || seen.documents !== counter)
        ? openId.current
        : null;
    // The quote list: whole while only the start-up's stand-in is shown, else what changed. With
    // the counters unread, nothing is known of what changed: the whole list.
    const quoteAsk =
      at === null
        ? ({ whole: true } as const)
        : quoteRequest(quotesAt.current, wanted.has('quotes.list'), wholeQuotes.current !== null);
    if (quoteAsk && 'whole' in quoteAsk) wholeQuotes.current = ticket;
    // Both source lists from one answer: the table's rows hold the sources (see sourcesOf).
    const fromTable = wanted.has('sources.list') && wanted.has('sources.table');
    const [documents, listed, quotes, history, annotations, tags, table, claims, article] =
      await Promise.all([
        wanted.has('documents.list') ? call('documents.list') : null,
        wanted.has('sources.list') && !fromTable ? call('sources.list') : null,
        quoteAsk ? loadQuotes(quoteAsk) : null,
        // Cheap, and it follows the change log, which no list here depends on.
        call('history.state'),
        wanted.has('annotations.list') ? call('annotations.list') : null,
        wanted.has('tags.list') ? call('tags.list') : null,
        wanted.has('sources.table') ? call('sources.table') : null,
        wanted.has('claims.list') ? call('claims.list') : null,
        articleId !== null ? call('documents.get', { id: articleId }) : null,
      ]);
    const sources = fromTable && table ? sourcesOf(table) : listed;
    // Landed (or failed, and the next refresh asks again): no longer on its way.
    if (wholeQuotes.current === ticket) wholeQuotes.current = null;
    for (const list of wanted) {
      if (onItsWay.current[list]?.ticket === ticket) delete onItsWay.current[list];
    }
    const results = {
      'documents.list': documents,
      'sources.list': sources,
      'annotations.list': annotations,
      'tags.list': tags,
      'sources.table': table,
      'claims.list': claims,
    } satisfies Record<Exclude<WorkspaceList, 'quotes.list'>, unknown>;
    // A set: a failed table is also the failed source list made from it, reported once.
    for (const result of new Set([history, quotes, ...Object.values(results)])) {
      if (result && !result.ok) reportError(result.error.message);
    }
    // not_found: the article left the workspace (an undone import), which closes it below.
    const gone = article?.ok === false && article.error.code === 'not_found';
    if (article?.ok === false && !gone) reportError(article.error.message);
    // An older refresh that ends last must not replace a newer one's article. A failed fetch
    // leaves the counter unrecorded, so the next refresh fetches the article again.
    const newest = ticket > (articleAt.current?.ticket ?? 0);
    if (newest && (article === null || article.ok || gone)) {
      articleAt.current = { ticket, documents: counter };
    }
    // A list that failed to load stays unrecorded, so the next refresh tries it again.
    const record = recordLoaded(
      loaded.current,
      WORKSPACE_LISTS.filter((list) => list !== 'quotes.list' && results[list]?.ok),
      ticket,
      at,
    );
    loaded.current = record.loaded;
    const quoteUpdate = quotes?.ok ? acceptQuotes(quotes.value, ticket, at) : undefined;
    const undoLabels = acceptHistory(historyAt, history, ticket);
    /** The new value of a list this refresh loaded and may show; undefined keeps the old one. */
    const fresh = <T>(list: WorkspaceList, result: Result<T> | null): T | undefined =>
      result?.ok && record.accepted.has(list) ? result.value : undefined;
    const docs = fresh('documents.list', documents);
    const rows = fresh('sources.table', table);
    const reopened = (open: WorkbenchDocument | null): WorkbenchDocument | null => {
      // An undo can remove the open article (undoing its import): close it rather than show
      // text the workspace no longer holds.
      if (docs && open && !docs.some((d) => d.id === open.id)) return null;
      // Only the article that was fetched: another one may have been opened meanwhile.
      if (!article || !newest || open?.id !== articleId) return open;
      if (article.ok) return article.value;
      return gone ? null : open;
    };
    setState((s) => {
      return {
        ...s,
        loading: false,
        documents: docs ?? s.documents,
        sources: fresh('sources.list', sources) ?? s.sources,
        ...quoteUpdate?.({ quotes: s.quotes, attributions: s.attributions }),
        annotations: fresh('annotations.list', annotations) ?? s.annotations,
        tags: fresh('tags.list', tags) ?? s.tags,
        claims: fresh('claims.list', claims) ?? s.claims,
        grades: rows ? gradesOf(rows) : s.grades,
        history: undoLabels ?? s.history,
        openDocument: reopened(s.openDocument),
      };
    });
  }, [reportError, acceptQuotes]);

  const openDocumentById = useCallback(
    async (id: string) => {
      const result = await call('documents.get', { id });
      // Lets the render benchmark tell loading the text apart from rendering it.
      performance.mark('workbench:document-loaded');
      if (!result.ok) return reportError(result.error.message);
      setState((s) => ({ ...s, openDocument: result.value }));
    },
    [reportError],
  );

  /**
   * Shows the first paint's data (workspace-loads.ts), recorded like a refresh's lists so the refresh
   * after it fetches none of them again. Every answer goes through the same rules as a refresh's,
   * under this start's ticket: a refresh that began meanwhile (an edit) wins over it.
   */
  const showFirstPaint = useCallback(
    (ticket: number, first: FirstPaint) => {
      const { revisions, documents, history, article, own, speakers } = first;
      // Not the article's own quotes nor its speakers: the whole lists follow, with their errors.
      for (const result of [revisions, documents, history, article]) {
        if (result && !result.ok) reportError(result.error.message);
      }
      const at = revisions.ok ? revisions.value : null;
      const record = recordLoaded(
        loaded.current,
        documents.ok ? ['documents.list'] : [],
        ticket,
        at,
      );
      loaded.current = record.loaded;
      // The first article's speakers stand in for the source lists until those land; a refresh
      // may have landed them already (an edit made meanwhile), and they are not replaced then.
      const part = speakers?.ok ? speakers.value : undefined;
      const partSources = part && !loaded.current['sources.list'] ? part : undefined;
      const partGrades = part && !loaded.current['sources.table'] ? part : undefined;
      const quoteUpdate = own?.ok ? acceptQuotes({ part: own.value }, ticket, at) : undefined;
      if (article?.ok && ticket > (articleAt.current?.ticket ?? 0)) {
        articleAt.current = { ticket, documents: at?.documents ?? null };
      }
      const docs = documents.ok && record.accepted.has('documents.list') ? documents.value : null;
      const undoLabels = acceptHistory(historyAt, history, ticket);
      setState((s) => {
        return {
          ...s,
          loading: false,
          documents: docs ?? s.documents,
          sources: partSources ? partSources.map((row) => row.source) : s.sources,
          grades: partGrades ? gradesOf(partGrades) : s.grades,
          ...quoteUpdate?.({ quotes: s.quotes, attributions: s.attributions }),
          history: undoLabels ?? s.history,
          // Only onto an empty reader: the analyst may have opened another article meanwhile.
          openDocument: article?.ok && s.openDocument === null ? article.value : s.openDocument,
        };
      });
    },
    [reportError, acceptQuotes],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      // The article first, the workspace's other lists after it is painted: at 100,000 quotes
      // the whole quote list is 62 MB of JSON, which the window must not wait for. The notices
      // travel beside it.
      const ticket = (tickets.current += 1);
      // Sent already when the window's script started, unless this is a later mount.
      const opening = takeOpening();
      const firstPaint = opening.firstPaint;
      const info = await opening.info;
      if (cancelled) return;
      if (!info.ok) {
        reportError(info.error.message);
      } else {
        setState((s) => ({ ...s, notices: info.value.notices }));
      }
      const first = await firstPaint;
      if (cancelled) return;
      showFirstPaint(ticket, first);
      await afterPaint();
      if (cancelled) return;
      await refresh();
      // Once more, for whatever moved while that refresh travelled without an edit's refresh
      // after it: a quick-open head the loaded workspace contradicts moves every revision. When
      // nothing moved it asks for the revisions and the undo state only.
      if (!cancelled) await refresh();
      // Opened from a quick-open head, the workspace was read behind the first paint: what its
      // reading had to say (a damaged file recovered from) is known only now. New notices only,
      // so one the analyst dismissed meanwhile does not come back.
      if (cancelled || !info.ok) return;
      const seen = new Set(info.value.notices.map((n) => `${n.code} ${n.message}`));
      const later = await call('workspace.info');
      if (cancelled || !later.ok) return;
      const added = later.value.notices.filter((n) => !seen.has(`${n.code} ${n.message}`));
      if (added.length > 0) setState((s) => ({ ...s, notices: [...s.notices, ...added] }));
    })();
    return () => {
      cancelled = true;
    };
  }, [refresh, showFirstPaint, reportError]);

  const sourcesById = useMemo(() => new Map(state.sources.map((s) => [s.id, s])), [state.sources]);

  return {
    state,
    errors,
    dismissError: (index) => setErrors((e) => e.filter((_, i) => i !== index)),
    reportError,
    refresh,
    openDocumentById,
    sourcesById,
  };
}
