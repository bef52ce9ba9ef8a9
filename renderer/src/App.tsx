// The workbench window: articles on the left, the reader in the middle, the quotes table below,
// dialogs on top. Wires commands (menu, shortcuts, buttons) to their actions.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { CommandActions } from './commands/registry';
import { describeAccelerator, isTypingTarget } from './commands/registry';
import { COMMANDS } from '../../shared/commands';
import { call } from './api/client';
import { ArticleReader } from './features/reader/ArticleReader';
import type { ReaderHandle } from './features/reader/ArticleReader';
import { DocumentList } from './features/documents/DocumentList';
import { ImportTextDialog } from './features/documents/ImportTextDialog';
import { MarkQuoteDialog } from './features/quotes/MarkQuoteDialog';
import { QuotesTable } from './features/quotes/QuotesTable';
import type { QuoteRow } from './features/quotes/QuotesTable';
import { Notices } from './ui/Notices';
import { SourcesView } from './features/sources/SourcesView';
import { NewSourceDialog } from './features/sources/NewSourceDialog';
import type { SourceSuggestion } from '../../shared/ipc/contract';
import { AttributionsEditor } from './features/sources/AttributionsEditor';
import { AnnotationsPanel } from './features/annotations/AnnotationsPanel';
import type { PanelHandle } from './features/annotations/AnnotationsPanel';
import { buildReaderSpans, stepSpan } from './features/reader/spans';
import type { ReaderSpan } from './features/reader/spans';
import { ReviewQueue } from './features/annotations/ReviewQueue';
import { CommandPalette } from './commands/CommandPalette';
import { useShortcuts } from './commands/useShortcuts';
import { ShortcutsSheet } from './commands/ShortcutsSheet';
import { useWorkspace } from './state/useWorkspace';

type DialogState =
  | { kind: 'palette' }
  | { kind: 'shortcuts' }
  | { kind: 'markQuote'; span: { start: number; end: number } }
  | { kind: 'import' }
  | { kind: 'importVersion'; documentId: string; title: string }
  | { kind: 'newSource'; suggestion: SourceSuggestion }
  | null;

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

  const speakerByQuote = useMemo(() => {
    const map = new Map<string, string>();
    for (const a of state.attributions) {
      if (a.role === 'speaker' && !map.has(a.quoteId)) {
        const name = ws.sourcesById.get(a.sourceId)?.name ?? 'Unknown source';
        const grade = state.grades.get(a.sourceId);
        map.set(a.quoteId, grade ? `${name} (${grade})` : name);
      }
    }
    return map;
  }, [state.attributions, state.grades, ws.sourcesById]);
  const speakerOf = useCallback(
    (id: string) => speakerByQuote.get(id) ?? 'no speaker yet',
    [speakerByQuote],
  );

  const docQuotes = useMemo(
    () => (doc ? state.quotes.filter((q) => q.documentId === doc.id) : []),
    [doc, state.quotes],
  );
  const docAnnotations = useMemo(
    () => (doc ? state.annotations.filter((a) => a.documentId === doc.id) : []),
    [doc, state.annotations],
  );
  const spans = useMemo(
    () => buildReaderSpans(docQuotes, docAnnotations),
    [docQuotes, docAnnotations],
  );
  // The side panel may trail the text by a frame when an article opens: the text paints first.
  const panelSpans = useDeferredValue(spans);
  // Spans lost in a re-import stay in the review queue but are not drawn on the new text.
  const textSpans = useMemo(() => spans.filter((s) => !s.orphaned), [spans]);
  const annotationsById = useMemo(
    () => new Map(state.annotations.map((a) => [a.id, a])),
    [state.annotations],
  );
  const tagNames = useMemo(() => new Map(state.tags.map((t) => [t.id, t.name])), [state.tags]);
  const describe = useCallback(
    (id: string) => {
      const annotation = annotationsById.get(id);
      if (!annotation) return `Quote by ${speakerOf(id)}`;
      const tags = annotation.tagIds.map((t) => tagNames.get(t)).filter(Boolean);
      return [annotation.note || 'Highlight', tags.length ? `Tags: ${tags.join(', ')}` : '']
        .filter(Boolean)
        .join(' · ');
    },
    [annotationsById, tagNames, speakerOf],
  );
  const titles = useMemo(
    () => new Map(state.documents.map((d) => [d.id, d.title])),
    [state.documents],
  );
  const rows = useMemo<QuoteRow[]>(
    () =>
      state.quotes.map((q) => ({
        id: q.id,
        documentId: q.documentId,
        text: q.selector.quote.exact,
        speaker: speakerOf(q.id),
        kind: q.kind,
        cue: q.cue,
        article: titles.get(q.documentId) ?? '',
        position: q.selector.position.start,
      })),
    [state.quotes, speakerOf, titles],
  );

  const markQuote = useCallback(() => {
    if (!doc) return reportError('Open an article first.');
    const span = reader.current?.selection();
    if (!span) return reportError('Select the words that were said, then mark them as a quote.');
    setDialog({ kind: 'markQuote', span });
  }, [doc, reportError]);

  const [status, setStatus] = useState('');
  const [view, setView] = useState<'reader' | 'sources'>('reader');
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

  const review = useCallback(
    async (span: ReaderSpan, action: 'accept' | 'reattach' | 'remove') => {
      const collection = span.kind === 'quote' ? ('quotes' as const) : ('annotations' as const);
      let result;
      if (action === 'reattach') {
        const position = reader.current?.selection();
        if (!position) return reportError('Select the text to attach it to, then re-attach.');
        result = await call('anchors.review', { action, collection, id: span.id, position });
      } else {
        result = await call('anchors.review', { action, collection, id: span.id });
      }
      if (!result.ok) return reportError(result.error.message);
      setStatus(
        action === 'remove'
          ? 'Removed (Ctrl+Z undoes it)'
          : action === 'accept'
            ? 'Kept'
            : 'Re-attached',
      );
      if (doc) await openDocumentById(doc.id);
      await changed();
    },
    [doc, changed, openDocumentById, reportError],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepSpan(spans, selectedId, direction);
      if (!next) return reportError('This article has no quotes or highlights yet.');
      setSelectedId(next.id);
      setPendingReveal(next.id);
    },
    [spans, selectedId, reportError],
  );

  const deleteSpan = useCallback(
    async (span: { id: string; kind: 'quote' | 'highlight' }) => {
      const result =
        span.kind === 'quote'
          ? await call('quotes.delete', { id: span.id })
          : await call('annotations.delete', { id: span.id });
      if (!result.ok) return reportError(result.error.message);
      setSelectedId(null);
      setStatus(`Deleted the ${span.kind} (Ctrl+Z undoes it)`);
      await changed();
    },
    [changed, reportError],
  );
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
      await changed();
      if (doc) {
        const again = await call('documents.get', { id: doc.id });
        if (again.ok) await openDocumentById(doc.id);
      }
    },
    [doc, changed, openDocumentById, reportError],
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
      'annotation.next': () => step(1),
      'annotation.previous': () => step(-1),
      'annotation.editNote': () => {
        if (!panel.current?.focusNote()) reportError('Select a highlight to edit its note.');
      },
      'annotation.delete': () => {
        const span = spans.find((s) => s.id === selectedId);
        if (span) void deleteSpan(span);
      },
      'help.shortcuts': () => setDialog({ kind: 'shortcuts' }),
    }),
    [
      doc,
      markQuote,
      undoRedo,
      highlight,
      sourceFromSelection,
      step,
      spans,
      selectedId,
      deleteSpan,
      reportError,
    ],
  );

  useShortcuts(actions, dialog !== null);

  // Reveal a quote once its article is open and rendered.
  useEffect(() => {
    if (pendingReveal && reader.current?.reveal(pendingReveal)) setPendingReveal(null);
  }, [pendingReveal, doc, spans]);

  const activateRow = (row: QuoteRow) => {
    setSelectedId(row.id);
    setPendingReveal(row.id);
    if (doc?.id !== row.documentId) void openDocumentById(row.documentId);
  };

  const markCommand = COMMANDS.find((c) => c.id === 'quote.mark');
  const notices = state.notices.filter((_, i) => !dismissed.has(i));

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Attribution Workbench</h1>
        <nav className="view-tabs" aria-label="Views">
          <button type="button" aria-pressed={view === 'reader'} onClick={() => setView('reader')}>
            Articles
          </button>
          <button
            type="button"
            aria-pressed={view === 'sources'}
            onClick={() => setView('sources')}
          >
            Sources
          </button>
        </nav>
        <p className="status" role="status" aria-live="polite">
          {status}
        </p>
        <div className="toolbar" role="toolbar" aria-label="Article tools">
          <button
            type="button"
            onClick={() => void undoRedo('undo')}
            disabled={!state.history.undo}
            title={state.history.undo ? `Undo ${state.history.undo}` : 'Nothing to undo'}
            aria-keyshortcuts="Control+Z"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => void undoRedo('redo')}
            disabled={!state.history.redo}
            title={state.history.redo ? `Redo ${state.history.redo}` : 'Nothing to redo'}
            aria-keyshortcuts="Control+Shift+Z"
          >
            Redo
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'import' })}>
            Import text…
          </button>
          <button
            type="button"
            className="primary"
            // Keep the article selection alive while the button is pressed.
            onMouseDown={(e) => e.preventDefault()}
            onClick={markQuote}
            aria-keyshortcuts={markCommand?.accelerator?.replace('CmdOrCtrl', 'Control')}
            title={
              markCommand?.accelerator
                ? `Mark quote (Q or ${describeAccelerator(markCommand.accelerator)})`
                : 'Mark quote'
            }
          >
            Mark quote
          </button>
        </div>
      </header>
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
          onOpenQuote={(documentId, quoteId) => {
            setView('reader');
            setSelectedId(quoteId);
            setPendingReveal(quoteId);
            if (doc?.id !== documentId) void openDocumentById(documentId);
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
          }
          renderQuoteDetail={(quoteId) => (
            <AttributionsEditor
              key={`${quoteId}-${version}`}
              quoteId={quoteId}
              onChanged={() => void changed()}
            />
          )}
        />
      </div>
      <div ref={tableRef} className="table-pane" hidden={view !== 'reader'}>
        <QuotesTable rows={rows} selectedId={selectedId} onActivate={activateRow} />
      </div>
      {dialog?.kind === 'markQuote' && doc && (
        <MarkQuoteDialog
          document={doc}
          span={dialog.span}
          sources={state.sources}
          grades={state.grades}
          onClose={() => setDialog(null)}
          onSaved={(quoteId) => {
            setDialog(null);
            setSelectedId(quoteId);
            window.getSelection()?.removeAllRanges();
            void changed();
          }}
        />
      )}
      {dialog?.kind === 'palette' && (
        <CommandPalette
          commands={COMMANDS.filter((c) => c.id !== 'view.palette')}
          onClose={() => setDialog(null)}
          onRun={(id) => actions[id]()}
        />
      )}
      {dialog?.kind === 'shortcuts' && (
        <ShortcutsSheet commands={COMMANDS} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'newSource' && (
        <NewSourceDialog
          suggestion={dialog.suggestion}
          onClose={() => setDialog(null)}
          onOpenExisting={(id) => {
            setDialog(null);
            setOpenSourceId(id);
            setView('sources');
          }}
          onCreated={(id, name) => {
            setDialog(null);
            setStatus(`Created source: ${name}`);
            setOpenSourceId(id);
            void changed();
          }}
        />
      )}
      {dialog?.kind === 'importVersion' && (
        <ImportTextDialog
          versionOf={{ id: dialog.documentId, title: dialog.title }}
          onClose={() => setDialog(null)}
          onImported={(id, summary) => {
            setDialog(null);
            if (summary) setStatus(summary);
            void changed().then(() => openDocumentById(id));
          }}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportTextDialog
          onClose={() => setDialog(null)}
          onImported={(id) => {
            setDialog(null);
            void changed().then(() => openDocumentById(id));
          }}
        />
      )}
    </div>
  );
}
