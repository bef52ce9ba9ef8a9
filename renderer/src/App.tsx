// The workbench window: the header, the article view or a view over the whole workspace, and
// dialogs on top. Holds the window's state and wires commands (menu, shortcuts, buttons) to it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReaderHandle } from './features/reader/ArticleReader';
import type { FindHandle } from './features/find/FindBar';
import type { GotoItem } from './features/find/goto';
import { openGotoItem } from './features/find/open-goto';
import type { PanelHandle } from './features/annotations/AnnotationsPanel';
import { useReaderModel } from './features/reader/useReaderModel';
import { useSpanActions } from './features/annotations/useSpanActions';
import { useTagShortcuts } from './features/claims/useTagShortcuts';
import { useTagClaim } from './features/claims/useTagClaim';
import { useShortcuts } from './commands/useShortcuts';
import { useWorkspace } from './state/useWorkspace';
import { Notices } from './ui/Notices';
import { AppHeader } from './AppHeader';
import type { View } from './AppHeader';
import { AppDialogs } from './AppDialogs';
import type { DialogState } from './AppDialogs';
import { CollectionViews } from './CollectionViews';
import { ReaderView } from './ReaderView';
import { useCommandActions } from './useCommandActions';
import { useSuggestions } from './features/suggestions/useSuggestions';
import { SuggestionQueue } from './features/suggestions/SuggestionQueue';
import { useFileDrop } from './features/documents/useFileDrop';
import { sourceForFiles } from './features/documents/useImportJob';
import { summarizeReport } from './features/documents/ImportReportView';
import { useTheme } from './theme/useTheme';
import { useRevealRange } from './features/search/useRevealRange';
import { StatusToast } from './ui/StatusToast';
import type { Status } from './ui/StatusToast';

export function App() {
  const ws = useWorkspace();
  const { state, reportError, refresh, openDocumentById } = ws;
  const theme = useTheme(reportError);
  const reader = useRef<ReaderHandle>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const panel = useRef<PanelHandle>(null);
  const find = useRef<FindHandle>(null);
  // The tag the palette's "go to" asked the codebook to show.
  const [openTagId, setOpenTagId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<Set<number>>(new Set());
  const [pendingReveal, setPendingReveal] = useState<string | null>(null);
  const doc = state.openDocument;

  const model = useReaderModel(ws);
  const { spans, annotationsById, claimsById } = model;

  const [status, setStatus] = useState<Status>('');
  const [view, setView] = useState<View>('reader');
  const [claimId, setClaimId] = useState<string | null>(null);
  const [claimTagFilter, setClaimTagFilter] = useState<string | null>(null);
  const [openSourceId, setOpenSourceId] = useState<string | null>(null);
  // Bumped after every change, so views that load their own data reload it.
  const [version, setVersion] = useState(0);
  const changed = useCallback(async () => {
    await refresh();
    setVersion((v) => v + 1);
  }, [refresh]);
  const onChanged = () => void changed();

  /** Selects a span and scrolls the reader to it once its article is open and rendered. */
  const reveal = useCallback((spanId: string) => {
    setSelectedId(spanId);
    setPendingReveal(spanId);
  }, []);

  // Stable, so the hooks below do not rebuild their callbacks on every render.
  const readerSelection = useCallback(() => reader.current?.selection() ?? null, []);
  const clearSelection = useCallback(() => setSelectedId(null), []);
  const { review, deleteSpan } = useSpanActions({
    selection: readerSelection,
    changed,
    setStatus,
    reportError,
    onDeleted: clearSelection,
  });
  /** The selection in the open article, for evidence: any article can hold it. */
  const evidenceSelection = useCallback(() => {
    const position = reader.current?.selection();
    return doc && position ? { documentId: doc.id, position } : null;
  }, [doc]);
  const showSpan = useCallback(
    (documentId: string, spanId: string) => {
      setView('reader');
      reveal(spanId);
      if (doc?.id !== documentId) void openDocumentById(documentId);
    },
    [doc, reveal, openDocumentById],
  );

  // A search hit's passage: the article opened at that range, scrolled to and flashed.
  const revealRange = useRevealRange(reader, doc?.id ?? null, (id) => void openDocumentById(id));
  const showRange = useCallback(
    (documentId: string, range: { start: number; end: number }) => {
      setView('reader');
      revealRange(documentId, range);
    },
    [revealRange],
  );

  const tagClaim = useTagClaim({
    document: doc,
    selection: readerSelection,
    selectedId,
    quotes: state.quotes,
    attributions: state.attributions,
    open: setDialog,
    reportError,
  });

  const suggestions = useSuggestions({
    documentId: doc?.id ?? null,
    version,
    changed,
    setStatus,
    reportError,
  });
  const articleElement = useCallback(() => reader.current?.element() ?? null, []);

  const { actions, markQuote, undoRedo } = useCommandActions({
    document: doc,
    reader,
    panel,
    table: tableRef,
    spans,
    selectedId,
    select: setSelectedId,
    reveal,
    setDialog,
    setView,
    setStatus,
    changed,
    reportError,
    tagClaim,
    deleteSpan,
    find,
    cycleTheme: theme.cycle,
    suggestQuotes: () => void suggestions.suggest(),
  });

  useShortcuts(actions, dialog !== null, view === 'reader');
  useTagShortcuts({
    tags: state.tags,
    disabled: dialog !== null || view !== 'reader',
    target: () => {
      const position = reader.current?.selection();
      if (doc && position) return { kind: 'selection', documentId: doc.id, position };
      const span = spans.find((s) => s.id === selectedId);
      if (span?.kind === 'highlight' || span?.kind === 'claim')
        return { kind: span.kind, id: span.id };
      return null;
    },
    annotations: annotationsById,
    claims: claimsById,
    onApplied: (message, id) => {
      setStatus(message);
      if (id) setSelectedId(id);
      window.getSelection()?.removeAllRanges();
      void changed();
    },
    reportError,
  });

  // Reveal a quote once its article is open and rendered.
  useEffect(() => {
    if (pendingReveal && reader.current?.reveal(pendingReveal)) setPendingReveal(null);
  }, [pendingReveal, doc, spans]);

  const notices = state.notices.filter((_, i) => !dismissed.has(i));

  // Files dropped on the window go through the import dialog, which shows progress and a report.
  const importDropped = useCallback((files: File[]) => {
    void sourceForFiles(files).then((start) => setDialog({ kind: 'import', start }));
  }, []);
  const dragging = useFileDrop(importDropped, dialog !== null);
  const openArticle = useCallback(
    (id: string) => {
      setView('reader');
      void openDocumentById(id);
    },
    [openDocumentById],
  );
  /** Opens what the palette's "go to anything" chose, as a click in its own view would. */
  const goTo = useCallback(
    (item: GotoItem) =>
      openGotoItem(item, {
        openArticle,
        openSource: (id) => {
          setView('sources');
          setOpenSourceId(id);
        },
        openClaim: (id) => {
          setView('claims');
          setClaimId(id);
        },
        openTag: (id) => {
          setView('codebook');
          setOpenTagId(id);
        },
      }),
    [openArticle],
  );

  return (
    <div className="app">
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to import them
        </div>
      )}
      <AppHeader
        view={view}
        onView={setView}
        history={state.history}
        onUndo={() => void undoRedo('undo')}
        onRedo={() => void undoRedo('redo')}
        onImport={() => setDialog({ kind: 'import' })}
        onExport={() => setDialog({ kind: 'export' })}
        onMarkQuote={markQuote}
        onTagClaim={tagClaim}
      />
      {/* Feedback in a fixed layer: the status message, and errors until dismissed. */}
      <StatusToast
        message={status}
        errors={ws.errors}
        onDismissError={ws.dismissError}
        onUndo={() => void undoRedo('undo')}
        onError={reportError}
      />
      <Notices
        notices={notices}
        errors={[]}
        onDismissNotice={(i) =>
          setDismissed((d) => new Set(d).add(state.notices.indexOf(notices[i]!)))
        }
        onDismissError={ws.dismissError}
      />
      <CollectionViews
        view={view}
        onView={setView}
        onStatus={setStatus}
        claims={state.claims}
        sources={state.sources}
        grades={state.grades}
        tags={state.tags}
        documents={state.documents}
        openSourceId={openSourceId}
        onOpenSource={setOpenSourceId}
        selectedClaimId={claimId}
        onSelectClaim={setClaimId}
        claimTagFilter={claimTagFilter}
        onClaimTagFilter={setClaimTagFilter}
        openTagId={openTagId}
        onShowSpan={showSpan}
        onShowRange={showRange}
        onOpenDocument={openArticle}
        evidenceSelection={evidenceSelection}
        version={version}
        onChanged={onChanged}
        reportError={reportError}
      />
      <ReaderView
        hidden={view !== 'reader'}
        loading={state.loading}
        documents={state.documents}
        document={doc}
        model={model}
        sources={state.sources}
        grades={state.grades}
        tags={state.tags}
        reader={reader}
        find={find}
        panel={panel}
        table={tableRef}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onReveal={reveal}
        onOpenDocument={(id) => void openDocumentById(id)}
        onShowSpan={showSpan}
        evidenceSelection={evidenceSelection}
        onReview={(span, action) => void review(span, action)}
        onDelete={(span) => void deleteSpan(span)}
        onTagClaim={tagClaim}
        version={version}
        onChanged={onChanged}
        reportError={reportError}
        suggestions={
          <SuggestionQueue
            review={suggestions}
            sources={state.sources}
            selection={readerSelection}
            article={articleElement}
          />
        }
      />
      <AppDialogs
        dialog={dialog}
        close={() => setDialog(null)}
        document={doc}
        documents={state.documents}
        sources={state.sources}
        grades={state.grades}
        tags={state.tags}
        claims={state.claims}
        onGoTo={goTo}
        runCommand={(id) => actions[id]()}
        onQuoteSaved={(quoteId) => {
          setSelectedId(quoteId);
          window.getSelection()?.removeAllRanges();
          void changed();
        }}
        onClaimSaved={(id) => {
          setSelectedId(id);
          setClaimId(id);
          setStatus('Claim tagged: add evidence and a verdict in the panel');
          window.getSelection()?.removeAllRanges();
          void changed();
        }}
        onOpenSource={(id, created) => {
          if (created) {
            setStatus(`Created source: ${created}`);
            void changed();
          } else {
            setView('sources');
          }
          setOpenSourceId(id);
        }}
        onExported={setStatus}
        onAnnotationsImported={(message) => {
          setStatus(message);
          void changed();
        }}
        onImportFinished={(report) => {
          setStatus(summarizeReport(report));
          void changed();
        }}
        onOpenDocument={openArticle}
        onRestored={(message) => {
          setStatus(message);
          void changed();
        }}
        onImported={(id, summary) => {
          if (summary) setStatus(summary);
          // A new version of the open article reaches the reader with the refresh, which fetches
          // the open article when the documents changed; a new article still has to be opened.
          const opened = id === doc?.id;
          void changed().then(() => (opened ? undefined : openDocumentById(id)));
        }}
      />
    </div>
  );
}
