// Workspace state for the renderer: lists loaded from the service, the open article, and the
// errors to show. Every mutation goes through the service and then refreshes the lists whose
// collections it changed (see refresh-plan.ts), and the open article when articles changed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Attribution,
  Quote,
  ReliabilityGrade,
  Source,
  WorkbenchDocument,
} from '../../../shared/domain/schema';
import type { Annotation } from '../../../shared/domain/annotations';
import type { Claim } from '../../../shared/domain/claims';
import type { DocumentSummary, Notice, TagWithUsage } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { call } from '../api/client';
import type { LoadedLists, WorkspaceList } from './refresh-plan';
import { WORKSPACE_LISTS, listsToReload, recordLoaded } from './refresh-plan';
import type { Revisions } from './refresh-plan';
import { applyQuoteDelta } from '../../../shared/domain/quote-list';
import type { QuoteList, QuoteListDelta } from '../../../shared/domain/quote-list';

export interface WorkspaceState {
  loading: boolean;
  documents: DocumentSummary[];
  sources: Source[];
  quotes: Quote[];
  attributions: Attribution[];
  annotations: Annotation[];
  claims: Claim[];
  /** The codebook, with how many items carry each tag. */
  tags: TagWithUsage[];
  /** Each source's current Admiralty grade (null: never graded). */
  grades: Map<string, ReliabilityGrade | null>;
  notices: Notice[];
  openDocument: WorkbenchDocument | null;
  /** What undo and redo would do next, for button labels; null when there is nothing. */
  history: { undo: string | null; redo: string | null };
}

const initial: WorkspaceState = {
  loading: true,
  documents: [],
  sources: [],
  quotes: [],
  attributions: [],
  annotations: [],
  claims: [],
  tags: [],
  grades: new Map(),
  notices: [],
  openDocument: null,
  history: { undo: null, redo: null },
};

export interface WorkspaceApi {
  state: WorkspaceState;
  /** Messages for the error banner; each is shown until dismissed. */
  errors: string[];
  dismissError: (index: number) => void;
  reportError: (message: string) => void;
  refresh: () => Promise<void>;
  openDocumentById: (id: string) => Promise<void>;
  sourcesById: Map<string, Source>;
}

/** The quote list afresh, or what changed in it since a list read at `at`. */
type QuoteUpdate = { list: QuoteList } | { delta: QuoteListDelta };

/**
 * Brings the quote list up to date: with only the quotes and attributions touched since the
 * list was read at `at` when the store still remembers that far back, else the whole list (at
 * 20,000 quotes, 11 MB to copy across the process boundary after every edit).
 */
async function loadQuotes(at: Revisions | null | undefined): Promise<Result<QuoteUpdate>> {
  if (at) {
    const since = { quotes: at.quotes, attributions: at.attributions };
    const changes = await call('quotes.changes', { since });
    if (changes.ok && changes.value.delta)
      return { ok: true, value: { delta: changes.value.delta } };
    // Too far back, or the call failed: the whole list, which reports its own error if any.
  }
  const full = await call('quotes.list');
  return full.ok ? { ok: true, value: { list: full.value } } : full;
}

export function useWorkspace(): WorkspaceApi {
  const [state, setState] = useState<WorkspaceState>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const reportError = useCallback((message: string) => setErrors((e) => [...e, message]), []);

  // What each list was last loaded at, so a refresh reloads only the lists whose collections
  // changed; and a count of refreshes, so an older one cannot overwrite a newer one's lists.
  const loaded = useRef<LoadedLists>({});
  const tickets = useRef(0);
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

  const refresh = useCallback(async () => {
    const ticket = (tickets.current += 1);
    const revisions = await call('workspace.revisions');
    // Without revisions nothing can be skipped safely: reload every list, as before.
    if (!revisions.ok) reportError(revisions.error.message);
    const wanted = new Set(listsToReload(revisions.ok ? revisions.value : null, loaded.current));
    const counter = revisions.ok ? revisions.value.documents : null;
    const seen = articleAt.current;
    // Unknown revisions could hide a change, so the article is fetched then too.
    const articleId =
      openId.current !== null && (counter === null || seen === null || seen.documents !== counter)
        ? openId.current
        : null;
    const [documents, sources, quotes, history, annotations, tags, table, claims, article] =
      await Promise.all([
        wanted.has('documents.list') ? call('documents.list') : null,
        wanted.has('sources.list') ? call('sources.list') : null,
        wanted.has('quotes.list')
          ? // With the counters unread, nothing is known of what changed: the whole list.
            loadQuotes(revisions.ok ? loaded.current['quotes.list']?.revisions : null)
          : null,
        // Cheap, and it follows the change log, which no list here depends on.
        call('history.state'),
        wanted.has('annotations.list') ? call('annotations.list') : null,
        wanted.has('tags.list') ? call('tags.list') : null,
        wanted.has('sources.table') ? call('sources.table') : null,
        wanted.has('claims.list') ? call('claims.list') : null,
        articleId !== null ? call('documents.get', { id: articleId }) : null,
      ]);
    const results = {
      'documents.list': documents,
      'sources.list': sources,
      'quotes.list': quotes,
      'annotations.list': annotations,
      'tags.list': tags,
      'sources.table': table,
      'claims.list': claims,
    } satisfies Record<WorkspaceList, unknown>;
    for (const result of [history, ...Object.values(results)]) {
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
      WORKSPACE_LISTS.filter((list) => results[list]?.ok),
      ticket,
      revisions.ok ? revisions.value : null,
    );
    loaded.current = record.loaded;
    /** The new value of a list this refresh loaded and may show; undefined keeps the old one. */
    const fresh = <T>(list: WorkspaceList, result: Result<T> | null): T | undefined =>
      result?.ok && record.accepted.has(list) ? result.value : undefined;
    const docs = fresh('documents.list', documents);
    const quoteUpdate = fresh('quotes.list', quotes);
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
      const quoteLists =
        quoteUpdate &&
        ('list' in quoteUpdate
          ? quoteUpdate.list
          : applyQuoteDelta({ quotes: s.quotes, attributions: s.attributions }, quoteUpdate.delta));
      return {
        ...s,
        loading: false,
        documents: docs ?? s.documents,
        sources: fresh('sources.list', sources) ?? s.sources,
        quotes: quoteLists?.quotes ?? s.quotes,
        attributions: quoteLists?.attributions ?? s.attributions,
        annotations: fresh('annotations.list', annotations) ?? s.annotations,
        tags: fresh('tags.list', tags) ?? s.tags,
        claims: fresh('claims.list', claims) ?? s.claims,
        grades: rows ? new Map(rows.map((row) => [row.source.id, row.currentGrade])) : s.grades,
        history: history.ok
          ? { undo: history.value.undo?.label ?? null, redo: history.value.redo?.label ?? null }
          : s.history,
        openDocument: reopened(s.openDocument),
      };
    });
  }, [reportError]);

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

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const info = await call('workspace.info');
      if (cancelled) return;
      if (!info.ok) {
        reportError(info.error.message);
      } else {
        setState((s) => ({ ...s, notices: info.value.notices }));
      }
      await refresh();
      const docs = await call('documents.list');
      const first = docs.ok ? docs.value[0] : undefined;
      if (!cancelled && first) await openDocumentById(first.id);
    })();
    return () => {
      cancelled = true;
    };
  }, [refresh, openDocumentById, reportError]);

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
