// The workbench window: articles on the left, the reader in the middle, the quotes table below,
// dialogs on top. Wires commands (menu, shortcuts, buttons) to their actions.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CommandActions } from './commands/registry';
import { isTypingTarget } from './commands/registry';
import { call } from './api/client';
import { ArticleReader } from './features/reader/ArticleReader';
import type { ReaderHandle } from './features/reader/ArticleReader';
import { DocumentList } from './features/documents/DocumentList';
import { QuotesTable } from './features/quotes/QuotesTable';
import type { QuoteRow } from './features/quotes/QuotesTable';
import { Notices } from './ui/Notices';
import { SourcesView } from './features/sources/SourcesView';
import { AttributionsEditor } from './features/sources/AttributionsEditor';
import { AnnotationsPanel } from './features/annotations/AnnotationsPanel';
import type { PanelHandle } from './features/annotations/AnnotationsPanel';
import { stepSpan } from './features/reader/spans';
import { useReaderModel } from './features/reader/useReaderModel';
import { useSpanActions } from './features/annotations/useSpanActions';
import { ClaimDetail } from './features/claims/ClaimDetail';
import { ClaimsView } from './features/claims/ClaimsView';
import { CodebookView } from './features/codebook/CodebookView';
import { useTagShortcuts } from './features/claims/useTagShortcuts';
import { useTagClaim } from './features/claims/useTagClaim';
import type { MemoSubject } from '../../shared/domain/claims';
import { MemosPanel } from './features/memos/MemosPanel';
import { ReviewQueue } from './features/annotations/ReviewQueue';
import { useShortcuts } from './commands/useShortcuts';
import { useWorkspace } from './state/useWorkspace';
import { AppHeader } from './AppHeader';
import type { View } from './AppHeader';
import { AppDialogs } from './AppDialogs';
import type { DialogState } from './AppDialogs';

export function App() {
  const ws = useWorkspace();
  const { state, reportError, refresh, openDocumentById } = ws;
  const reader = useRef<ReaderHandle>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const panel = useRef<PanelHandle>(null);
  const [dismissed, setDismissed] = useState<Set<number>>(new Set());
  const [pendingReveal, setPendingReveal] = useState<string | null>(null);
  const doc = state.openDocument;

  const model = useReaderModel(ws);
  const { spans, panelSpans, textSpans, annotationsById, claimsById, describe } = model;

  const markQuote = useCallback(() => {
    if (!doc) return reportError('Open an article first.');
    const span = reader.current?.selection();
    if (!span) return reportError('Select the words that were said, then mark them as a quote.');
    setDialog({ kind: 'markQuote', span });
  }, [doc, reportError]);

  const [status, setStatus] = useState('');
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

  const highlight = useCallback(async () => {
    if (!doc) return reportError('Open an article first.');
    const span = reader.current?.selection();
    if (!span) return reportError('Select the words to highlight first.');
    const result = await call('annotations.create', { documentId: doc.id, position: span });
    if (!result.ok) return reportError(result.error.message);
    window.getSelection()?.removeAllRanges();
    setSelectedId(result.value.id);
    setStatus('Highlighted: add a note or tags in the panel (E edits the note)');
    await changed();
  }, [doc, changed, reportError]);

  const sourceFromSelection = useCallback(async () => {
    if (!doc) return reportError('Open an article first.');
    const span = reader.current?.selection();
    if (!span) return reportError('Select the name of the source in the text first.');
    const result = await call('sources.fromSelection', { documentId: doc.id, position: span });
    if (!result.ok) return reportError(result.error.message);
    setDialog({ kind: 'newSource', suggestion: result.value });
  }, [doc, reportError]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepSpan(spans, selectedId, direction);
      if (!next) return reportError('This article has no quotes or highlights yet.');
      setSelectedId(next.id);
      setPendingReveal(next.id);
    },
    [spans, selectedId, reportError],
  );

  // Stable, so the hooks below do not rebuild their callbacks on every render.
  const readerSelection = useCallback(() => reader.current?.selection() ?? null, []);
  const { review, deleteSpan } = useSpanActions({
    selection: readerSelection,
    changed,
    setStatus,
    reportError,
    onDeleted: () => setSelectedId(null),
  });
  /** The selection in the open article, for evidence: any article can hold it. */
  const evidenceSelection = useCallback(() => {
    const position = reader.current?.selection();
    return doc && position ? { documentId: doc.id, position } : null;
  }, [doc]);
  const showSpan = useCallback(
    (documentId: string, spanId: string) => {
      setView('reader');
      setSelectedId(spanId);
      setPendingReveal(spanId);
      if (doc?.id !== documentId) void openDocumentById(documentId);
    },
    [doc, openDocumentById],
  );

  const exportBundle = useCallback(async () => {
    const result = await call('bundle.export');
    if (!result.ok) return reportError(result.error.message);
    if (result.value.path) setStatus(`Saved the workspace bundle to ${result.value.path}`);
  }, [reportError]);
  const importBundle = useCallback(async () => {
    const result = await call('bundle.import');
    if (!result.ok) return reportError(result.error.message);
    if (!result.value) return;
    setDialog({ kind: 'bundleReport', report: result.value });
    await changed();
  }, [reportError, changed]);

  const tagClaim = useTagClaim({
    document: doc,
    selection: readerSelection,
    selectedId,
    quotes: state.quotes,
    attributions: state.attributions,
    open: setDialog,
    reportError,
  });

  const memosOn = (subject: MemoSubject, subjectId: string) => (
    <MemosPanel
      subject={subject}
      subjectId={subjectId}
      version={version}
      onChanged={() => void changed()}
      reportError={reportError}
    />
  );

  const renderClaimDetail = (id: string) => {
    const claim = claimsById.get(id);
    if (!claim) return null;
    return (
      <ClaimDetail
        key={claim.id + claim.updatedAt}
        claim={claim}
        sources={state.sources}
        grades={state.grades}
        tags={state.tags}
        articleTitle={(docId) => model.titles.get(docId) ?? 'an article no longer here'}
        selection={evidenceSelection}
        version={version}
        onShowSpan={showSpan}
        onChanged={() => void changed()}
        reportError={reportError}
        memos={memosOn('claims', claim.id)}
      />
    );
  };

  const undoRedo = useCallback(
    async (kind: 'undo' | 'redo') => {
      // In a text field the field's own undo applies, as everywhere else on the desktop.
      if (isTypingTarget(document.activeElement)) {
        document.execCommand(kind);
        return;
      }
      const result = await call(kind === 'undo' ? 'history.undo' : 'history.redo');
      if (!result.ok) return reportError(result.error.message);
      setStatus(`${kind === 'undo' ? 'Undid' : 'Redid'}: ${result.value.label}`);
      // The refresh also fetches the open article again when the undo changed any article.
      await changed();
    },
    [changed, reportError],
  );

  const actions: CommandActions = useMemo(
    () => ({
      'edit.undo': () => void undoRedo('undo'),
      'edit.redo': () => void undoRedo('redo'),
      'document.importText': () => setDialog({ kind: 'import' }),
      'document.importVersion': () => {
        if (!doc) return reportError('Open the article that changed first.');
        setDialog({ kind: 'importVersion', documentId: doc.id, title: doc.title });
      },
      'quote.mark': markQuote,
      'view.quotes': () =>
        tableRef.current?.querySelector<HTMLInputElement>('input[type=search]')?.focus(),
      'view.article': () => reader.current?.focus(),
      'view.palette': () => setDialog({ kind: 'palette' }),
      'annotation.highlight': () => void highlight(),
      'source.fromSelection': () => void sourceFromSelection(),
      'claim.tag': tagClaim,
      'export.quoteSheet': () => setDialog({ kind: 'export' }),
      'bundle.export': () => void exportBundle(),
      'bundle.import': () => void importBundle(),
      'view.articles': () => setView('reader'),
      'view.sources': () => setView('sources'),
      'view.claims': () => setView('claims'),
      'view.codebook': () => setView('codebook'),
      'annotation.next': () => step(1),
      'annotation.previous': () => step(-1),
      'annotation.editNote': () => {
        if (!panel.current?.focusNote()) reportError('Select a highlight to edit its note.');
      },
      'annotation.delete': () => {
        const span = spans.find((s) => s.id === selectedId);
        if (span) void deleteSpan(span);
        else reportError('Select a quote, highlight or claim to delete first.');
      },
      'help.shortcuts': () => setDialog({ kind: 'shortcuts' }),
    }),
    [
      doc,
      markQuote,
      undoRedo,
      highlight,
      sourceFromSelection,
      tagClaim,
      exportBundle,
      importBundle,
      step,
      spans,
      selectedId,
      deleteSpan,
      reportError,
    ],
  );

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

  const activateRow = (row: QuoteRow) => {
    setSelectedId(row.id);
    setPendingReveal(row.id);
    if (doc?.id !== row.documentId) void openDocumentById(row.documentId);
  };

  const notices = state.notices.filter((_, i) => !dismissed.has(i));

  return (
    <div className="app">
      <AppHeader
        view={view}
        onView={setView}
        status={status}
        history={state.history}
        onUndo={() => void undoRedo('undo')}
        onRedo={() => void undoRedo('redo')}
        onImport={() => setDialog({ kind: 'import' })}
        onExport={() => setDialog({ kind: 'export' })}
        onMarkQuote={markQuote}
        onTagClaim={tagClaim}
      />
      <Notices
        notices={notices}
        errors={ws.errors}
        onDismissNotice={(i) =>
          setDismissed((d) => new Set(d).add(state.notices.indexOf(notices[i]!)))
        }
        onDismissError={ws.dismissError}
      />
      {view === 'sources' && (
        <SourcesView
          version={version}
          openSourceId={openSourceId}
          onOpenSource={setOpenSourceId}
          onChanged={() => void changed()}
          reportError={reportError}
          onOpenClaim={(id) => {
            setClaimId(id);
            setView('claims');
          }}
          onOpenQuote={(documentId, quoteId) => {
            setView('reader');
            setSelectedId(quoteId);
            setPendingReveal(quoteId);
            if (doc?.id !== documentId) void openDocumentById(documentId);
          }}
        />
      )}
      {view === 'claims' && (
        <ClaimsView
          claims={state.claims}
          sources={state.sources}
          grades={state.grades}
          tags={state.tags}
          documents={state.documents}
          version={version}
          selectedId={claimId}
          tagFilter={claimTagFilter}
          onSelect={setClaimId}
          onShowSpan={showSpan}
          selection={evidenceSelection}
          onChanged={() => void changed()}
          reportError={reportError}
          renderMemos={(id) => memosOn('claims', id)}
        />
      )}
      {view === 'codebook' && (
        <CodebookView
          tags={state.tags}
          version={version}
          onChanged={() => void changed()}
          reportError={reportError}
          onShowTagged={(tagId) => {
            setClaimTagFilter(tagId);
            setView('claims');
          }}
        />
      )}
      <div className="workspace" hidden={view !== 'reader'}>
        <DocumentList
          documents={state.documents}
          openId={doc?.id ?? null}
          onOpen={(id) => void openDocumentById(id)}
        />
        <main className="reader-pane">
          {doc ? (
            <ArticleReader
              ref={reader}
              document={doc}
              spans={textSpans}
              selectedId={selectedId}
              describe={describe}
              onSelect={setSelectedId}
            />
          ) : (
            <p className="empty">
              {state.loading ? 'Opening the workspace…' : 'Import an article to begin.'}
            </p>
          )}
        </main>
        <AnnotationsPanel
          ref={panel}
          spans={panelSpans}
          annotations={annotationsById}
          claims={claimsById}
          tags={state.tags}
          selectedId={selectedId}
          describe={describe}
          onSelect={(id) => {
            setSelectedId(id);
            setPendingReveal(id);
          }}
          onDelete={(span) => void deleteSpan(span)}
          onChanged={() => void changed()}
          reportError={reportError}
          version={version}
          children={
            <>
              {doc && (
                <details className="article-memos">
                  <summary>Memos on this article</summary>
                  {memosOn('documents', doc.id)}
                </details>
              )}
              <ReviewQueue
                spans={spans}
                onAccept={(span) => void review(span, 'accept')}
                onReattach={(span) => void review(span, 'reattach')}
                onRemove={(span) => void review(span, 'remove')}
                onSelect={(span) => {
                  setSelectedId(span.id);
                  setPendingReveal(span.id);
                }}
              />
            </>
          }
          renderClaimDetail={renderClaimDetail}
          renderQuoteDetail={(quoteId) => (
            <>
              <button type="button" onClick={tagClaim} title="Tag this quote as a claim (C)">
                Tag as claim
              </button>
              <AttributionsEditor
                key={`${quoteId}-${version}`}
                quoteId={quoteId}
                onChanged={() => void changed()}
              />
            </>
          )}
        />
      </div>
      <div ref={tableRef} className="table-pane" hidden={view !== 'reader'}>
        <QuotesTable rows={model.quoteRows} selectedId={selectedId} onActivate={activateRow} />
      </div>
      <AppDialogs
        dialog={dialog}
        close={() => setDialog(null)}
        document={doc}
        documents={state.documents}
        sources={state.sources}
        grades={state.grades}
        tags={state.tags}
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
