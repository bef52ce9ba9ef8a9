// Workspace state for the renderer: lists loaded from the service, the open article, and the
// errors to show. Every mutation goes through the service and then refreshes what it touched.
import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { call } from '../api/client';

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

export function useWorkspace(): WorkspaceApi {
  const [state, setState] = useState<WorkspaceState>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const reportError = useCallback((message: string) => setErrors((e) => [...e, message]), []);

  const refresh = useCallback(async () => {
    const [documents, sources, quotes, history, annotations, tags, table, claims] =
      await Promise.all([
        call('documents.list'),
        call('sources.list'),
        call('quotes.list'),
        call('history.state'),
        call('annotations.list'),
        call('tags.list'),
        call('sources.table'),
        call('claims.list'),
      ]);
    for (const result of [documents, sources, quotes, history, annotations, tags, table, claims]) {
      if (!result.ok) reportError(result.error.message);
    }
    setState((s) => ({
      ...s,
      loading: false,
      documents: documents.ok ? documents.value : s.documents,
      sources: sources.ok ? sources.value : s.sources,
      quotes: quotes.ok ? quotes.value.quotes : s.quotes,
      attributions: quotes.ok ? quotes.value.attributions : s.attributions,
      annotations: annotations.ok ? annotations.value : s.annotations,
      tags: tags.ok ? tags.value : s.tags,
      claims: claims.ok ? claims.value : s.claims,
      grades: table.ok
        ? new Map(table.value.map((row) => [row.source.id, row.currentGrade]))
        : s.grades,
      history: history.ok
        ? { undo: history.value.undo?.label ?? null, redo: history.value.redo?.label ?? null }
        : s.history,
      // An undo can remove the open article (undoing its import): close it rather than show
      // text the workspace no longer holds.
      openDocument:
        documents.ok && s.openDocument && !documents.value.some((d) => d.id === s.openDocument?.id)
          ? null
          : s.openDocument,
    }));
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
