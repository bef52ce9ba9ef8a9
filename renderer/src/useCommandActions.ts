// The workbench's action for every command id (CommandActions), built from the window's state and
// callbacks, so the menu, the shortcuts, the palette and the header buttons all run the same thing.
import { useCallback, useMemo } from 'react';
import type { RefObject } from 'react';
import type { WorkbenchDocument } from '../../shared/domain/schema';
import type { CommandActions } from './commands/registry';
import { isTypingTarget } from './commands/registry';
import { call } from './api/client';
import type { ReaderHandle } from './features/reader/ArticleReader';
import type { PanelHandle } from './features/annotations/AnnotationsPanel';
import type { FindHandle } from './features/find/FindBar';
import type { ReaderSpan } from './features/reader/spans';
import { stepSpan } from './features/reader/spans';
import { moveSelection } from './features/reader/keyboard-selection';
import type { SelectionMove } from './features/reader/keyboard-selection';
import type { View } from './AppHeader';
import type { DialogState } from './AppDialogs';
import { togglePane } from './layout/pane-commands';
import type { PaneName } from './layout/pane-commands';
import { THEME_LABELS } from './theme/theme';
import { fileName } from './ui/StatusToast';
import { useQdpxActions } from './features/interchange/useQdpxActions';
import { requestSaveSearch } from './features/search/save-request';
import type { Status } from './ui/StatusToast';
import type { ThemeSetting } from './theme/theme';

interface Options {
  document: WorkbenchDocument | null;
  reader: RefObject<ReaderHandle | null>;
  panel: RefObject<PanelHandle | null>;
  /** The quotes table's pane: "go to quotes" focuses its search field. */
  table: RefObject<HTMLDivElement | null>;
  /** The open article's spans in text order. */
  spans: readonly ReaderSpan[];
  selectedId: string | null;
  /** Selects a span where it already is in view (a highlight just made from the selection). */
  select: (spanId: string) => void;
  /** Selects a span and scrolls the reader to it; must be stable across renders. */
  reveal: (spanId: string) => void;
  setDialog: (dialog: DialogState) => void;
  setView: (view: View) => void;
  setStatus: (message: Status) => void;
  /** Refreshes the workspace after a change, so views reload what they show. */
  changed: () => Promise<void>;
  reportError: (message: string) => void;
  tagClaim: () => void;
  deleteSpan: (span: ReaderSpan) => Promise<void>;
  /** Opens the quote-suggestion queue on the open article (features/suggestions). */
  suggestQuotes: () => void;
  /** Moves the theme to its next preference (useTheme); resolves to the new one. */
  cycleTheme: () => Promise<ThemeSetting>;
  /** The find bar over the reader (Ctrl/Cmd+F). */
  find: RefObject<FindHandle | null>;
}

/**
 * The action table, plus the two actions the header's buttons run directly. Each action reports
 * through `reportError` what the analyst must do first (open an article, select words) rather than
 * failing silently.
 */
export function useCommandActions(options: Options): {
  actions: CommandActions;
  markQuote: () => void;
  undoRedo: (kind: 'undo' | 'redo') => Promise<void>;
} {
  const { document: doc, reader, panel, table, spans, selectedId, select, reveal } = options;
  const { setDialog, setView, setStatus, changed, reportError, tagClaim, deleteSpan } = options;
  const { cycleTheme } = options;
  const { find } = options;
  const { suggestQuotes } = options;

  const markQuote = useCallback(() => {
    if (!doc) return reportError('Open an article first.');
    const span = reader.current?.selection();
    if (!span) return reportError('Select the words that were said, then mark them as a quote.');
    setDialog({ kind: 'markQuote', span });
  }, [doc, reader, setDialog, reportError]);

  const highlight = useCallback(async () => {
    if (!doc) return reportError('Open an article first.');
    const span = reader.current?.selection();
    if (!span) return reportError('Select the words to highlight first.');
    const result = await call('annotations.create', { documentId: doc.id, position: span });
    if (!result.ok) return reportError(result.error.message);
    window.getSelection()?.removeAllRanges();
    select(result.value.id);
    setStatus('Highlighted: add a note or tags in the panel (E edits the note)');
    await changed();
  }, [doc, reader, select, setStatus, changed, reportError]);

  const sourceFromSelection = useCallback(async () => {
    if (!doc) return reportError('Open an article first.');
    const span = reader.current?.selection();
    if (!span) return reportError('Select the name of the source in the text first.');
    const result = await call('sources.fromSelection', { documentId: doc.id, position: span });
    if (!result.ok) return reportError(result.error.message);
    setDialog({ kind: 'newSource', suggestion: result.value });
  }, [doc, reader, setDialog, reportError]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepSpan(spans, selectedId, direction);
      if (!next) return reportError('This article has no quotes or highlights yet.');
      reveal(next.id);
    },
    [spans, selectedId, reveal, reportError],
  );

  /** Moves the article's selection by keyboard (sentence, paragraph, word). */
  const selectBy = useCallback(
    (move: SelectionMove) => {
      const handle = reader.current;
      if (!doc || !handle) return reportError('Open an article first.');
      const next = moveSelection(move, {
        text: doc.text,
        blocks: doc.blocks,
        selection: handle.selection(),
        anchor: handle.caret(),
      });
      if (!next || !handle.select(next)) {
        return reportError(
          move === 'shrinkWord'
            ? 'The selection is down to one word.'
            : 'There is no more text that way.',
        );
      }
    },
    [doc, reader, reportError],
  );

  const exportBundle = useCallback(async () => {
    const result = await call('bundle.export');
    if (!result.ok) return reportError(result.error.message);
    const saved = result.value.path;
    if (saved)
      setStatus({ text: `Saved the workspace bundle as ${fileName(saved)}`, savedFile: saved });
  }, [setStatus, reportError]);
  const qdpx = useQdpxActions({ setDialog, setStatus, reportError, changed });
  const importBundle = useCallback(async () => {
    const result = await call('bundle.import');
    if (!result.ok) return reportError(result.error.message);
    if (!result.value) return;
    setDialog({ kind: 'bundleReport', report: result.value });
    await changed();
  }, [setDialog, reportError, changed]);

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
    [setStatus, changed, reportError],
  );

  /** Pane toggles act on the article view's panes, so they show it first. */
  const toggle = useCallback(
    (pane: PaneName) => {
      setView('reader');
      if (togglePane(pane) === null) reportError('The article view is still opening.');
    },
    [setView, reportError],
  );

  const actions: CommandActions = useMemo(
    () => ({
      'edit.undo': () => void undoRedo('undo'),
      'edit.redo': () => void undoRedo('redo'),
      'document.import': () => setDialog({ kind: 'import' }),
      'workspace.restore': () => setDialog({ kind: 'restore' }),
      'document.importVersion': () => {
        if (!doc) return reportError('Open the article that changed first.');
        setDialog({ kind: 'importVersion', documentId: doc.id, title: doc.title });
      },
      'quote.mark': markQuote,
      'quote.suggest': () => {
        setView('reader');
        suggestQuotes();
      },
      'view.quotes': () =>
        table.current?.querySelector<HTMLInputElement>('input[type=search]')?.focus(),
      'view.article': () => reader.current?.focus(),
      'view.palette': () => setDialog({ kind: 'palette' }),
      'annotation.highlight': () => void highlight(),
      'source.fromSelection': () => void sourceFromSelection(),
      'claim.tag': tagClaim,
      'export.quoteSheet': () => setDialog({ kind: 'export' }),
      'bundle.export': () => void exportBundle(),
      'bundle.import': () => void importBundle(),
      'interchange.exportQdpx': () => void qdpx.exportQdpx(),
      'interchange.importQdpx': () => void qdpx.importQdpx(),
      'annotations.import': () => setDialog({ kind: 'annotationImport' }),
      'view.library': () => setView('library'),
      'search.everywhere': () => setView('search'),
      // The Search view opens its Save form (now, or once it has mounted).
      'search.save': () => {
        setView('search');
        requestSaveSearch();
      },
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
      'select.sentence': () => selectBy('sentence'),
      'select.nextSentence': () => selectBy('nextSentence'),
      'select.previousSentence': () => selectBy('previousSentence'),
      'select.extendWord': () => selectBy('extendWord'),
      'select.shrinkWord': () => selectBy('shrinkWord'),
      'select.paragraph': () => selectBy('paragraph'),
      'view.toggleArticles': () => toggle('articles'),
      'view.toggleAnnotations': () => toggle('annotations'),
      'view.toggleInspector': () => toggle('inspector'),
      'view.toggleTable': () => toggle('table'),
      'view.theme': () =>
        void cycleTheme().then((theme) => setStatus(`Theme: ${THEME_LABELS[theme]}`)),
      'find.inArticle': () => {
        if (!doc) return reportError('Open an article first.');
        setView('reader');
        find.current?.open();
      },
    }),
    [
      doc,
      reader,
      panel,
      table,
      markQuote,
      undoRedo,
      highlight,
      sourceFromSelection,
      tagClaim,
      exportBundle,
      importBundle,
      qdpx,
      step,
      selectBy,
      toggle,
      spans,
      selectedId,
      deleteSpan,
      setDialog,
      setView,
      reportError,
      find,
      cycleTheme,
      setStatus,
      suggestQuotes,
    ],
  );

  return { actions, markQuote, undoRedo };
}
